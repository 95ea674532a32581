/** Where a map looks (the same shape as components/map/camera's). */
type Camera = { center: [number, number]; zoom: number };

type Bounds = [[number, number], [number, number]];

const centre = (b: Bounds): [number, number] => [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2];
const span = (b: Bounds) => Math.max(b[1][0] - b[0][0], b[1][1] - b[0][1], 1e-6);

/**
 * Side-by-side comparison panels each frame their own region; moving one moves the others the
 * same way relative to theirs. A camera on region `from` becomes the camera that stands in the
 * same relation to region `to`: the offset from the region's centre scaled by the regions' sizes,
 * and the zoom shifted by how much larger or smaller the region is (one zoom level per doubling).
 */
export function relativeCamera(c: Camera, from: Bounds, to: Bounds): Camera {
  const k = span(to) / span(from);
  const [fx, fy] = centre(from);
  const [tx, ty] = centre(to);
  return { center: [tx + (c.center[0] - fx) * k, ty + (c.center[1] - fy) * k], zoom: c.zoom - Math.log2(k) };
}
