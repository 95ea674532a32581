import type { Claim, PartialDate } from "../schema/article";
import type { Place, Precision } from "../schema/gazetteer";
import { jointId, jointPlaces, type StatedFigure } from "./figures";
import type { ViewLayer } from "./view-state";

/**
 * What the dashboard draws, with no geometry: each mark is one layer's statement about one
 * place, joined to the base map's own features (a country by ISO 3166-1, a province by
 * ISO 3166-2; a region is its member provinces) or, for a city, a point. The map then styles
 * features it already has through feature state instead of downloading their shapes again.
 */
export type BaseTarget = { source: "countries" | "admin1"; id: string };

export type Mark = {
  id: string;
  layer: ViewLayer;
  placeId: string;
  nameEn: string;
  nameAr: string;
  precision: Precision;
  /** Base-map features this mark colours; empty for a point. */
  targets: BaseTarget[];
  /** ISO 3166-1 alpha-3 codes of the countries the place lies in (a country page keeps its own). */
  countries?: string[];
  /** For a point mark, where it is; for an area, where its label goes. */
  point: [number, number];
  /**
   * How many claims the mark stands for. The ids are not carried: at 200,000 claims they made the
   * dashboard's model megabytes; a popup fetches its page of claims (GET /api/view/claims?mark=).
   */
  claims: number;
  /**
   * The first articles (slugs, at most MARK_ARTICLES) behind it, for the hover tooltip's titles;
   * the dashboard model keeps only those among its sources, whose titles it carries.
   */
  articles: string[];
  /** How many distinct articles are behind it. */
  articleCount: number;
  /** Claims here (recruitment, activity) or the share stated as lost (territorial loss). */
  value: number;
  /** The actor whose colour the mark takes (the recruiter, the side joined). */
  actor: string | null;
  /** Allegiance shifts: the direction most claims at the place state (first seen on a tie). */
  fromActor: string | null;
  toActor: string | null;
  /** Allegiance shifts: how many distinct directions are stated at the place. */
  directions?: number;
  /** Territorial loss: the share as stated, qualifier and original words kept. */
  figure?: StatedFigure | null;
  /**
   * A figure about several places together (see lib/view/figures): the places of the group. The
   * mark is the group's, drawn once over all of them; none of them gets the figure as its own.
   */
  jointOf?: { placeId: string; nameEn: string; nameAr: string }[];
  /** Control changes (lib/time/control-marks): who held the town last as of the view's date. */
  control?: { holder: string; since: PartialDate; uncertain: boolean };
  /** Issue 16: distinct events here, and distinct outlets reporting them (shade=sources). */
  events?: number;
  sources?: number;
  /** Every claim behind it is proposed, not reviewed (editors' "show unreviewed" only). */
  unreviewed?: true;
};

/** How marks count events and outlets; without it every claim is its own event and outlet. */
/** `claimIds`, when given, tells an event of one claim (counted under the claim's own id, lib/view/aggregate). */
export type MarkEvents = { eventOf: (claimId: string) => { id: string; claimIds?: readonly string[] } | undefined; outletOf: (c: Pick<Claim, "id" | "article">) => string };

export const LAYER_OF: Partial<Record<Claim["kind"], ViewLayer>> = {
  "territorial-loss": "territorial-loss",
  recruitment: "recruitment-hotspots",
  pledge: "allegiance-shifts",
  defection: "allegiance-shifts",
};

/** The base-map features a place is drawn as: its country, its province, a region's members. */
export function targetsOf(place: Place): BaseTarget[] {
  if (place.kind === "country") return [{ source: "countries", id: place.iso! }];
  if (place.kind === "province") return [{ source: "admin1", id: place.iso! }];
  if (place.kind === "region") return (place.members ?? []).map((m) => (m.length === 3 ? { source: "countries", id: m } : { source: "admin1", id: m }));
  return [];
}

