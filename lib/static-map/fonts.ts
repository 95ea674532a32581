import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fontMetrics, type Metrics } from "./font-metrics";
import { woffToSfnt } from "./woff";

/**
 * The fonts the static map draws text with: the app's own Noto Sans and Noto Sans Arabic
 * (public/fonts, copied from @fontsource at build time; the package itself when that copy is
 * missing, as in unit tests before a build), never the system's, so an image is the same on
 * every machine. resvg-js takes font *files*: each WOFF is unwrapped once into a TTF under the
 * temp dir, named by its content hash, and renamed to a family of its own (see sfnt-name.ts).
 */
export const FONT_SOURCES = [
  { file: "noto-sans-latin-400.woff", pkg: "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff", family: "Atlas Noto Latin", rtl: false },
  { file: "noto-sans-latin-ext-400.woff", pkg: "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff", family: "Atlas Noto Latin Ext", rtl: false },
  { file: "noto-sans-arabic-400.woff", pkg: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff", family: "Atlas Noto Arabic", rtl: true },
] as const;

export type LoadedFont = { family: string; rtl: boolean; file: string; metrics: Metrics };

/** What a browser opening the SVG falls back to: it has no "Atlas Noto" fonts. */
export const BROWSER_FALLBACK = "Noto Sans, Noto Sans Arabic, sans-serif";

function sourceOf(s: (typeof FONT_SOURCES)[number]): string | null {
  const dir = process.env.ATLAS_FONT_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), "public/fonts");
  const candidates = [join(/*turbopackIgnore: true*/ dir, s.file), join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", s.pkg)];
  return candidates.find((p) => existsSync(/*turbopackIgnore: true*/ p)) ?? null;
}

let memo: LoadedFont[] | undefined;

export function loadFonts(): LoadedFont[] {
  if (memo) return memo;
  const cache = join(tmpdir(), "allegiance-atlas-fonts");
  mkdirSync(/*turbopackIgnore: true*/ cache, { recursive: true });
  const fonts = FONT_SOURCES.flatMap((s) => {
    const src = sourceOf(s);
    if (!src) return [];
    const woff = readFileSync(/*turbopackIgnore: true*/ src);
    const sfnt = woffToSfnt(woff, s.family);
    const file = join(cache, `${createHash("sha256").update(sfnt).digest("hex").slice(0, 16)}.ttf`);
    if (!existsSync(/*turbopackIgnore: true*/ file)) {
      // Written under a temporary name first: a concurrent render never reads half a font.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(/*turbopackIgnore: true*/ tmp, sfnt);
      renameSync(/*turbopackIgnore: true*/ tmp, /*turbopackIgnore: true*/ file);
    }
    return [{ family: s.family, rtl: s.rtl, file, metrics: fontMetrics(sfnt) }];
  });
  if (!fonts.length) throw new Error("no fonts found: run scripts/copy-static-assets.mjs (npm run build does)");
  memo = fonts;
  return fonts;
}
