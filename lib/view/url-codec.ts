import { z } from "zod";
import {
  ActorId,
  AsOfMonth,
  ClaimKind,
  CountryIso3,
  DateBound,
  DEFAULT_VIEW,
  type Filters,
  GradeFilter,
  PlayMode,
  Selection,
  Shade,
  TableGroup,
  UiLang,
  ViewLayer,
  type ViewState,
  WindowMonths,
} from "./view-state";

/**
 * The one codec between a view and its URL query. `toParams` writes only what differs from the
 * default and rounds coordinates to what the zoom can show; `fromParams` validates every
 * parameter with a schema, keeps what is valid and reports what it dropped, so a bad link still
 * opens a view (the valid part of it) and says what was wrong.
 */

export const PARAM = {
  center: "c",
  zoom: "z",
  layers: "layers",
  actors: "actor",
  kinds: "kind",
  countries: "country",
  from: "from",
  to: "to",
  selection: "sel",
  lang: "lang",
  at: "at",
  play: "play",
  window: "window",
  grade: "grade",
  shade: "shade",
  group: "group",
  unreviewed: "unreviewed",
} as const;

export type ParamIssue = { param: string; value: string; message: string };
export type Decoded = { view: ViewState; issues: ParamIssue[] };

/** Decimals that keep a coordinate within about a pixel at this zoom (512 px tiles). */
export function coordDecimals(zoom: number): number {
  return Math.min(6, Math.max(1, Math.ceil(Math.log10((512 * 2 ** zoom) / 360))));
}

const round = (x: number, d: number) => Number(x.toFixed(d));

/** A comma-separated list; fromParams keeps the valid items of one that fails (validItems). */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(20));

const Center = z
  .string()
  .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,2}(\.\d+)?$/, "c is lon,lat")
  .transform((s) => s.split(",").map(Number) as [number, number])
  .refine(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 85, "c is outside the map");

const Zoom = z.coerce.number().min(0).max(22);

const PARSERS = {
  center: Center,
  zoom: Zoom,
  // "none" is how a view with every layer switched off is written (an empty value reads as unset).
  layers: z
    .string()
    .transform((s) => (s === "none" ? "" : s))
    .pipe(list(ViewLayer)),
  actors: list(ActorId),
  kinds: list(ClaimKind),
  countries: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(list(CountryIso3)),
  from: DateBound,
  to: DateBound,
  selection: Selection,
  lang: UiLang,
  at: AsOfMonth,
  play: PlayMode,
  window: WindowMonths,
  grade: GradeFilter,
  shade: Shade,
  group: TableGroup,
  // Honoured for signed-in editors only (the page and /api/view check); anyone else gets accepted claims.
  unreviewed: z.literal("1", "unreviewed is 1 or absent").transform(() => true),
} as const;

type Key = keyof typeof PARSERS;

const LIST_KEYS: readonly Key[] = ["layers", "actors", "kinds", "countries"];
const ITEM: Partial<Record<Key, z.ZodType>> = { layers: ViewLayer, actors: ActorId, kinds: ClaimKind, countries: CountryIso3 };

/** The valid items of a list that also held invalid ones. */
function validItems(key: Key, raw: string): string[] {
  const item = ITEM[key]!;
  const text = key === "countries" ? raw.toUpperCase() : raw;
  return text
    .split(",")
    .map((x) => x.trim())
    .filter((x) => item.safeParse(x).success)
    .slice(0, 20);
}

