import { type ClaimGrade, GradeParam, meetsGrade } from "../grades/scales";
import type { Claim, PartialDate } from "../schema/article";
import { controlClaimIds, withControlMarks } from "../time/control-marks";
import type { Place, Precision } from "../schema/gazetteer";
import { type StatedFigure, statedShare } from "./figures";
import { type ActorFamily, filterClaims } from "./filter-claims";
import { claimsOfMark, type Mark, type MarkableClaim, markIdForClaim } from "./marks";
import { type SourceSummary, sourceSummary } from "./source-summary";
import { type Timeline, timeline, timelineOf } from "./timeline";
import { ClaimAggregate } from "./aggregate";
import type { Filters, ViewLayer } from "./view-state";

/** What the dashboard needs to draw a view: computed on the server, sent as compact JSON. */
/** `kind`: a person (a leader) is listed apart from groups, never as one. */
export type ActorInfo = { id: string; nameEn: string; nameAr: string; color: string; parent: string | null; claims: number; kind: "group" | "person"; affiliation?: string[] };

export type ClaimRow = {
  id: string;
  article: string;
  passageId: string;
  kind: Claim["kind"];
  summary: string;
  actors: string[];
  fromActor: string | null;
  toActor: string | null;
  places: { id: string; nameEn: string; nameAr: string; precision: Precision }[];
  countries: string[];
  date: PartialDate | null;
  certainty: Claim["certainty"];
  attribution: string | null;
  /** A share stated as lost, as the article states it (for the Arabic summary and popups). */
  figure?: StatedFigure;
  quote: string;
  /** The quoted span, offsets into the passage text. */
  span: { start: number; end: number };
  /** False when no place it names is among the seven countries: listed, not drawn. */
  drawn: boolean;
  /** The mark that answers for it ("show on the map"), by id (lib/view/marks markIdForClaim). */
  mark: string | null;
  /** Issue 16: the event it reports and that event's independent sources (distinct outlets). */
  event?: string;
  sources?: number;
  /** Its outlet's reliability (A-F) and its own credibility (1-6). */
  reliability?: ClaimGrade["reliability"];
  credibility?: ClaimGrade["credibility"];
  /** Proposed, not yet reviewed (shown to signed-in editors only, labelled as such). */
  unreviewed?: true;
};

/**
 * Claim rows the table loads at most (GET /api/view/claims pages beyond). The model carries no
 * rows at all: maps and counts use every claim, and 2,000 rows in the page's HTML cost more
 * than the map (p99 of 5-6 s for `/` under load). The CSV download has them all.
 */
export const MAX_ROWS = 2000;

/** Articles the model names (the most cited first); `sourceSummary` counts them all. */
export const MAX_SOURCES = 100;

export type DashboardModel = {
  marks: Mark[];
  /** How many claims the filters show; the rows come from GET /api/view/claims. */
  claimsTotal: number;
  /** Rows of the view's CSV download: one per claim and place (lib/view/claim-counts). */
  claimPlaceRows: number;
  /** Over the claims matching every filter but the dates, so the brush shows what lies outside it. */
  timeline: Timeline;
  counts: Record<ViewLayer, number>;
  total: number;
  actors: ActorInfo[];
  /** The articles the shown claims cite, the MAX_SOURCES most cited: the view's sources. */
  sources: ArticleRef[];
  /** Every cited article, counted (outlets, latest date, reviewed claims). */
  sourceSummary: SourceSummary;
};

/** An article behind a view: what the sources note and the print footer say about it. */
export type ArticleRef = { slug: string; title: string; lang: "ar" | "en"; source?: string; published?: PartialDate; curated?: boolean };

/** What the model aggregates per claim: no text but the quote control changes read (rows are read a page at a time). */
export type ModelClaim = MarkableClaim & Pick<Claim, "date" | "quote" | "passageId" | "certainty">;

export type ModelInputs = {
  claims: readonly ModelClaim[];
  places: ReadonlyMap<string, Place>;
  actors: readonly { id: string; nameEn: string; nameAr: string; color: string; parent?: string; affiliation?: string[]; kind?: "group" | "person" }[];
  articles?: readonly ArticleRef[];
  /** Issue 16: a claim's event (counts are of events, not reports) and its outlet. */
  events?: EventLookup;
  /** Issue 16: a claim's grade, for the `grade` floor and the table; absent: every claim is F6. */
  gradeOf?: (c: Pick<Claim, "id" | "article">) => ClaimGrade;
};

export type EventLookup = { eventOf: (claimId: string) => { id: string; sources: number } | undefined; outletOf: (c: Pick<Claim, "id" | "article">) => string };

