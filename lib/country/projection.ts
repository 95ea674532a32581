import type { MultiPolygon, Polygon } from "geojson";

/**
 * A tiny equirectangular projection for inline SVG outlines (the country index and its
 * thumbnails), so those pages draw without MapLibre. Longitude is scaled by the cosine of the
 * frame's middle latitude, which keeps shapes near the equator and at 35°N alike recognisable.
 * Pure: no DOM, no map.
 */
export type BBox = [number, number, number, number];

export type Frame = { bbox: BBox; width: number; height: number /** SVG units per degree of latitude. */; scale: number; kx: number; x0: number; y0: number };

export function frameFor(bbox: BBox, width: number, height: number, pad = 2): Frame {
  const [w, s, e, n] = bbox;
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const spanX = Math.max((e - w) * kx, 1e-9);
  const spanY = Math.max(n - s, 1e-9);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  // Centre the shape in the box whichever side limits it.
  const x0 = (width - spanX * scale) / 2;
  const y0 = (height - spanY * scale) / 2;
  return { bbox, width, height, scale, kx, x0, y0 };
}

export function project([lon, lat]: readonly number[], f: Frame): [number, number] {
  return [f.x0 + ((lon ?? 0) - f.bbox[0]) * f.kx * f.scale, f.y0 + (f.bbox[3] - (lat ?? 0)) * f.scale];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** One ring as "M…L…Z", dropping points within `tolerance` SVG units of the last one kept. */
function ringPath(ring: readonly (readonly number[])[], f: Frame, tolerance: number): string {
  const out: [number, number][] = [];
  for (const pos of ring) {
    const p = project(pos, f);
    const last = out[out.length - 1];
    if (!last || Math.abs(p[0] - last[0]) >= tolerance || Math.abs(p[1] - last[1]) >= tolerance) out.push(p);
  }
  if (out.length < 3) return "";
  return `M${out.map(([x, y]) => `${r1(x)} ${r1(y)}`).join("L")}Z`;
}

/** The SVG path of a polygon or multipolygon; holes follow their outer rings (draw with evenodd). */
export function svgPath(geometry: Polygon | MultiPolygon, f: Frame, tolerance = 0.5): string {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polys.flatMap((poly) => poly.map((ring) => ringPath(ring, f, tolerance))).join("");
}

/** The box around several boxes. */
export function unionBBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}