/** Parses what a URL says; unknown parameters are left to the page (they may be someone else's). */
export function fromParams(params: URLSearchParams | Record<string, string | string[] | undefined>): Decoded {
  const get = (name: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
    const v = params[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const view: ViewState = { ...DEFAULT_VIEW };
  const issues: ParamIssue[] = [];
  for (const key of Object.keys(PARSERS) as Key[]) {
    const raw = get(PARAM[key]);
    if (raw === undefined || raw === "") continue;
    const parsed = PARSERS[key].safeParse(raw);
    if (parsed.success) (view as Record<Key, unknown>)[key] = normalise(key, parsed.data);
    else {
      issues.push({ param: PARAM[key], value: raw.slice(0, 80), message: parsed.error.issues[0]?.message ?? "invalid" });
      const kept = LIST_KEYS.includes(key) ? validItems(key, raw) : [];
      if (kept.length) (view as Record<Key, unknown>)[key] = normalise(key, kept);
    }
  }
  if ((view.center === null) !== (view.zoom === null)) {
    // A centre without a zoom (or the reverse) is no camera: fall back to the home view.
    if (view.center) issues.push({ param: PARAM.center, value: "", message: "c needs a valid z" });
    else issues.push({ param: PARAM.zoom, value: "", message: "z needs a valid c" });
    view.center = null;
    view.zoom = null;
  }
  if (view.from && view.to && view.from > view.to) {
    issues.push({ param: PARAM.to, value: view.to, message: "to is before from" });
    view.to = null;
  }
  return { view, issues };
}

/** Sorted, de-duplicated lists: the same view always gives the same URL. */
function normalise(key: Key, value: unknown): unknown {
  if (key !== "layers" && key !== "actors" && key !== "kinds" && key !== "countries") return value;
  const uniq = [...new Set(value as string[])];
  return key === "layers" ? ViewLayer.options.filter((l) => uniq.includes(l)) : uniq.sort();
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Writes only what differs from the default view. */
export function toParams(view: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (view.center && view.zoom !== null) {
    const d = coordDecimals(view.zoom);
    p.set(PARAM.center, `${round(view.center[0], d)},${round(view.center[1], d)}`);
    p.set(PARAM.zoom, String(round(view.zoom, 2)));
  }
  const layers = normalise("layers", view.layers) as string[];
  if (!sameList(layers, DEFAULT_VIEW.layers)) p.set(PARAM.layers, layers.length ? layers.join(",") : "none");
  for (const key of ["actors", "kinds", "countries"] as const) {
    const values = normalise(key, view[key]) as string[];
    if (values.length) p.set(PARAM[key], values.join(","));
  }
  if (view.from) p.set(PARAM.from, view.from);
  if (view.to) p.set(PARAM.to, view.to);
  if (view.grade) p.set(PARAM.grade, view.grade);
  if (view.shade) p.set(PARAM.shade, view.shade);
  if (view.group) p.set(PARAM.group, view.group);
  if (view.selection) p.set(PARAM.selection, view.selection);
  if (view.lang !== DEFAULT_VIEW.lang) p.set(PARAM.lang, view.lang);
  if (view.at) p.set(PARAM.at, view.at);
  if (view.play !== DEFAULT_VIEW.play) p.set(PARAM.play, view.play);
  // The window matters only to a windowed playback: written with it, so one view has one URL.
  if (view.play === "window" && view.window !== DEFAULT_VIEW.window) p.set(PARAM.window, String(view.window));
  if (view.unreviewed) p.set(PARAM.unreviewed, "1");
  return p;
}

/** The query string for a view, with its "?" (or "" for the default view). */
export function toSearch(view: ViewState): string {
  const s = toParams(view).toString();
  return s ? `?${s}` : "";
}

/** Filters only (for API calls that take the same parameters as the view). */
export function filtersToParams(f: Filters): URLSearchParams {
  const { windowMonths, ...rest } = f;
  const play = f.at && windowMonths ? { play: "window" as const, window: windowMonths } : {};
  return toParams({ ...DEFAULT_VIEW, ...rest, at: f.at ?? null, ...play });
}

/**
 * Drops the groups a link names that the articles do not know, and names each one as an issue.
 * The codec checks only the form of an id ("hamas" is well-formed); kept, an unknown group
 * filtered the view down to no claims without a word.
 */
export function dropUnknownActors(decoded: Decoded, known: ReadonlySet<string>, message = "no group by this id in the articles"): Decoded {
  const unknown = decoded.view.actors.filter((a) => !known.has(a));
  if (unknown.length === 0) return decoded;
  return {
    view: { ...decoded.view, actors: decoded.view.actors.filter((a) => known.has(a)) },
    issues: [...decoded.issues, { param: PARAM.actors, value: unknown.join(","), message }],
  };
}