/** The claims that meet a view's grade floor (all of them when it sets none). */
export function gradedPool<C extends Pick<Claim, "id" | "article">>(input: { claims: readonly C[]; gradeOf?: ModelInputs["gradeOf"] }, filters: Filters): readonly C[] {
  const floor = filters.grade ? GradeParam.safeParse(filters.grade) : null;
  if (!floor?.success) return input.claims;
  const gradeOf = input.gradeOf ?? (() => ({ reliability: "F", credibility: 6 }) as const);
  return input.claims.filter((c) => meetsGrade(gradeOf(c), floor.data));
}

/** An actor and everything that is its branch or member, for filtering by a group. */
export function actorFamily(actors: ModelInputs["actors"]): ActorFamily {
  return (id) => [id, ...actors.filter((a) => a.parent === id || a.affiliation?.includes(id)).map((a) => a.id)];
}

export function claimRow(c: Claim, places: ReadonlyMap<string, Place>, input?: Pick<ModelInputs, "events" | "gradeOf">): ClaimRow {
  const event = input?.events?.eventOf(c.id);
  const grade = input?.gradeOf?.(c);
  const named = c.places.map((r) => places.get(r.placeId)).filter((p): p is Place => !!p);
  const figure = statedShare(c);
  return {
    id: c.id,
    article: c.article,
    passageId: c.passageId,
    kind: c.kind,
    summary: c.summary,
    actors: c.actors,
    fromActor: c.fromActor ?? null,
    toActor: c.toActor ?? null,
    places: named.map((p) => ({ id: p.id, nameEn: p.nameEn, nameAr: p.nameAr, precision: p.kind === "city" ? "point" : p.kind })),
    countries: c.countries,
    date: c.date ?? null,
    certainty: c.certainty,
    attribution: c.attribution ?? null,
    ...(figure ? { figure } : {}),
    quote: c.quote,
    span: c.span,
    drawn: named.length > 0,
    mark: markIdForClaim(c)?.id ?? null,
    ...(event ? { event: event.id, sources: event.sources } : {}),
    ...(grade ? { reliability: grade.reliability, credibility: grade.credibility } : {}),
    ...(c.status === "proposed" ? { unreviewed: true as const } : {}),
  };
}

/** The claims a set of filters shows, in corpus order (for downloads and the table's pages). */
export function shownClaims<C extends ModelClaim>(input: Omit<ModelInputs, "claims"> & { claims: readonly C[] }, filters: Filters): C[] {
  return filterClaims(gradedPool(input, filters), filters, actorFamily(input.actors));
}

/** Every claim (whole) a set of filters shows, as rows, with no MAX_ROWS cap. */
export function claimRows(input: Omit<ModelInputs, "claims"> & { claims: readonly Claim[] }, filters: Filters): ClaimRow[] {
  return shownClaims(input, filters).map((c) => claimRow(c, input.places, input));
}

/**
 * A page of the claims a view shows: `offset` and `limit` into them, or into those behind one
 * mark (a popup's cards). Keys only: the caller reads the rows.
 */
export function claimPage<C extends ModelClaim>(
  input: Omit<ModelInputs, "claims"> & { claims: readonly C[] },
  filters: Filters,
  page: { offset: number; limit: number; mark?: string | null },
): { claims: C[]; total: number } {
  let shown = shownClaims(input, filters);
  if (page.mark?.startsWith("control-changes@")) {
    // Control marks list every change's claim up to the view's date, newest first (lib/time/control-marks).
    const undated = filterClaims(gradedPool(input, filters), filters, actorFamily(input.actors), { dates: true });
    const byId = new Map(undated.map((c) => [c.id, c]));
    shown = controlClaimIds(input, undated, filters, page.mark.slice("control-changes@".length))
      .map((id) => byId.get(id))
      .filter((c): c is C => !!c);
  } else if (page.mark) shown = claimsOfMark(shown, page.mark, input.places);
  return { claims: shown.slice(page.offset, page.offset + page.limit), total: shown.length };
}

export function dashboardModel(input: ModelInputs, filters: Filters): DashboardModel {
  const family = actorFamily(input.actors);
  const undatedFilter = filterClaims(gradedPool(input, filters), filters, family, { dates: true });
  const shown = filterClaims(undatedFilter, filters, family);
  const mentioned = new Map<string, number>();
  for (const c of input.claims) for (const a of new Set([...c.actors, c.fromActor, c.toActor])) if (a) mentioned.set(a, (mentioned.get(a) ?? 0) + 1);
  const model = modelOf(new ClaimAggregate(input.places, { events: input.events }).apply(shown, 1), input, {
    timeline: timeline(undatedFilter),
    mentioned,
    total: input.claims.length,
  });
  // The control-changes layer (lib/time) joins the marks the claims make.
  return withControlMarks(model, input, undatedFilter, filters);
}

