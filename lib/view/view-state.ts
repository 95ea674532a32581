import { z } from "zod";
import { ClaimKind } from "../schema/article";
import { CountryIso3 } from "../schema/gazetteer";

/**
 * Everything a shareable view holds. The URL is the state of every view (dashboard, embed,
 * static map): url-codec.ts turns this into query parameters and back.
 */

/** Map layers a view can show, by the id the layers API serves them under. */
export const VIEW_LAYERS = ["territorial-loss", "recruitment-hotspots", "allegiance-shifts", "activity", "control-changes"] as const;
export const ViewLayer = z.enum(VIEW_LAYERS);
export type ViewLayer = z.infer<typeof ViewLayer>;

export const UiLang = z.enum(["en", "ar"]);
export type UiLang = z.infer<typeof UiLang>;

/** "2017", "2017-08" or "2017-08-14": a date as precise as the reporting allows. */
export const DateBound = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD");

/** "2017-10": the month a view shows the situation as of (`at=`). */
export const AsOfMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "at is YYYY-MM");

/** How playback accumulates: everything up to the step, or a moving window of `window` months. */
export const PlayMode = z.enum(["cumulative", "window"]);
export type PlayMode = z.infer<typeof PlayMode>;

/** A moving window's length in months. */
export const WindowMonths = z.coerce.number().int("window is a whole number of months").min(1, "window is 1-120 months").max(120, "window is 1-120 months");

export const ActorId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "an actor id is lowercase letters, digits and dashes");

/** A selected feature: a claim id, or "<layer>@<place id>" for an aggregated feature. */
export const Selection = z.string().regex(/^[a-z0-9:@_-]{1,120}$/i, "a selection is a claim or feature id");

/** "B2": keep claims graded B2 or better (lib/grades/scales.ts). */
export const GradeFilter = z.string().regex(/^[A-F][1-6]$/, "a grade is a reliability A-F then a credibility 1-6, e.g. B2");

/** How the admin1 and towns layers are shaded: by their figure (default) or by independent sources. */
export const Shade = z.enum(["sources"]);
/** How the claims table is grouped: one row per claim (default) or per event. */
export const TableGroup = z.enum(["event"]);

export type Filters = {
  actors: string[];
  kinds: ClaimKind[];
  countries: CountryIso3[];
  from: string | null;
  to: string | null;
  /** The situation as of the end of this month (YYYY-MM): claims dated after it drop out. */
  at?: string | null;
  /** With `at`, only the last this many months up to it (a moving window); null is cumulative. */
  windowMonths?: number | null;
  /** Optional so filter literals written before grades still type; absent means no floor. */
  grade?: string | null;
};

export type ViewState = Filters & {
  /** Null means the home view: the seven countries framed. */
  center: [number, number] | null;
  zoom: number | null;
  layers: ViewLayer[];
  selection: string | null;
  lang: UiLang;
  at: string | null;
  play: PlayMode;
  window: number;
  shade?: z.infer<typeof Shade> | null;
  group?: z.infer<typeof TableGroup> | null;
  /** Signed-in editors only: proposed (unreviewed) claims drawn too, marked as such (issue 15 §3). */
  unreviewed?: boolean;
};

export const DEFAULT_LAYERS: ViewLayer[] = ["territorial-loss", "recruitment-hotspots", "allegiance-shifts"];

export const DEFAULT_VIEW: ViewState = Object.freeze({
  center: null,
  zoom: null,
  layers: DEFAULT_LAYERS,
  actors: [],
  kinds: [],
  countries: [],
  from: null,
  to: null,
  selection: null,
  lang: "en",
  at: null,
  play: "cumulative",
  window: 6,
  grade: null,
  shade: null,
  group: null,
}) as ViewState;

export const NO_FILTERS: Filters = { actors: [], kinds: [], countries: [], from: null, to: null };

export function filtersOf(v: Filters & Partial<Pick<ViewState, "play" | "window">>): Filters {
  const f: Filters = { actors: v.actors, kinds: v.kinds, countries: v.countries, from: v.from, to: v.to, ...(v.grade ? { grade: v.grade } : {}) };
  // `at` and its window are added only when set, so a view without them filters as before.
  if (v.at) {
    f.at = v.at;
    const months = v.play === "window" ? v.window : v.windowMonths;
    if (months) f.windowMonths = months;
  }
  return f;
}

export { ClaimKind, CountryIso3 };
