import { loadActorLexicon } from "../articles/resources";
import { articlesToRecount, changedSince, type ClaimFact, derived, loadAllClaims, readClaims } from "../data/corpus";
import { gradeBook } from "../data/sources";
import { outletKey } from "../events/group";
import type { EventIndex } from "../events/event-index";
import { loadEventIndex } from "../events/load";
import { loadGazetteer } from "../geo/geodata-files";
import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { ClaimAggregate } from "./aggregate";
import { type ControlLayer, CorpusControl } from "./corpus-control";
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
/**
 * The gazetteer by id, one map per process (globalThis): the live aggregate and control layer
 * are kept for the map they were counted with, and a second bundle's own map made them count
 * the whole corpus again after every write that bundle was first to read.
 */
const PLACES = Symbol.for("allegiance-atlas.places-by-id");
const gpl = globalThis as unknown as { [PLACES]?: ReadonlyMap<string, Place> };
let places: ReadonlyMap<string, Place> | undefined;

export function modelInputs(opts: { unreviewed?: boolean } = {}): Promise<ModelInputs & { claims: readonly ClaimFact[] }> {
  return derived(opts.unreviewed ? "model-inputs+unreviewed" : "model-inputs", async (c) => {
    const [events, book] = await Promise.all([loadEventIndex(), gradeBook()]);
    places ??= gpl[PLACES] ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const outlets = new Map(c.listing.map((l) => [l.slug, l.source]));
    // Each article's outlet normalised once, not once per claim (200,000 NFKC passes at start).
    const outletOf = new Map<string, string>();
    // Proposed claims only when asked (signed-in editors' "show unreviewed"); they carry status "proposed".
    // Made on first use: the unfiltered model after a write never asks (lib/data/corpus's assemble).
    let claims: readonly ClaimFact[] | undefined;
    return {
      get claims() {
        claims ??= opts.unreviewed ? [...c.claims, ...c.unreviewed] : c.claims;
        return claims;
      },
      places,
      actors: loadActorLexicon().actors,
      articles: c.listing,
      events: {
        eventOf: events.eventOf,
        outletOf: (claim) => outletOf.get(claim.article) ?? outletOf.set(claim.article, outletKey(outlets.get(claim.article), claim.article)).get(claim.article)!,
      },
      gradeOf: (claim) => ({ reliability: book.reliabilityOf(outlets.get(claim.article)), credibility: book.credibilityOf(claim.article, claim.id) }),
    };
  });
}

/**
 * The inputs with every claim whole (quotes and all), for the pages that compare or profile
 * regions. It reads the whole store; the dashboard, layers and downloads never call it.
 */
