import { listArticles } from "../articles/store";
import { boundaryIndex } from "../geo/boundaries";
import { loadClaimRows, modelInputs } from "../view/load-model";
import { filtersOf, type ViewState } from "../view/view-state";
import { type ExportCollection, exportGeojson } from "./geojson";
import { type ExportRow, exportRows } from "./rows";

/** The rows of a view from the app's data: the dashboard's own filtered claims and the article titles. */
export function viewRows(view: ViewState, origin: string): ExportRow[] {
  const titles = new Map(listArticles().map((a) => [a.slug, a.title]));
  return exportRows(loadClaimRows(filtersOf(view)), titles, origin, view.lang);
}

export function viewGeojson(view: ViewState, origin: string): ExportCollection {
  return exportGeojson(viewRows(view, origin), modelInputs().places, boundaryIndex());
}

/** "allegiance-atlas-claims-irq-isis.csv": what the file holds, in ASCII. */
export function exportFilename(view: ViewState, ext: "csv" | "geojson"): string {
  const parts = [...view.countries.map((c) => c.toLowerCase()), ...view.actors, ...view.kinds, view.from, view.to].filter(Boolean);
  return `${["allegiance-atlas-claims", ...parts].join("-").replace(/[^a-z0-9-]/gi, "").slice(0, 100)}.${ext}`;
}
