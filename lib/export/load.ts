import { listArticles } from "../data/corpus";
import { boundaryIndex } from "../geo/boundaries";
import { loadClaimRows, modelInputs } from "../view/load-model";
import { filtersOf, type ViewState } from "../view/view-state";
import { type ExportCollection, exportGeojson } from "./geojson";
import { type ExportRow, exportRows } from "./rows";

/** The rows of a view from the app's data: the dashboard's own filtered claims and the article titles. */
export async function viewRows(view: ViewState, origin: string): Promise<ExportRow[]> {
  const titles = new Map((await listArticles()).map((a) => [a.slug, a.title]));
  return exportRows(await loadClaimRows(filtersOf(view)), titles, origin, view.lang, (await modelInputs()).places);
}

export async function viewGeojson(view: ViewState, origin: string): Promise<ExportCollection> {
  return exportGeojson(await viewRows(view, origin), (await modelInputs()).places, boundaryIndex());
}

/** "allegiance-atlas-claims-irq-isis.csv": what the file holds, in ASCII. */
export function exportFilename(view: ViewState, ext: "csv" | "geojson" | "gpkg" | "kml"): string {
  const parts = [...view.countries.map((c) => c.toLowerCase()), ...view.actors, ...view.kinds, view.from, view.to].filter(Boolean);
  return `${["allegiance-atlas-claims", ...parts].join("-").replace(/[^a-z0-9-]/gi, "").slice(0, 100)}.${ext}`;
}
