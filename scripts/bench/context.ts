import type { Browser } from "@playwright/test";
import type { Viewport } from "./browser";
import type { Report } from "./report";
import type { Server } from "./server";

/** What every bench step gets: the running app, the plain reference page, a browser, the report. */
export type BenchContext = {
  app: Server;
  plainUrl: string;
  browser: Browser;
  report: Report;
  log: (s: string) => void;
  /** Layer id -> path of the same bytes as a static file in public/. */
  statics: Record<string, string>;
  /** The dashboard's map size (mapSizeOf), measured once on first use: the minimal pages are opened at it. */
  mapViewport: () => Promise<Viewport>;
  /** Temp data dirs holding synthetic claims, by claim count. */
  synthetic: Record<number, string>;
};
