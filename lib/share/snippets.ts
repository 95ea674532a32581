import { filtersToParams, toParams } from "../view/url-codec";
import { DEFAULT_VIEW, filtersOf, type ViewState } from "../view/view-state";

/** Everything the Share dialog offers for one view, as absolute URLs on this app's origin. */
export type ShareLinks = { view: string; embed: string; iframe: string; png: string; svg: string; csv: string; geojson: string; gpkg: string; kml: string };

const q = (p: URLSearchParams) => (p.toString() ? `?${p}` : "");

/** Escapes a value for an HTML attribute in a snippet someone pastes into their page. */
export const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * `view` is what the embed, images and data show; the link reopens `path` with `pageSearch`
 * when the page keeps its own query (a country page, a comparison), else with the view's.
 */
export function shareLinks(origin: string, path: string, view: ViewState, pageSearch?: string, title = "Allegiance Atlas map"): ShareLinks {
  const params = toParams(view);
  const embed = `${origin}/embed${q(params)}`;
  // Images show the view without its open popup; print sizes at twice the pixels.
  const image = toParams({ ...view, selection: null });
  const size = (w: number, h: number, scale: number) => {
    const p = new URLSearchParams(image);
    p.set("width", String(w));
    p.set("height", String(h));
    if (scale !== 1) p.set("scale", String(scale));
    return `?${p}`;
  };
  const data = filtersToParams(filtersOf(view));
  if (view.lang !== DEFAULT_VIEW.lang) data.set("lang", view.lang);
  return {
    view: `${origin}${path}${pageSearch ?? q(params)}`,
    embed,
    // A fixed 3:2 frame that scales with the column it is pasted into.
    iframe: `<div style="position:relative;width:100%;aspect-ratio:3/2"><iframe src="${attr(embed)}" title="${attr(title)}" loading="lazy" style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe></div>`,
    png: `${origin}/api/static-map.png${size(1600, 1000, 2)}`,
    svg: `${origin}/api/static-map.svg${size(1600, 1000, 1)}`,
    csv: `${origin}/api/claims.csv${q(data)}`,
    geojson: `${origin}/api/claims.geojson${q(data)}`,
    gpkg: `${origin}/api/claims.gpkg${q(data)}`,
    kml: `${origin}/api/claims.kml${q(data)}`,
  };
}
