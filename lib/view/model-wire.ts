import type { Place, Precision } from "../schema/gazetteer";
import type { DashboardModel } from "./dashboard-model";
import type { StatedFigure } from "./figures";
import { type BaseTarget, type Mark, targetsOf } from "./marks";
import { VIEW_LAYERS, type ViewLayer } from "./view-state";

/**
 * The dashboard model as it travels to the browser (the page's HTML and GET /api/view): each
 * place's names, point and base features once, and each mark as a short tuple naming its place.
 * Marks spelled out repeated a place's names and shapes on every layer and in every joint figure:
 * 15,000 marks at 200,000 claims were 8 MB (900 KB compressed); the budget for the page and the
 * model together is 400 KB. `fromWire` gives back exactly the marks `toWire` was given.
 */
export type WirePlace = [nameEn: string, nameAr: string, precision: Precision, lon: number, lat: number, targets: string[], countries: string[]];

/** What only some marks have: a stated share, a shift's direction and count, a joint figure's places. */
type WireExtra = { f?: StatedFigure | null; from?: string | null; to?: string | null; d?: number; j?: string[] };

export type WireMark = [layer: number, place: string, claims: number, value: number, actor: string | null, articleCount: number, articles: string[], extra?: WireExtra];

export type WireModel = Omit<DashboardModel, "marks"> & { places: Record<string, WirePlace>; marks: WireMark[] };

const target = (t: BaseTarget) => `${t.source === "countries" ? "c" : "a"}:${t.id}`;
const untarget = (s: string): BaseTarget => ({ source: s.startsWith("c:") ? "countries" : "admin1", id: s.slice(2) });

/** `places`: the gazetteer, for the members of joint figures (their shapes are not on the mark). */
export function toWire(model: DashboardModel, gazetteer: ReadonlyMap<string, Place>): WireModel {
  const places: Record<string, WirePlace> = {};
  const put = (id: string, m: Pick<Mark, "nameEn" | "nameAr" | "precision" | "point" | "targets" | "countries">) => {
    places[id] ??= [m.nameEn, m.nameAr, m.precision, m.point[0], m.point[1], m.targets.map(target), m.countries ?? []];
  };
  const marks = model.marks.map((m): WireMark => {
    const extra: WireExtra = {};
    if ("figure" in m) extra.f = m.figure ?? null;
    if (m.fromActor !== null) extra.from = m.fromActor;
    if (m.toActor !== null) extra.to = m.toActor;
    if (m.directions !== undefined) extra.d = m.directions;
    if (m.jointOf) {
      // A joint mark's place is its group: the members travel as places of their own.
      extra.j = m.jointOf.map((p) => p.placeId);
      for (const { placeId } of m.jointOf) {
        const p = gazetteer.get(placeId);
        if (p) put(p.id, { nameEn: p.nameEn, nameAr: p.nameAr, precision: p.kind === "city" ? "point" : p.kind, point: p.point, targets: targetsOf(p), countries: p.countries });
      }
    } else put(m.placeId, m);
    const tuple: WireMark = [VIEW_LAYERS.indexOf(m.layer), m.placeId, m.claims, m.value, m.actor, m.articleCount, m.articles];
    if (Object.keys(extra).length) tuple.push(extra);
    return tuple;
  });
  const { marks: _m, ...rest } = model;
  return { ...rest, places, marks };
}

export function fromWire(w: WireModel): DashboardModel {
  const { places, marks, ...rest } = w;
  return { ...rest, marks: marks.map((t) => markOf(t, places)) };
}

function markOf([layerIndex, placeId, claims, value, actor, articleCount, articles, extra = {}]: WireMark, places: Record<string, WirePlace>): Mark {
  const layer = VIEW_LAYERS[layerIndex] as ViewLayer;
  const base = { id: `${layer}@${placeId}`, layer, placeId, claims, articles, articleCount, value, actor, fromActor: extra.from ?? null, toActor: extra.to ?? null };
  const more = { ...("f" in extra ? { figure: extra.f ?? null } : {}), ...(extra.d !== undefined ? { directions: extra.d } : {}) };
  if (!extra.j) {
    const [nameEn, nameAr, precision, lon, lat, targets, countries] = places[placeId]!;
    return { ...base, nameEn, nameAr, precision, targets: targets.map(untarget), countries, point: [lon, lat], ...more };
  }
  return { ...base, ...jointFields(extra.j, places), ...more };
}

/** What marks.ts's jointMark derives from a group's places, derived again from the wire's. */
function jointFields(ids: string[], places: Record<string, WirePlace>) {
  const group = ids.map((id) => ({ id, p: places[id]! }));
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