export function newMark(id: string, layer: ViewLayer, place: Place): Mark {
  return {
    id,
    layer,
    placeId: place.id,
    nameEn: place.nameEn,
    nameAr: place.nameAr,
    precision: place.kind === "city" ? "point" : place.kind,
    targets: targetsOf(place),
    countries: place.countries,
    point: place.point,
    claims: 0,
    articles: [],
    articleCount: 0,
    value: 0,
    actor: null,
    fromActor: null,
    toActor: null,
  };
}

/**
 * One mark per layer and place, never per claim or per direction: with one mark per shift
 * direction, 200,000 claims gave 82,000 marks (a 3 MB model). A place's shifts are one mark
 * coloured by its leading direction; the popup lists every claim.
 */
function keyFor(layer: ViewLayer, placeId: string): string {
  return `${layer}@${placeId}`;
}

/** Articles a mark names for the hover tooltip; the rest are counted. */
export const MARK_ARTICLES = 3;

/** One mark for a group of places that a figure is stated about together. */
export function jointMark(id: string, group: Place[]): Mark {
  const n = group.length;
  return {
    ...newMark(id, "territorial-loss", group[0]!),
    placeId: jointId(group.map((p) => p.id)),
    nameEn: group.map((p) => p.nameEn).join(" and "),
    nameAr: group.map((p) => p.nameAr).join(" و"),
    targets: group.flatMap(targetsOf),
    countries: [...new Set(group.flatMap((p) => p.countries))],
    // The label sits between the places, not on any one of them.
    point: [group.reduce((s, p) => s + p.point[0], 0) / n, group.reduce((s, p) => s + p.point[1], 0) / n],
    jointOf: group.map((p) => ({ placeId: p.id, nameEn: p.nameEn, nameAr: p.nameAr })),
  };
}

/**
 * The mark that answers for a claim, by id, without building any marks: the first place it
 * names (or its group, for a joint figure) on its kind's layer, or its first country on the
 * activity layer for kinds no other layer draws. Links ("Show on map") select it by this id.
 */
export function markIdForClaim(c: Pick<Claim, "kind" | "places" | "countries" | "quantity">): { id: string; layer: ViewLayer } | null {
  const layer = LAYER_OF[c.kind];
  if (layer) {
    const joint = layer === "territorial-loss" ? jointPlaces(c) : null;
    if (joint) return { id: `${layer}@${jointId(joint)}`, layer };
    const first = c.places[0];
    if (first) return { id: keyFor(layer, first.placeId), layer };
  }
  const iso = c.countries[0];
  return iso ? { id: `activity@country:${iso}`, layer: "activity" } : null;
}

/** What marks are computed from: a claim's fields that say where, what and who, no text. */
export type MarkableClaim = Pick<Claim, "id" | "article" | "kind" | "actors" | "fromActor" | "toActor" | "places" | "countries" | "quantity"> & {
  /** Proposed claims (editors' "show unreviewed") make marks drawn from them alone unreviewed. */
  status?: Claim["status"];
};

/** The claims behind one mark (by its id), in the order given: what its popup lists. */
export function claimsOfMark<C extends MarkableClaim>(claims: readonly C[], markId: string, places: ReadonlyMap<string, Place>): C[] {
  const at = markId.indexOf("@");
  const layer = markId.slice(0, at) as ViewLayer;
  const placeId = markId.slice(at + 1);
  if (layer === "activity") {
    const iso = placeId.startsWith("country:") ? placeId.slice("country:".length) : null;
    return iso ? claims.filter((c) => (c.countries as readonly string[]).includes(iso) && places.has(placeId)) : [];
  }
  return claims.filter((c) => {
    if (LAYER_OF[c.kind] !== layer) return false;
    const joint = layer === "territorial-loss" ? jointPlaces(c)?.filter((id) => places.has(id)) : undefined;
    if (joint && joint.length > 1) return jointId(joint) === placeId;
    return c.places.some((r) => r.placeId === placeId);
  });
}
