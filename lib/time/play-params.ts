import { DEFAULT_VIEW, type PlayMode } from "../view/view-state";
import { PARAM } from "../view/url-codec";

/** The part of a view's URL that playback writes: the month, how it accumulates, the window. */
export type PlayState = { at: string | null; play: PlayMode; window: number };

/**
 * A page's query string with its playback state replaced and every other parameter kept as it
 * was (a country page's `lang`, a comparison's `regions`): the URL is the state. Defaults are
 * left out, as the view codec (lib/view/url-codec) writes them; the window only with a moving window.
 */
export function withPlayState(search: string, s: PlayState): string {
  const q = new URLSearchParams(search);
  for (const p of [PARAM.at, PARAM.play, PARAM.window]) q.delete(p);
  if (s.at) q.set(PARAM.at, s.at);
  if (s.play !== DEFAULT_VIEW.play) q.set(PARAM.play, s.play);
  if (s.play === "window" && s.window !== DEFAULT_VIEW.window) q.set(PARAM.window, String(s.window));
  // Commas stay readable, as the view codec and the comparison write them: "IRQ,SYR".
  const out = q.toString().replace(/%2C/gi, ",");
  return out ? `?${out}` : "";
}
