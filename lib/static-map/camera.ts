import { type GeoPermissibleObjects, type GeoProjection, geoMercator } from "d3-geo";
import type { ViewState } from "../view/view-state";

/**
 * Where the static map looks: the dashboard's camera, in pixels. With c/z it is MapLibre's own
 * Web Mercator (512 px tiles, so the world is 512·2^z px wide) centred in the image; without,
 * the view's countries (or the seven) are fitted inside the part of the image that the title
 * and legend leave free.
 */
export type Size = { width: number; height: number };
export type Inset = { top: number; right: number; bottom: number; left: number };

const TAU = 2 * Math.PI;

/** d3's Mercator scale (the sphere's radius in px) for a MapLibre zoom. */
export const scaleForZoom = (zoom: number) => (512 * 2 ** zoom) / TAU;

/** The MapLibre zoom a d3 Mercator projection corresponds to. */
export const zoomOf = (p: GeoProjection) => Math.log2((p.scale() * TAU) / 512);

export function cameraProjection(center: [number, number], zoom: number, size: Size): GeoProjection {
  return clipped(
    geoMercator()
      .scale(scaleForZoom(zoom))
      .center(center)
      .translate([size.width / 2, size.height / 2]),
    size,
  );
}

/** Fits `target` (d3 winding: exterior rings clockwise) inside the image less the inset. */
export function fittedProjection(target: GeoPermissibleObjects, size: Size, inset: Inset): GeoProjection {
  const x0 = inset.left;
  const y0 = inset.top;
  const x1 = Math.max(x0 + 1, size.width - inset.right);
  const y1 = Math.max(y0 + 1, size.height - inset.bottom);
  return clipped(
    geoMercator().fitExtent(
      [
        [x0, y0],
        [x1, y1],
      ],
      target,
    ),
    size,
  );
}

/** Paths are cut at the image's edge (a little outside, so strokes do not show the cut). */
function clipped(p: GeoProjection, size: Size): GeoProjection {
  return p.clipExtent([
    [-8, -8],
    [size.width + 8, size.height + 8],
  ]);
}

/** The corners of a lon/lat box as a MultiPoint: fitting points avoids winding questions. */
export function boundsTarget([[w, s], [e, n]]: [[number, number], [number, number]]): GeoPermissibleObjects {
  return {
    type: "MultiPoint",
    coordinates: [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ],
  };
}

export function projectionFor(view: Pick<ViewState, "center" | "zoom">, size: Size, inset: Inset, home: GeoPermissibleObjects): GeoProjection {
  if (view.center && view.zoom !== null) return cameraProjection(view.center, view.zoom, size);
  return fittedProjection(home, size, inset);
}
