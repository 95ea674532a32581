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

/**
 * The marks as columns, one array per field, a mark being an index into all of them: each
 * column holds one kind of value, which compresses far better than mixed tuples (the marks of
 * 200,000 claims were 159 KB compressed as tuples, about 120 KB as columns). `place` indexes
 * `places`, -1 for a joint figure (its places are in `joint`); `articles` index `sources`, or are
 * slugs; actor ids index `names`, -1 for none. A column that no mark uses is left out; in one that
 * some use, null (or -2 for names) marks a mark without that field.
 */
export type WireMarks = {
  layer: number[];
  place: number[];
  claims: number[];
  value: number[];
  actor: number[];
  articleCount: number[];
  articles: (number | string)[][];
  /** A stated share's index in `figures` (-1: none stated). */
  figure?: (number | null)[];
  from?: number[];
  to?: number[];
  directions?: (number | null)[];
  joint?: (number[] | null)[];
  events?: (number | null)[];
  sources?: (number | null)[];
  unreviewed?: (0 | 1)[];
  control?: (NonNullable<Mark["control"]> | null)[];
};

/** `figures`: each distinct stated share once; `names`: each actor id once. */
export type WireModel = Omit<DashboardModel, "marks"> & { places: WirePlace[]; figures: StatedFigure[]; names: string[]; marks: WireMarks };

const target = (t: BaseTarget) => `${t.source === "countries" ? "c" : "a"}:${t.id}`;
const untarget = (s: string): BaseTarget => ({ source: s.startsWith("c:") ? "countries" : "admin1", id: s.slice(2) });

/** Absent from the mark (-2) is not the same as null (-1): fromActor is absent on no mark, but the rule is kept general. */
const ABSENT = -2;

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
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const name = (id: string | null | undefined) => {
    if (id === undefined) return ABSENT;
    if (id === null) return -1;
    let i = nameIndex.get(id);
    if (i === undefined) nameIndex.set(id, (i = names.push(id) - 1));
    return i;
  };
  const sourceIndex = new Map(model.sources.map((s, i) => [s.slug, i]));
  const ms = model.marks;
  const col = <T>(f: (m: Mark) => T): T[] => ms.map(f);
  const sparse = <T>(has: (m: Mark) => boolean, f: (m: Mark) => T, none: T): T[] | undefined => (ms.some(has) ? ms.map((m) => (has(m) ? f(m) : none)) : undefined);
  const marks: WireMarks = {
    layer: col((m) => VIEW_LAYERS.indexOf(m.layer)),
    // A joint mark's place is its group: the members travel as places of their own.
    place: col((m) => (m.jointOf ? -1 : put(m.placeId, m))),
    claims: col((m) => m.claims),
    value: col((m) => m.value),
    actor: col((m) => name(m.actor)),
    articleCount: col((m) => m.articleCount),
    articles: col((m) => m.articles.map((s) => sourceIndex.get(s) ?? s)),
  };
  const optional = {
    figure: sparse(
      (m) => "figure" in m,
      (m) => figure(m.figure),
      null,
    ),
    // Issue 16's events and outlets, issue 15's unreviewed marks, and control changes (lib/time).
    from: sparse(
      (m) => m.fromActor !== null,
      (m) => name(m.fromActor),
      -1,
    ),
    to: sparse(
      (m) => m.toActor !== null,
      (m) => name(m.toActor),
      -1,
    ),
    directions: sparse(
      (m) => m.directions !== undefined,
      (m) => m.directions!,
      null,
    ),
    joint: sparse(
      (m) => !!m.jointOf,
      (m) =>
        m.jointOf!.map(({ placeId }) => {
          const p = gazetteer.get(placeId)!;
          return put(p.id, { nameEn: p.nameEn, nameAr: p.nameAr, precision: p.kind === "city" ? "point" : p.kind, point: p.point, targets: targetsOf(p), countries: p.countries });
        }),
      null,
    ),
    events: sparse(
      (m) => m.events !== undefined,
      (m) => m.events!,
      null,
    ),
    sources: sparse(
      (m) => m.sources !== undefined,
      (m) => m.sources!,
      null,
    ),
    unreviewed: sparse(
      (m) => !!m.unreviewed,
      () => 1 as const,
      0 as const,
    ),
    control: sparse(
      (m) => !!m.control,
      (m) => m.control!,
      null,
    ),
  };
  for (const [k, v] of Object.entries(optional)) if (v) (marks as Record<string, unknown>)[k] = v;
  const { marks: _m, ...rest } = model;
  return { ...rest, places, figures, names, marks };
}

export function fromWire(w: WireModel): DashboardModel {
  const { places, figures, names, marks, ...rest } = w;
  return { ...rest, marks: marks.layer.map((_, i) => markOf(i, w)) };
}

function markOf(i: number, w: WireModel): Mark {
  const { places, figures, sources, names, marks: c } = w;
  const layer = VIEW_LAYERS[c.layer[i]!] as ViewLayer;
  const joint = c.joint?.[i] ?? null;
  const place = c.place[i]!;
  const placeId = joint ? jointId(joint.map((k) => places[k]![0])) : places[place]![0];
  const slugs = c.articles[i]!.map((a) => (typeof a === "number" ? sources[a]!.slug : a));
  const nameOf = (k: number | undefined) => (k === undefined || k < 0 ? null : names[k]!);
  const base = {
    id: `${layer}@${placeId}`,
    layer,
    placeId,
    claims: c.claims[i]!,
    articles: slugs,
    articleCount: c.articleCount[i]!,
    value: c.value[i]!,
    actor: nameOf(c.actor[i]),
    fromActor: nameOf(c.from?.[i]),
    toActor: nameOf(c.to?.[i]),
  };
  const f = c.figure?.[i];
  const d = c.directions?.[i];
  const e = c.events?.[i];
  const s = c.sources?.[i];
  const ctl = c.control?.[i];
  const more = {
    ...(f !== undefined && f !== null ? { figure: figures[f] ?? null } : {}),
    ...(d !== undefined && d !== null ? { directions: d } : {}),
    ...(e !== undefined && e !== null ? { events: e } : {}),
    ...(s !== undefined && s !== null ? { sources: s } : {}),
    ...(c.unreviewed?.[i] ? { unreviewed: true as const } : {}),
    ...(ctl ? { control: ctl } : {}),
  };
  if (!joint) {
    const [, nameEn, nameAr, precision, lon, lat, targets, countries] = places[place]!;
    return { ...base, nameEn, nameAr, precision, targets: targets.map(untarget), countries, point: [lon, lat], ...more };
  }
  return { ...base, ...jointFields(joint, places), ...more };
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
