import { z } from "zod";

/**
 * The gazetteer is the app's single list of nameable places. It is derived offline by
 * `npm run build-geodata` (scripts/build-geodata.ts) and committed as geodata/gazetteer.json.
 * Places are matched in article text by their names and aliases; each has a precision that
 * decides how a claim about it is drawn (a country is never drawn as a point).
 */

export const COUNTRY_ISO3 = ["IRQ", "SYR", "NER", "YEM", "AFG", "NGA", "DZA"] as const;
export const CountryIso3 = z.enum(COUNTRY_ISO3);
export type CountryIso3 = z.infer<typeof CountryIso3>;

/** What geometry a place has, from coarsest to finest. */
export const Precision = z.enum(["country", "region", "province", "point"]);
export type Precision = z.infer<typeof Precision>;

export const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const PlaceKind = z.enum(["country", "region", "province", "city"]);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** A place as stored in geodata/gazetteer.json. */
export const PlaceRecord = z.object({
  /** Stable id: "country:IRQ", "province:SY-RA", "region:sahel", "city:99072" (GeoNames id). */
  id: z.string().regex(/^(country|province|region|city):[A-Za-z0-9-]+$/),
  kind: PlaceKind,
  /** Countries this place lies in (a region may span several). */
  countries: z.array(CountryIso3).min(1),
  /** ISO 3166-1 alpha-3 (countries) or ISO 3166-2 (provinces). */
  iso: z.string().optional(),
  nameEn: z.string().min(1),
  /**
   * Absent for the many small towns that no offline source names in Arabic; the parsed
   * Place falls back to nameEn so that every reader shows a name (see `hasArabicName`).
   */
  nameAr: z.string().min(1).optional(),
  /** Other spellings to match, already de-duplicated; not normalised. */
  aliasesEn: z.array(z.string()),
  aliasesAr: z.array(z.string()),
  /** A representative point (label point for areas, the city itself for cities). */
  point: LonLat,
  /** For regions: the ISO 3166-2 codes of the provinces (or ISO3 of whole countries) it groups. */
  members: z.array(z.string()).optional(),
  /** For cities: the province (ISO 3166-2) it lies in, when known. */
  province: z.string().optional(),
  population: z.number().int().nonnegative().optional(),
  geonamesId: z.number().int().optional(),
  wikidataId: z.string().optional(),
});
export type PlaceRecord = z.infer<typeof PlaceRecord>;

/**
 * The app's place: nameAr is always a display name, the English one where no source gives an
 * Arabic one (the app then shows the English name in Arabic pages too, rather than nothing).
 */
export const Place = PlaceRecord.transform((p) => ({ ...p, nameAr: p.nameAr ?? p.nameEn }));
export type Place = z.output<typeof Place>;

/** Whether the place's Arabic name comes from a source (false: nameAr is the English fallback). */
export function hasArabicName(p: Pick<Place, "nameAr">): boolean {
  return /[\u0600-\u06ff]/.test(p.nameAr);
}

export const Gazetteer = z.object({
  version: z.literal(1),
  places: z.array(Place),
});
export type Gazetteer = z.output<typeof Gazetteer>;
/** The file's form, before the Arabic fallback is applied. */
export type GazetteerRecord = z.input<typeof Gazetteer>;

export function precisionOfKind(kind: PlaceKind): Precision {
  return kind === "city" ? "point" : kind;
}
