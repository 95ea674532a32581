import { toParams } from "../view/url-codec";
import { DEFAULT_VIEW, type UiLang, type ViewState } from "../view/view-state";

/**
 * The /compare URL is its state: the regions in order, the shared camera (through the view
 * codec, so coordinates are rounded the same way as on the dashboard), the layout and the
 * interface language.
 */
export type CompareMode = "side" | "swipe";
/** `play`: the as-of month and playback (lib/time), kept through the comparison's own links. */
export type CompareState = {
  codes: string[];
  camera: { center: [number, number]; zoom: number } | null;
  mode: CompareMode;
  lang: UiLang;
  play?: Pick<ViewState, "at" | "play" | "window">;
};

export function compareHref(s: CompareState): string {
  const view = toParams({ ...DEFAULT_VIEW, center: s.camera?.center ?? null, zoom: s.camera?.zoom ?? null, lang: s.lang, ...s.play });
  const q = new URLSearchParams();
  // Commas stay readable: "IRQ,SYR", not "IRQ%2CSYR".
  const parts = s.codes.length ? [`regions=${s.codes.map(encodeURIComponent).join(",")}`] : [];
  if (s.mode === "swipe") q.set("mode", "swipe");
  for (const [k, v] of view) q.set(k, v);
  const rest = q.toString();
  if (rest) parts.push(rest);
  return `/compare${parts.length ? `?${parts.join("&")}` : ""}`;
}

export const modeOf = (raw: unknown): CompareMode => (raw === "swipe" ? "swipe" : "side");
