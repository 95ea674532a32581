import { listArticles } from "../data/corpus";
import { boundaryIndex } from "../geo/boundaries";
import type { PlaceShape } from "../geo/place-geometry";
import { modelInputs, streamClaimRows } from "../view/load-model";
import { filtersOf, type ViewState } from "../view/view-state";
import { csvHead, csvLines } from "./csv";
import { type ExportCollection, exportGeojson } from "./geojson";
import { COLUMNS, exportRows } from "./rows";

/**
 * A view's download as chunks of text, read from the store a thousand claims at a time: the
 * whole file is never held (a view of 200,000 claims was a string of hundreds of megabytes).
 */
export async function* csvChunks(view: ViewState, origin: string): AsyncGenerator<string> {
  const titles = new Map((await listArticles()).map((a) => [a.slug, a.title]));
  const { places } = await modelInputs();
  yield csvHead(COLUMNS);
  for await (const rows of streamClaimRows(filtersOf(view))) yield csvLines(COLUMNS, exportRows(rows, titles, origin, view.lang, places));
}

/** The GeoJSON download the same way: a FeatureCollection written a chunk of features at a time. */
export async function* geojsonChunks(view: ViewState, origin: string): AsyncGenerator<string> {
  const titles = new Map((await listArticles()).map((a) => [a.slug, a.title]));
  const { places } = await modelInputs();
  const index = boundaryIndex();
  const shapes = new Map<string, PlaceShape | null>();
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const rows of streamClaimRows(filtersOf(view))) {
    const features = exportGeojson(exportRows(rows, titles, origin, view.lang, places), places, index, shapes).features;
    if (!features.length) continue;
    yield (first ? "" : ",") + features.map((f) => JSON.stringify(f)).join(",");
    first = false;
  }
  yield "]}";
}

/**
 * The GeoJSON of a view as one collection, for the formats written whole (GPKG, KML: the same
 * columns as the CSV). Rows are still read from the store a chunk at a time.
 */
export async function viewGeojson(view: ViewState, origin: string): Promise<ExportCollection> {
  const titles = new Map((await listArticles()).map((a) => [a.slug, a.title]));
  const { places } = await modelInputs();
  const index = boundaryIndex();
  const shapes = new Map<string, PlaceShape | null>();
  const out: ExportCollection = { type: "FeatureCollection", features: [] };
  for await (const rows of streamClaimRows(filtersOf(view)))
    out.features.push(...exportGeojson(exportRows(rows, titles, origin, view.lang, places), places, index, shapes).features);
  return out;
}

/** "allegiance-atlas-claims-irq-isis.csv": what the file holds, in ASCII. */
export function exportFilename(view: ViewState, ext: "csv" | "geojson" | "gpkg" | "kml"): string {
  const parts = [...view.countries.map((c) => c.toLowerCase()), ...view.actors, ...view.kinds, view.from, view.to].filter(Boolean);
  return `${["allegiance-atlas-claims", ...parts]
    .join("-")
    .replace(/[^a-z0-9-]/gi, "")
    .slice(0, 100)}.${ext}`;
}
