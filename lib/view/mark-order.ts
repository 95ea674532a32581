import type { ViewLayer } from "./view-state";

/**
 * Keyboard access to the map's features (issue 18 item 16): from the focused map, N and P step
 * through what is drawn as a reader would scan it, layer by layer in the legend's order and,
 * within a layer, from the reading edge across (west to east in English, east to west in
 * Arabic), north before south when two share a longitude.
 */
type Steppable = { id: string; layer: ViewLayer; point: [number, number] };

export function markOrder<M extends Steppable>(marks: readonly M[], layers: readonly ViewLayer[], rtl: boolean): M[] {
  const rank = (l: ViewLayer) => layers.indexOf(l);
  const across = rtl ? -1 : 1;
  return marks
    .filter((m) => rank(m.layer) >= 0)
    .sort((a, b) => rank(a.layer) - rank(b.layer) || across * (a.point[0] - b.point[0]) || b.point[1] - a.point[1] || a.id.localeCompare(b.id));
}

/** The mark after (or before) `current`, wrapping around; the first (or last) when none is current. */
export function stepMark<M extends Steppable>(ordered: readonly M[], current: string | null, dir: 1 | -1): M | null {
  if (!ordered.length) return null;
  const at = current === null ? -1 : ordered.findIndex((m) => m.id === current);
  if (at < 0) return dir === 1 ? ordered[0]! : ordered[ordered.length - 1]!;
  return ordered[(at + dir + ordered.length) % ordered.length]!;
}
