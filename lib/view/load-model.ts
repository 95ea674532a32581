import { loadActorLexicon } from "../articles/resources";
import { type ClaimFact, derived, loadAllClaims, readClaims } from "../data/corpus";
import { loadGazetteer } from "../geo/geodata-files";
import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { ClaimAggregate } from "./aggregate";
import { type ClaimRow, claimPage, claimRow, type DashboardModel, dashboardModel, MAX_ROWS, type ModelInputs, showsAll, shownClaims, unfilteredModel } from "./dashboard-model";
import { toWire, type WireModel } from "./model-wire";
import { filtersToParams } from "./url-codec";
import type { Filters } from "./view-state";

/**
 * The dashboard model for a set of filters, from the store. Inputs are the corpus's claim facts
 * (no text), rebuilt only when the corpus version moves; models are kept for the most recent
 * filter sets of that version. Rows (quotes, summaries) are read from the store a page at a time.
 */
const MAX_CACHED = 64;
let places: ReadonlyMap<string, Place> | undefined;

export function modelInputs(): Promise<ModelInputs> {
  return derived("model-inputs", (c) => {
    places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    return { claims: c.claims, places, actors: loadActorLexicon().actors, articles: c.listing };
  });
}

/**
 * The inputs with every claim whole (quotes and all), for the pages that compare or profile
 * regions. It reads the whole store; the dashboard, layers and downloads never call it.
 */
export async function fullModelInputs(): Promise<Omit<ModelInputs, "claims"> & { claims: readonly Claim[] }> {
  return { ...(await modelInputs()), claims: await loadAllClaims() };
}

/**
 * The corpus's aggregation (lib/view/aggregate), kept across versions and patched with the
 * articles whose facts changed: the corpus reuses an unchanged article's facts array, so a
 * changed article is one whose array is not the one counted. On globalThis, like the corpus.
 * Two of them: the dashboard's marks, and (made on the first claim layer asked for) the layers'
 * places, which hold every claim for provenance; a server that only serves the dashboard never
 * builds the second (70 MB at 200,000 claims).
 */
type Live = { agg: ClaimAggregate; counted: Map<string, readonly ClaimFact[]> };
const LIVE = Symbol.for("allegiance-atlas.live-aggregates");
const g = globalThis as unknown as { [LIVE]?: Partial<Record<"marks" | "layers", Live>> };

export function corpusAggregate(which: "marks" | "layers" = "marks"): Promise<ClaimAggregate> {
  return derived(`aggregate-${which}`, (c) => {
    places ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const slots = (g[LIVE] ??= {});
    let live = slots[which];
    const changed = live ? [...c.byArticle].filter(([slug, facts]) => live!.counted.get(slug) !== facts).length + [...live.counted.keys()].filter((s) => !c.byArticle.has(s)).length : Infinity;
    // Past half the articles, counting afresh is cheaper than taking each out and back in.
    if (!live || live.agg.places !== places || changed > c.byArticle.size / 2) {
      live = slots[which] = { agg: new ClaimAggregate(places, { layers: which === "layers" }).apply(c.claims, 1), counted: new Map(c.byArticle) };
      return live.agg;
    }
    for (const [slug, facts] of live.counted) {
      const now = c.byArticle.get(slug);
      if (now === facts) continue;
      live.agg.apply(facts, -1);
      live.counted.delete(slug);
    }
    for (const [slug, facts] of c.byArticle) {
      if (live.counted.get(slug) === facts) continue;
      live.agg.apply(facts, 1);
      live.counted.set(slug, facts);
    }
    return live.agg;
  });
}

export async function loadDashboardModel(filters: Filters): Promise<DashboardModel> {
  const input = await modelInputs();
  const models = await derived("dashboard-models", () => new Map<string, DashboardModel>());
  const key = filtersToParams(filters).toString();
  let model = models.get(key);
  if (!model) {
    // Every claim: the corpus's aggregate, patched per article (ingest-one's path); else a pass over the facts.
    model = showsAll(filters) ? unfilteredModel(await corpusAggregate(), input) : dashboardModel(input, filters);
    if (models.size >= MAX_CACHED) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}

/** The model for a set of filters as the browser receives it (lib/view/model-wire). */
export async function loadWireModel(filters: Filters): Promise<WireModel> {
  const model = await loadDashboardModel(filters);
  const wires = await derived("wire-models", () => new WeakMap<DashboardModel, WireModel>());
  let wire = wires.get(model);
  if (!wire) wires.set(model, (wire = toWire(model, (await modelInputs()).places)));
  return wire;
}

/** Reads claims whole for facts, a chunk at a time, and turns them into rows. */
async function* rowsOf(facts: readonly { article: string; id: string }[], places: ReadonlyMap<string, Place>, chunk = 1000): AsyncGenerator<ClaimRow[]> {
  for (let i = 0; i < facts.length; i += chunk) yield (await readClaims(facts.slice(i, i + chunk))).map((c) => claimRow(c, places));
}

/** Every claim the filters show, as rows, a chunk at a time: what downloads stream. */
export async function* streamClaimRows(filters: Filters): AsyncGenerator<ClaimRow[]> {
  const input = await modelInputs();
  yield* rowsOf(shownClaims(input, filters), input.places);
}

/** Every claim the filters show, as rows: what image credits count (and small downloads). */
export async function loadClaimRows(filters: Filters): Promise<ClaimRow[]> {
  const out: ClaimRow[] = [];
  for await (const rows of streamClaimRows(filters)) out.push(...rows);
  return out;
}

/** A page of a view's rows (the table's, MAX_ROWS at most) or of one mark's (a popup's). */
export async function loadClaimPage(filters: Filters, page: { offset: number; limit: number; mark?: string | null }): Promise<{ rows: ClaimRow[]; total: number }> {
  const input = await modelInputs();
  const { claims, total } = claimPage(input, filters, { ...page, limit: Math.min(page.limit, MAX_ROWS) });
  const rows: ClaimRow[] = [];
  for await (const chunk of rowsOf(claims, input.places)) rows.push(...chunk);
  return { rows, total };
}