export async function fullModelInputs(): Promise<Omit<ModelInputs, "claims"> & { claims: readonly Claim[] }> {
  // Accepted claims only (loadAllClaims): what the public pages show.
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
type Live = {
  agg: ClaimAggregate;
  index?: EventIndex;
  /** The corpus last counted (its serial), to ask which articles changed since. */
  serial: number;
  counted: Map<string, { facts: readonly ClaimFact[]; applied: readonly ClaimFact[] }>;
};
const LIVE = Symbol.for("allegiance-atlas.live-aggregates");
const g = globalThis as unknown as { [LIVE]?: Partial<Record<"marks" | "layers", Live>> };

/** The facts the public reads count: accepted claims only (issue 15 §3). */
const acceptedOf = (facts: readonly ClaimFact[]) => (facts.every((f) => f.status === "accepted") ? facts : facts.filter((f) => f.status === "accepted"));

export function corpusAggregate(which: "marks" | "layers" = "marks"): Promise<ClaimAggregate> {
  return derived(`aggregate-${which}`, async (c) => {
    // The marks count events (issue 16): the grouping is rebuilt per version, so the claims it moved are counted again.
    const events = which === "marks" ? (await modelInputs()).events : undefined;
    const eventIndex = which === "marks" ? await loadEventIndex() : undefined;
    places ??= gpl[PLACES] ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const slots = (g[LIVE] ??= {});
    let live = slots[which];
    const recount = live && live.agg.places === places ? articlesToRecount(c, live.serial, live.counted) : null;
    // Past half the articles, counting afresh is cheaper than taking each out and back in.
    if (!live || !recount || recount.length > c.byArticle.size / 2) {
      const counted: Live["counted"] = new Map([...c.byArticle].map(([slug, facts]) => [slug, { facts, applied: acceptedOf(facts) }]));
      const agg = new ClaimAggregate(places, which === "layers" ? { layers: true, marks: false } : { events });
      for (const { applied } of counted.values()) agg.apply(applied, 1);
      live = slots[which] = { agg, counted, serial: c.serial, ...(eventIndex ? { index: eventIndex } : {}) };
      return live.agg;
    }
    // Every article out first, then in: a replaced article's old and new claims may share ids.
    for (const slug of recount) {
      const was = live.counted.get(slug);
      if (!was) continue;
      live.agg.apply(was.applied, -1);
      live.counted.delete(slug);
    }
    for (const slug of recount) {
      const facts = c.byArticle.get(slug);
      if (!facts) continue;
      const applied = acceptedOf(facts);
      live.agg.apply(applied, 1);
      live.counted.set(slug, { facts, applied });
    }
    live.serial = c.serial;
    // The grouping says which claims it may have moved since the index last counted under; else every claim is checked.
    if (which === "marks") live.agg.rekey(events, eventIndex?.movedSince(live.index) ?? c.claims);
    live.index = eventIndex;
    return live.agg;
  });
}

const CONTROL = Symbol.for("allegiance-atlas.live-control");
const gc = globalThis as unknown as { [CONTROL]?: { layer: CorpusControl; serial: number } };

/** The unfiltered dashboard's control-changes layer, patched per article like the aggregate. */
export function corpusControl(): Promise<ControlLayer> {
  return derived("control-unfiltered", (c) => {
    places ??= gpl[PLACES] ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    const live = gc[CONTROL];
    const known = live && live.layer.places === places ? changedSince(c, live.serial) : null;
    if (live && known) {
      live.serial = c.serial;
      const facts = (slug: string) => c.byArticle.get(slug);
      return live.layer.patch(new Map(known.map((slug) => [slug, facts(slug) && acceptedArray(facts(slug)!)])));
    }
    const layer = live && live.layer.places === places ? live.layer : new CorpusControl(places);
    gc[CONTROL] = { layer, serial: c.serial };
    const accepted = new Map<string, readonly ClaimFact[]>();
    for (const [slug, facts] of c.byArticle) accepted.set(slug, acceptedArray(facts));
    return layer.update(accepted);
  });
}

/** Each article's accepted facts, the same array while the article's facts are (so patches see it unchanged). */
const acceptedArrays = new WeakMap<readonly ClaimFact[], readonly ClaimFact[]>();
function acceptedArray(facts: readonly ClaimFact[]): readonly ClaimFact[] {
  let a = acceptedArrays.get(facts);
  if (!a) acceptedArrays.set(facts, (a = acceptedOf(facts)));
  return a;
}

export async function loadDashboardModel(filters: Filters, opts: { unreviewed?: boolean } = {}): Promise<DashboardModel> {
  const input = await modelInputs(opts);
  const models = await derived("dashboard-models", () => new Map<string, DashboardModel>());
  const key = `${filtersToParams(filters).toString()}${opts.unreviewed ? "#unreviewed" : ""}`;
  let model = models.get(key);
  if (!model) {
    // Every accepted claim: the corpus's aggregate, patched per article (ingest-one's path); else a pass over the facts.
    model = showsAll(filters) && !opts.unreviewed ? unfilteredModel(await corpusAggregate(), input, filters, await corpusControl()) : dashboardModel(input, filters);
    if (models.size >= MAX_CACHED) models.delete(models.keys().next().value!);
    models.set(key, model);
  }
  return model;
}

/** The model for a set of filters as the browser receives it (lib/view/model-wire). */
export async function loadWireModel(filters: Filters, opts: { unreviewed?: boolean } = {}): Promise<WireModel> {
  const model = await loadDashboardModel(filters, opts);
  const wires = await derived("wire-models", () => new WeakMap<DashboardModel, WireModel>());
  let wire = wires.get(model);
  if (!wire) wires.set(model, (wire = toWire(model, (await modelInputs()).places)));
  return wire;
}

/** Reads claims whole for facts, a chunk at a time, and turns them into rows (status from the facts: proposed rows are marked unreviewed). */
async function* rowsOf(facts: readonly ClaimFact[], input: ModelInputs, chunk = 1000): AsyncGenerator<ClaimRow[]> {
  for (let i = 0; i < facts.length; i += chunk) {
    const some = facts.slice(i, i + chunk);
    const status = new Map(some.map((f) => [`${f.article}\u0000${f.id}`, f.status]));
    yield (await readClaims(some)).map((c) => claimRow({ ...c, status: status.get(`${c.article}\u0000${c.id}`) ?? c.status }, input.places, input));
  }
}

/** Every claim the filters show, as rows, a chunk at a time: what downloads stream. */
export async function* streamClaimRows(filters: Filters, opts: { unreviewed?: boolean } = {}): AsyncGenerator<ClaimRow[]> {
  const input = await modelInputs(opts);
  yield* rowsOf(shownClaims(input, filters), input);
}

/** Every claim the filters show, as rows: what image credits count (and small downloads). */
export async function loadClaimRows(filters: Filters, opts: { unreviewed?: boolean } = {}): Promise<ClaimRow[]> {
  const out: ClaimRow[] = [];
  for await (const rows of streamClaimRows(filters, opts)) out.push(...rows);
  return out;
}

/** A page of a view's rows (the table's, MAX_ROWS at most) or of one mark's (a popup's). */
export async function loadClaimPage(
  filters: Filters,
  page: { offset: number; limit: number; mark?: string | null },
  opts: { unreviewed?: boolean } = {},
): Promise<{ rows: ClaimRow[]; total: number }> {
  const input = await modelInputs(opts);
  const { claims, total } = claimPage(input, filters, { ...page, limit: Math.min(page.limit, MAX_ROWS) });
  const rows: ClaimRow[] = [];
  for await (const chunk of rowsOf(claims, input)) rows.push(...chunk);
  return { rows, total };
}
