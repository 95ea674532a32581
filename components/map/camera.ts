export type Camera = { center: [number, number]; zoom: number };

/**
 * Whether two cameras differ by more than rounding: the URL keeps coordinates only to what the
 * zoom shows, so a camera read back from it is "the same" within about a pixel.
 */
export function camerasDiffer(a: Camera, b: Camera): boolean {
  const pxDeg = 360 / (512 * 2 ** Math.max(a.zoom, b.zoom));
  return Math.abs(a.zoom - b.zoom) > 0.01 || Math.abs(a.center[0] - b.center[0]) > 2 * pxDeg || Math.abs(a.center[1] - b.center[1]) > 2 * pxDeg;
}
