import { loadActorLexicon } from "../articles/resources";
import { derived } from "../data/corpus";
import { gradeBook } from "../data/sources";
import { outletKey } from "../events/group";
import { loadEventIndex } from "../events/load";
import { loadGazetteer } from "../geo/geodata-files";
import type { Place } from "../schema/gazetteer";
import { type ClaimRow, claimRows, type DashboardModel, dashboardModel, type ModelInputs } from "./dashboard-model";
import { filtersToParams } from "./url-codec";
import type { Filters } from "./view-state";

/**
 * The dashboard model for a set of filters, from the store. Inputs are rebuilt only when the
 * corpus version moves; models are kept for the most recent filter sets of that version.
 */
const MAX_CACHED = 64;
let places: ReadonlyMap<string, Place> | undefined;

export function modelInputs(opts: { unreviewed?: boolean } = {}): Promise<ModelInputs> {
  return derived(opts.unreviewed ? "model-inputs+unreviewed" : "model-inputs", async (c) => {
    const [events, book] = await Promise.all([loadEventIndex(), gradeBook()]);
    places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const outlets = new Map(c.listing.map((l) => [l.slug, l.source]));
    // Proposed claims only when asked (signed-in editors' "show unreviewed"); they carry status "proposed".
    const claims = opts.unreviewed ? [...c.claims, ...c.unreviewed] : c.claims;
    return {
      claims, places, actors: loadActorLexicon().actors, articles: c.listing,
      events: { eventOf: events.eventOf, outletOf: (claim) => outletKey(outlets.get(claim.article), claim.article) },
      gradeOf: (claim) => ({ reliability: book.reliabilityOf(outlets.get(claim.article)), credibility: book.credibilityOf(claim.article, claim.id) }),
    };
  });
}

export async function loadDashboardModel(filters: Filters, opts: { unreviewed?: boolean } = {}): Promise<DashboardModel> {
  const input = await modelInputs(opts);
  const models = await derived("dashboard-models", () => new Map<string, DashboardModel>());
  const key = `${filtersToParams(filters).toString()}${opts.unreviewed ? "#unreviewed" : ""}`;
  let model = models.get(key);
  if (!model) {
    model = dashboardModel(input, filters);
    if (models.size >= MAX_CACHED) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}

/** Every claim the filters show, as rows: what downloads and image credits count. */
export async function loadClaimRows(filters: Filters): Promise<ClaimRow[]> {
  return claimRows(await modelInputs(), filters);
}
