import type { Claim, PartialDate } from "../schema/article";
import type { Place, Precision } from "../schema/gazetteer";
import { jointId, jointPlaces, largerShare, type StatedFigure, statedShare } from "./figures";
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
  claimIds: string[];
  /** Claims here (recruitment, activity) or the share stated as lost (territorial loss). */
  value: number;
  /** The actor whose colour the mark takes (the recruiter, the side joined). */
  actor: string | null;
  fromActor: string | null;
  toActor: string | null;
  /** Territorial loss: the share as stated, qualifier and original words kept. */
  figure?: StatedFigure | null;
  /**
   * A figure about several places together (see lib/view/figures): the places of the group. The
   * mark is the group's, drawn once over all of them; none of them gets the figure as its own.
   */
  jointOf?: { placeId: string; nameEn: string; nameAr: string }[];
  /** Every claim behind it is proposed, not reviewed (editors' "show unreviewed" only). */
  unreviewed?: true;
  /** Control changes (lib/time/control-marks): who held the town last as of the view's date. */
  control?: { holder: string; since: PartialDate; uncertain: boolean };
};

const LAYER_OF: Partial<Record<Claim["kind"], ViewLayer>> = {
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

function newMark(id: string, layer: ViewLayer, place: Place): Mark {
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
    claimIds: [],
    value: 0,
    actor: null,
    fromActor: null,
    toActor: null,
  };
}

function keyFor(layer: ViewLayer, c: Pick<Claim, "fromActor" | "toActor">, placeId: string): string {
  // Shifts keep one mark per direction at a place: ISIS -> al-Qaeda and ISIS -> Taliban differ.
  return layer === "allegiance-shifts" ? `${layer}@${placeId}@${c.fromActor ?? "x"}--${c.toActor ?? "x"}` : `${layer}@${placeId}`;
}

/** One mark for a group of places that a figure is stated about together. */
function jointMark(id: string, group: Place[]): Mark {
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
export function markIdForClaim(c: Pick<Claim, "kind" | "places" | "countries" | "quantity" | "fromActor" | "toActor">): { id: string; layer: ViewLayer } | null {
  const layer = LAYER_OF[c.kind];
  if (layer) {
    const joint = layer === "territorial-loss" ? jointPlaces(c) : null;
    if (joint) return { id: `${layer}@${jointId(joint)}`, layer };
    const first = c.places[0];
    if (first) return { id: keyFor(layer, c, first.placeId), layer };
  }
  const iso = c.countries[0];
  return iso ? { id: `activity@country:${iso}`, layer: "activity" } : null;
}

export function marksFor(claims: readonly Claim[], places: ReadonlyMap<string, Place>): Mark[] {
  const marks = new Map<string, { mark: Mark; ids: Set<string> }>();
  const add = (layer: ViewLayer, c: Claim, place: Place, group?: Place[]) => {
    const id = group ? `${layer}@${jointId(group.map((p) => p.id))}` : keyFor(layer, c, place.id);
    let entry = marks.get(id);
    if (!entry) marks.set(id, (entry = { mark: group ? jointMark(id, group) : newMark(id, layer, place), ids: new Set() }));
    const m = entry.mark;
    // A Set, not claimIds.includes: an activity mark gathers every claim about its country, and
    // scanning that list for each new claim made 100,000 claims take 14 s here.
    if (entry.ids.has(c.id)) return;
    entry.ids.add(c.id);
    m.claimIds.push(c.id);
    if (layer === "territorial-loss") {
      m.figure = largerShare(m.figure ?? null, statedShare(c));
      m.value = m.figure?.value ?? 0;
    } else m.value = m.claimIds.length;
    if (layer === "allegiance-shifts") {
      m.fromActor = c.fromActor ?? null;
      m.toActor = c.toActor ?? null;
    }
    m.actor ??= c.toActor ?? c.actors[0] ?? null;
  };
  for (const c of claims) {
    const layer = LAYER_OF[c.kind];
    // A share stated for several places together is one mark for the group (lib/view/figures).
    const joint = layer === "territorial-loss" ? jointPlaces(c)?.map((id) => places.get(id)).filter((p): p is Place => !!p) : undefined;
    if (layer && joint && joint.length > 1) add(layer, c, joint[0]!, joint);
    else
      for (const ref of c.places) {
        const place = places.get(ref.placeId);
        if (place && layer) add(layer, c, place);
      }
    // Activity by country counts every claim once per country it concerns.
    for (const iso of c.countries) {
      const place = places.get(`country:${iso}`);
      if (place) add("activity", c, place);
    }
  }
  return [...marks.values()].map((e) => e.mark).sort((a, b) => a.id.localeCompare(b.id));
}
