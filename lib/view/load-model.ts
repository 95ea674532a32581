import { loadActorLexicon } from "../articles/resources";
import { listArticles, loadAllClaims } from "../articles/store";
import { loadGazetteer } from "../geo/geodata-files";
import { articlesVersion } from "../articles/version";
import type { Place } from "../schema/gazetteer";
import { type ClaimRow, claimRows, type DashboardModel, dashboardModel, type ModelInputs } from "./dashboard-model";
import { filtersToParams } from "./url-codec";
import type { Filters } from "./view-state";

/**
 * The dashboard model for a set of filters, from the articles on disk. Inputs are reloaded only
 * when an article file changes; models are kept for the most recent filter sets.
 */
const MAX_CACHED = 64;
let inputs: { version: string; value: ModelInputs } | undefined;
const models = new Map<string, DashboardModel>();
let places: ReadonlyMap<string, Place> | undefined;

export function modelInputs(): ModelInputs {
  const version = articlesVersion();
  if (inputs?.version !== version) {
    places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const actors = loadActorLexicon().actors;
    inputs = { version, value: { claims: loadAllClaims(), places, actors, articles: listArticles() } };
    models.clear();
  }
  return inputs.value;
}

export function loadDashboardModel(filters: Filters): DashboardModel {
  const input = modelInputs();
  const key = filtersToParams(filters).toString();
  let model = models.get(key);
  if (!model) {
    model = dashboardModel(input, filters);
    if (models.size >= MAX_CACHED) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}

/** Every claim the filters show, as rows: what downloads and image credits count. */
export function loadClaimRows(filters: Filters): ClaimRow[] {
  return claimRows(modelInputs(), filters);
}
