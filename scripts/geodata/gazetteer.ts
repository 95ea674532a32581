import { Gazetteer, type CountryIso3, type GazetteerRecord, type PlaceRecord } from "../../lib/schema/gazetteer";
import type { Province } from "./admin1";
import type { City } from "./cities";
import { roundPoint, type CountryEntry } from "./countries";

/** One entry of geodata/sources/regions.json. */
export interface RegionSource {
  id: string;
  nameEn: string;
  nameAr: string;
  aliasesEn: string[];
  aliasesAr: string[];
  members: string[];
  note: string;
}

export interface GazetteerInput {
  countries: readonly (CountryEntry & { point: [number, number] })[];
  regions: readonly (RegionSource & { point: [number, number] })[];
  provinces: readonly Province[];
  cities: readonly City[];
}

const byId = (a: PlaceRecord, b: PlaceRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Countries a region spans, from its members (ISO 3166-2 codes or whole countries' ISO3). */
export function regionCountries(members: readonly string[], provinces: readonly Province[]): CountryIso3[] {
  const countryOf = new Map(provinces.map((p) => [p.iso, p.country]));
  const isos = new Set(provinces.map((p) => p.country as string));
  const out = new Set<CountryIso3>();
  for (const m of members) {
    const c = countryOf.get(m) ?? (isos.has(m) ? (m as CountryIso3) : undefined);
    if (!c) throw new Error(`region member ${m} is not a known province or country`);
    out.add(c);
  }
  return [...out].sort();
}

/**
 * Assembles and validates the gazetteer; ids are unique and places sorted within each kind.
 * Returns the file's form (a town with no Arabic name has none), not the parsed one.
 */
export function buildGazetteer(input: GazetteerInput): GazetteerRecord {
  const countries: PlaceRecord[] = input.countries.map((c) => ({
    id: `country:${c.iso3}`,
    kind: "country",
    countries: [c.iso3 as CountryIso3],
    iso: c.iso3,
    nameEn: c.nameEn,
    nameAr: c.nameAr,
    aliasesEn: c.aliasesEn,
    aliasesAr: c.aliasesAr,
    point: c.point,
  }));
  const regions: PlaceRecord[] = input.regions.map((r) => ({
    id: `region:${r.id}`,
    kind: "region",
    countries: regionCountries(r.members, input.provinces),
    nameEn: r.nameEn,
    nameAr: r.nameAr,
    aliasesEn: r.aliasesEn,
    aliasesAr: r.aliasesAr,
    point: r.point,
    members: [...r.members].sort(),
  }));
  const provinces: PlaceRecord[] = input.provinces.map((p) => ({
    id: `province:${p.iso}`,
    kind: "province",
    countries: [p.country],
    iso: p.iso,
    nameEn: p.nameEn,
    nameAr: p.nameAr,
    aliasesEn: p.aliasesEn,
    aliasesAr: p.aliasesAr,
    point: roundPoint(p.point),
    ...(p.geonamesId !== undefined && { geonamesId: p.geonamesId }),
    ...(p.wikidataId !== undefined && { wikidataId: p.wikidataId }),
  }));
  const cities: PlaceRecord[] = input.cities.map((c) => ({
    id: c.id,
    kind: "city",
    countries: [c.country],
    nameEn: c.nameEn,
    ...(c.nameAr !== undefined && { nameAr: c.nameAr }),
    aliasesEn: c.aliasesEn,
    aliasesAr: c.aliasesAr,
    point: c.point,
    ...(c.province !== undefined && { province: c.province }),
    ...(c.population !== undefined && { population: c.population }),
    ...(c.geonamesId !== undefined && { geonamesId: c.geonamesId }),
  }));
  const places = [countries, regions, provinces, cities].flatMap((group) => group.sort(byId));
  const seen = new Set<string>();
  for (const p of places) {
    if (seen.has(p.id)) throw new Error(`duplicate place id ${p.id}`);
    seen.add(p.id);
  }
  const record: GazetteerRecord = { version: 1, places };
  Gazetteer.parse(record);
  return record;
}

/** One place per line: compact, yet a data change shows up as a readable diff. */
export function stringifyGazetteer(g: GazetteerRecord): string {
  return `{"version":${g.version},"places":[\n${g.places.map((p) => JSON.stringify(p)).join(",\n")}\n]}\n`;
}
