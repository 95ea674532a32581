import { booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { ISO2_CODES, ISO2_TO_ISO3 } from "./countries-meta";
import type { CountryProps } from "./topology";

/** The slice of i18n-iso-countries the build uses. */
export interface CountryNames {
  getName(code: string, lang: string, options?: { select: "official" | "alias" | "all" }): string | string[] | undefined;
}

export interface CountryOverride {
  nameEn?: string;
  nameAr?: string;
  aliasesEn?: string[];
  aliasesAr?: string[];
}

export interface CountryEntry extends CountryProps {
  aliasesEn: string[];
  aliasesAr: string[];
}

function names(lib: CountryNames, iso3: string, lang: string): string[] {
  const all = lib.getName(iso3, lang, { select: "all" });
  return (Array.isArray(all) ? all : all ? [all] : []).filter(Boolean);
}

/** English and Arabic names from i18n-iso-countries, with reviewed overrides (e.g. "Syria"). */
export function countryEntries(lib: CountryNames, overrides: Record<string, CountryOverride>): CountryEntry[] {
  return ISO2_CODES.map((iso2) => {
    const iso3 = ISO2_TO_ISO3[iso2];
    const en = names(lib, iso3, "en");
    const ar = names(lib, iso3, "ar");
    const o = overrides[iso3] ?? {};
    const nameEn = o.nameEn ?? en[0];
    const nameAr = o.nameAr ?? ar[0];
    if (!nameEn || !nameAr) throw new Error(`no English or Arabic name for ${iso3}`);
    const aliasesEn = [...new Set([...en, ...(o.aliasesEn ?? [])])].filter((n) => n !== nameEn);
    const aliasesAr = [...new Set([...ar, ...(o.aliasesAr ?? [])])].filter((n) => n !== nameAr);
    return { iso3, iso2, nameEn, nameAr, aliasesEn, aliasesAr };
  }).sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
}

export function roundPoint(p: readonly number[], digits = 4): [number, number] {
  const f = 10 ** digits;
  const r = (v: number | undefined) => Math.round((v ?? 0) * f) / f + 0; // + 0 turns -0 into 0
  return [r(p[0]), r(p[1])];
}

/** A point for a label: the centre of mass when it falls inside, else a point surely inside. */
export function labelPoint(area: Feature<Polygon | MultiPolygon>): [number, number] {
  const c = centerOfMass(area);
  const inside = booleanPointInPolygon(c, area) ? c : pointOnFeature(area);
  return roundPoint(inside.geometry.coordinates);
}
