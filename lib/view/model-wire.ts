import type { Place, Precision } from "../schema/gazetteer";
import type { DashboardModel } from "./dashboard-model";
import { jointId, type StatedFigure } from "./figures";
import { type BaseTarget, type Mark, targetsOf } from "./marks";
import { VIEW_LAYERS, type ViewLayer } from "./view-state";

/**
 * The dashboard model as it travels to the browser (the page's HTML and GET /api/view): each
 * place's names, point and base features once, and each mark as a short tuple naming its place.
 * Marks spelled out repeated a place's names and shapes on every layer and in every joint figure:
 * 15,000 marks at 200,000 claims were 8 MB (900 KB compressed); the budget for the page and the
 * model together is 400 KB. `fromWire` gives back exactly the marks `toWire` was given.
 */
export type WirePlace = [id: string, nameEn: string, nameAr: string, precision: Precision, lon: number, lat: number, targets: string[], countries: string[]];

/** What only some marks have: a stated share, a shift's direction and count, a joint figure's places. */
type WireExtra = { f?: number; from?: string | null; to?: string | null; d?: number; j?: number[]; e?: number; s?: number; u?: 1; c?: NonNullable<Mark["control"]> };

/** `place` indexes `places`, -1 for a joint figure (its places are `extra.j`); `articles` index `sources`, or are slugs. */
export type WireMark = [layer: number, place: number, claims: number, value: number, actor: string | null, articleCount: number, articles: (number | string)[], extra?: WireExtra];

/** `figures`: each distinct stated share once, which `extra.f` indexes (-1: none). */
export type WireModel = Omit<DashboardModel, "marks"> & { places: WirePlace[]; figures: StatedFigure[]; marks: WireMark[] };

const target = (t: BaseTarget) => `${t.source === "countries" ? "c" : "a"}:${t.id}`;
const untarget = (s: string): BaseTarget => ({ source: s.startsWith("c:") ? "countries" : "admin1", id: s.slice(2) });

/** `places`: the gazetteer, for the members of joint figures (their shapes are not on the mark). */
export function toWire(model: DashboardModel, gazetteer: ReadonlyMap<string, Place>): WireModel {
  const places: WirePlace[] = [];
  const placeIndex = new Map<string, number>();
  const put = (id: string, m: Pick<Mark, "nameEn" | "nameAr" | "precision" | "point" | "targets" | "countries">) => {
    let i = placeIndex.get(id);
    if (i === undefined) placeIndex.set(id, (i = places.push([id, m.nameEn, m.nameAr, m.precision, m.point[0], m.point[1], m.targets.map(target), m.countries ?? []]) - 1));
    return i;
  };
  const figures: StatedFigure[] = [];
  const figureIndex = new Map<string, number>();
  const figure = (f: StatedFigure | null | undefined) => {
    if (!f) return -1;
    const key = JSON.stringify([f.value, f.qualifier, f.text]);
    let i = figureIndex.get(key);
    if (i === undefined) figureIndex.set(key, (i = figures.push(f) - 1));
    return i;
  };
  const sourceIndex = new Map(model.sources.map((s, i) => [s.slug, i]));
  const marks = model.marks.map((m): WireMark => {
    const extra: WireExtra = {};
    if ("figure" in m) extra.f = figure(m.figure);
    if (m.fromActor !== null) extra.from = m.fromActor;
    if (m.toActor !== null) extra.to = m.toActor;
    if (m.directions !== undefined) extra.d = m.directions;
    // Issue 16's events and outlets, issue 15's unreviewed marks, and control changes (lib/time).
    if (m.events !== undefined) extra.e = m.events;
    if (m.sources !== undefined) extra.s = m.sources;
    if (m.unreviewed) extra.u = 1;
    if (m.control) extra.c = m.control;
    if (m.jointOf) {
      // A joint mark's place is its group: the members travel as places of their own.
      extra.j = m.jointOf.map(({ placeId }) => {
        const p = gazetteer.get(placeId)!;
        return put(p.id, { nameEn: p.nameEn, nameAr: p.nameAr, precision: p.kind === "city" ? "point" : p.kind, point: p.point, targets: targetsOf(p), countries: p.countries });
      });
    }
    const place = m.jointOf ? -1 : put(m.placeId, m);
    const articles = m.articles.map((s) => sourceIndex.get(s) ?? s);
    const tuple: WireMark = [VIEW_LAYERS.indexOf(m.layer), place, m.claims, m.value, m.actor, m.articleCount, articles];
    if (Object.keys(extra).length) tuple.push(extra);
    return tuple;
  });
  const { marks: _m, ...rest } = model;
  return { ...rest, places, figures, marks };
}

export function fromWire(w: WireModel): DashboardModel {
  const { places, figures, marks, ...rest } = w;
  return { ...rest, marks: marks.map((t) => markOf(t, w)) };
}

function markOf([layerIndex, place, claims, value, actor, articleCount, articles, extra = {}]: WireMark, w: WireModel): Mark {
  const { places, figures, sources } = w;
  const layer = VIEW_LAYERS[layerIndex] as ViewLayer;
  const placeId = extra.j ? jointId(extra.j.map((i) => places[i]![0])) : places[place]![0];
  const slugs = articles.map((a) => (typeof a === "number" ? sources[a]!.slug : a));
  const base = { id: `${layer}@${placeId}`, layer, placeId, claims, articles: slugs, articleCount, value, actor, fromActor: extra.from ?? null, toActor: extra.to ?? null };
  const more = {
    ...(extra.f !== undefined ? { figure: figures[extra.f] ?? null } : {}),
    ...(extra.d !== undefined ? { directions: extra.d } : {}),
    ...(extra.e !== undefined ? { events: extra.e } : {}),
    ...(extra.s !== undefined ? { sources: extra.s } : {}),
    ...(extra.u ? { unreviewed: true as const } : {}),
    ...(extra.c ? { control: extra.c } : {}),
  };
  if (!extra.j) {
    const [, nameEn, nameAr, precision, lon, lat, targets, countries] = places[place]!;
    return { ...base, nameEn, nameAr, precision, targets: targets.map(untarget), countries, point: [lon, lat], ...more };
  }
  return { ...base, ...jointFields(extra.j, places), ...more };
}

/** What marks.ts's jointMark derives from a group's places, derived again from the wire's. */
function jointFields(indexes: number[], places: WirePlace[]) {
  const group = indexes.map((i) => ({ id: places[i]![0], p: places[i]!.slice(1) as [string, string, Precision, number, number, string[], string[]] }));
  const n = group.length;
  return {
    nameEn: group.map((g) => g.p[0]).join(" and "),
    nameAr: group.map((g) => g.p[1]).join(" و"),
    precision: group[0]!.p[2],
    targets: group.flatMap((g) => g.p[5].map(untarget)),
    countries: [...new Set(group.flatMap((g) => g.p[6]))],
    point: [group.reduce((s, g) => s + g.p[3], 0) / n, group.reduce((s, g) => s + g.p[4], 0) / n] as [number, number],
    jointOf: group.map((g) => ({ placeId: g.id, nameEn: g.p[0], nameAr: g.p[1] })),
  };
}
