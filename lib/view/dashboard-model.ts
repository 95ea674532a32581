import type { Claim, PartialDate } from "../schema/article";
import type { Place, Precision } from "../schema/gazetteer";
import { rowsOfClaim } from "./claim-counts";
import { type StatedFigure, statedShare } from "./figures";
import { withControlMarks } from "../time/control-marks";
import { type ActorFamily, filterClaims } from "./filter-claims";
import { type Mark, marksFor } from "./marks";
import { type Timeline, timeline } from "./timeline";
import { type Filters, VIEW_LAYERS, type ViewLayer } from "./view-state";

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
  /** Proposed, not yet reviewed (shown to signed-in editors only, labelled as such). */
  unreviewed?: true;
};

/**
 * Claim rows a model carries at most. Maps and counts use every claim; the table and popups
 * show rows, and past a few thousand the page payload (not the map) is what a browser chokes
 * on. The CSV download has them all.
 */
export const MAX_ROWS = 2000;

export type DashboardModel = {
  marks: Mark[];
  /** The first MAX_ROWS claims shown; `claimsTotal` says how many there are. */
  claims: ClaimRow[];
  claimsTotal: number;
  /** Rows of the view's CSV download: one per claim and place (lib/view/claim-counts). */
  claimPlaceRows: number;
  /** Over the claims matching every filter but the dates, so the brush shows what lies outside it. */
  timeline: Timeline;
  counts: Record<ViewLayer, number>;
  total: number;
  actors: ActorInfo[];
  /** The articles the shown claims cite: the view's sources. */
  sources: ArticleRef[];
};

/** An article behind a view: what the sources note and the print footer say about it. */
export type ArticleRef = { slug: string; title: string; lang: "ar" | "en"; source?: string; published?: PartialDate; curated?: boolean };

export type ModelInputs = {
  claims: readonly Claim[];
  places: ReadonlyMap<string, Place>;
  actors: readonly { id: string; nameEn: string; nameAr: string; color: string; parent?: string; affiliation?: string[]; kind?: "group" | "person" }[];
  articles?: readonly ArticleRef[];
};

/** An actor and everything that is its branch or member, for filtering by a group. */
export function actorFamily(actors: ModelInputs["actors"]): ActorFamily {
  return (id) => [id, ...actors.filter((a) => a.parent === id || a.affiliation?.includes(id)).map((a) => a.id)];
}

export function claimRow(c: Claim, places: ReadonlyMap<string, Place>): ClaimRow {
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
    ...(c.status === "proposed" ? { unreviewed: true as const } : {}),
  };
}

/** Every claim a set of filters shows, as rows (for downloads: no MAX_ROWS cap). */
export function claimRows(input: ModelInputs, filters: Filters): ClaimRow[] {
  return filterClaims(input.claims, filters, actorFamily(input.actors)).map((c) => claimRow(c, input.places));
}

export function dashboardModel(input: ModelInputs, filters: Filters): DashboardModel {
  const family = actorFamily(input.actors);
  const undatedFilter = filterClaims(input.claims, filters, family, { dates: true });
  const shown = filterClaims(undatedFilter, filters, family);
  // A mark drawn from proposed claims only is unreviewed; one accepted claim makes it reviewed.
  const proposed = new Set(shown.filter((c) => c.status === "proposed").map((c) => c.id));
  const marks = proposed.size ? marksFor(shown, input.places).map((m) => (m.claimIds.every((id) => proposed.has(id)) ? { ...m, unreviewed: true as const } : m)) : marksFor(shown, input.places);
  const counts = Object.fromEntries(VIEW_LAYERS.map((l) => [l, new Set(marks.filter((m) => m.layer === l).flatMap((m) => m.claimIds)).size])) as Record<ViewLayer, number>;
  const mentioned = new Map<string, number>();
  for (const c of input.claims) for (const a of new Set([...c.actors, c.fromActor, c.toActor])) if (a) mentioned.set(a, (mentioned.get(a) ?? 0) + 1);
  const cited = new Set(shown.map((c) => c.article));
  // The control-changes layer (lib/time) joins the marks the claims make.
  return withControlMarks({
    marks,
    sources: (input.articles ?? [])
      .filter((a) => cited.has(a.slug))
      .map(({ slug, title, lang, source, published, curated }) => ({ slug, title, lang, ...(source ? { source } : {}), ...(published ? { published } : {}), ...(curated !== undefined ? { curated } : {}) })),
    claims: shown.slice(0, MAX_ROWS).map((c) => claimRow(c, input.places)),
    claimsTotal: shown.length,
    claimPlaceRows: shown.reduce((n, c) => n + rowsOfClaim(c.places.filter((r) => input.places.has(r.placeId)).length), 0),
    timeline: timeline(undatedFilter),
    counts,
    total: input.claims.length,
    actors: input.actors
      .filter((a) => mentioned.has(a.id))
      .map((a) => ({ id: a.id, nameEn: a.nameEn, nameAr: a.nameAr, color: a.color, parent: a.parent ?? null, claims: mentioned.get(a.id) ?? 0, kind: a.kind ?? "group", ...(a.affiliation?.length ? { affiliation: a.affiliation } : {}) })),
  }, input, undatedFilter, filters);
}
