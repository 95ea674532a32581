import { z } from "zod";
import { ClaimKind } from "../schema/article";
import { CountryIso3 } from "../schema/gazetteer";

/**
 * Everything a shareable view holds. The URL is the state of every view (dashboard, embed,
 * static map): url-codec.ts turns this into query parameters and back.
 */

/** Map layers a view can show, by the id the layers API serves them under. */
export const VIEW_LAYERS = ["territorial-loss", "recruitment-hotspots", "allegiance-shifts", "activity"] as const;
export const ViewLayer = z.enum(VIEW_LAYERS);
export type ViewLayer = z.infer<typeof ViewLayer>;

export const UiLang = z.enum(["en", "ar"]);
export type UiLang = z.infer<typeof UiLang>;

/** "2017", "2017-08" or "2017-08-14": a date as precise as the reporting allows. */
export const DateBound = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD");

export const ActorId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "an actor id is lowercase letters, digits and dashes");

/** A selected feature: a claim id, or "<layer>@<place id>" for an aggregated feature. */
export const Selection = z.string().regex(/^[a-z0-9:@_-]{1,120}$/i, "a selection is a claim or feature id");

export type Filters = {
  actors: string[];
  kinds: ClaimKind[];
  countries: CountryIso3[];
  from: string | null;
  to: string | null;
};

export type ViewState = Filters & {
  /** Null means the home view: the seven countries framed. */
  center: [number, number] | null;
  zoom: number | null;
  layers: ViewLayer[];
  selection: string | null;
  lang: UiLang;
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
}) as ViewState;

export const NO_FILTERS: Filters = { actors: [], kinds: [], countries: [], from: null, to: null };

export function filtersOf(v: Filters): Filters {
  return { actors: v.actors, kinds: v.kinds, countries: v.countries, from: v.from, to: v.to };
}

export { ClaimKind, CountryIso3 };