/** Whether a set of filters shows every claim: its model is the corpus's own aggregate. */
export const showsAll = (f: Filters) => !f.actors.length && !f.kinds.length && !f.countries.length && f.from === null && f.to === null && !f.at && !f.grade;

/** The model of every claim from the corpus's aggregate, patched per article (lib/view/aggregate). */
export function unfilteredModel(agg: ClaimAggregate, input: ModelInputs, filters: Filters, control?: { marks: Mark[]; claims: number }): DashboardModel {
  const model = modelOf(agg, input, { timeline: timelineOf(agg.months, agg.years, agg.undated), mentioned: agg.mentioned, total: agg.total });
  // The control layer kept across versions (lib/view/corpus-control) when the caller has it.
  if (control)
    return {
      ...model,
      marks: [...model.marks.filter((m) => m.layer !== "control-changes"), ...control.marks.map((m) => ({ ...m }))],
      counts: { ...model.counts, "control-changes": control.claims },
    };
  // Every claim matches every filter but the dates: the undated set is all of them.
  return withControlMarks(model, input, input.claims, filters);
}

/** The `n` articles with most claims, ties in corpus order (a stable sort's first `n`, without sorting them all). */
function mostCited<A extends { slug: string }>(cited: readonly A[], perArticle: ReadonlyMap<string, number>, n: number): A[] {
  const out: A[] = [];
  const count = (a: A) => perArticle.get(a.slug)!;
  for (const a of cited) {
    const k = count(a);
    if (out.length === n && k <= count(out[n - 1]!)) continue;
    let i = out.length;
    while (i > 0 && count(out[i - 1]!) < k) i--;
    out.splice(i, 0, a);
    if (out.length > n) out.pop();
  }
  return out;
}

/**
 * The model's own copy of each mark, its article list cut to the sources kept. Copies are kept
 * per aggregate mark while the kept sources are the same: the aggregate hands back the same
 * object for a mark no write touched, so a model after one ingest copies the marks the write
 * changed, not 15,000. Models are shared by every request and never written to.
 */
let copies: { key: string; of: WeakMap<Mark, Mark> } = { key: "", of: new WeakMap() };
function modelMarks(marks: readonly Mark[], keep: ReadonlySet<string> | null): Mark[] {
  const key = keep ? [...keep].sort().join("\n") : "";
  if (copies.key !== key) copies = { key, of: new WeakMap() };
  const of = copies.of;
  return marks.map((m) => {
    let c = of.get(m);
    if (!c) {
      c = { ...m };
      if (keep) c.articles = c.articles.filter((s) => keep.has(s));
      of.set(m, c);
    }
    return c;
  });
}

/** The model from the aggregation of the claims it shows. */
function modelOf(agg: ClaimAggregate, input: Omit<ModelInputs, "claims">, over: { timeline: Timeline; mentioned: ReadonlyMap<string, number>; total: number }): DashboardModel {
  const counts = { ...agg.layerCounts };
  const { mentioned } = over;
  const perArticle = agg.perArticle;
  const cited = (input.articles ?? []).filter((a) => perArticle.has(a.slug));
  const ref = ({ slug, title, lang, source, published, curated }: ArticleRef): ArticleRef => ({
    slug,
    title,
    lang,
    ...(source ? { source } : {}),
    ...(published ? { published } : {}),
    ...(curated !== undefined ? { curated } : {}),
  });
  // The most cited first (then in corpus order), so a capped list keeps what weighs most.
  const top = cited.length > MAX_SOURCES ? mostCited(cited, perArticle, MAX_SOURCES) : cited;
  const keep = new Set(top.map((a) => a.slug));
  // A slug the model has no title for would only weigh on the wire (10,000 marks, random slugs).
  const marks = modelMarks(agg.markList(), cited.length > MAX_SOURCES ? keep : null);
  return {
    marks,
    sources: cited.filter((a) => keep.has(a.slug)).map(ref),
    sourceSummary: { ...sourceSummary(cited, []), reviewed: cited.reduce((n, a) => n + (a.curated ? perArticle.get(a.slug)! : 0), 0), claims: agg.total },
    claimsTotal: agg.total,
    claimPlaceRows: agg.claimPlaceRows,
    timeline: over.timeline,
    counts,
    total: over.total,
    actors: input.actors
      .filter((a) => mentioned.has(a.id))
      .map((a) => ({
        id: a.id,
        nameEn: a.nameEn,
        nameAr: a.nameAr,
        color: a.color,
        parent: a.parent ?? null,
        claims: mentioned.get(a.id) ?? 0,
        kind: a.kind ?? "group",
        ...(a.affiliation?.length ? { affiliation: a.affiliation } : {}),
      })),
  };
}
