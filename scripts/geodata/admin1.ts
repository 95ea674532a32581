import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { ISO2_TO_ISO3, type Iso2 } from "./countries-meta";
import { cleanName } from "./inputs";
import { englishVariants } from "./variants";

/** The few Natural Earth admin-1 fields the build reads. */
export interface RawAdmin1Props {
  iso_3166_2: string;
  iso_a2: string;
  name_en: string;
  name: string;
  name_ar: string;
  name_alt: string;
  gn_id: number;
  wikidataid: string;
  latitude: number;
  longitude: number;
}
export type Area = Polygon | MultiPolygon;
export type RawAdmin1 = Feature<Area, RawAdmin1Props>;

export interface Province {
  iso: string;
  country: (typeof ISO2_TO_ISO3)[Iso2];
  nameEn: string;
  nameAr: string;
  aliasesEn: string[];
  aliasesAr: string[];
  point: [number, number];
  geonamesId?: number;
  wikidataId?: string;
  geometry: Area;
}

interface Fix {
  iso?: string;
  nameEn?: string;
  nameAr?: string;
  /** Replaces the source aliases entirely: the source ones belong to another province. */
  aliasesEn?: string[];
  aliasesAr?: string[];
  /** The source wikidata id names a different entity. */
  dropWikidata?: boolean;
}

/**
 * Natural Earth gives Panjshir and Daykundi the codes of the provinces they were split from
 * in 2004 (duplicate AF-PAR and AF-URU), with the parent's names; only gn_id tells them apart.
 */
const FIX_BY_GEONAMES_ID: Record<number, Fix> = {
  6957555: { iso: "AF-PAN", nameEn: "Panjshir", nameAr: "بنجشير", aliasesEn: ["Panjshayr", "Panjsher"], aliasesAr: ["بانشير"], dropWikidata: true },
  6957553: { iso: "AF-DAY", nameEn: "Daykundi", nameAr: "دايكندي", aliasesEn: ["Daikundi", "Daykondi"], aliasesAr: [], dropWikidata: true },
  // NE swaps these two codes; ISO 3166-2 (and GeoNames via iso3166-2-db) has PIA Paktia, PKA Paktika.
  1131256: { iso: "AF-PKA" },
  1131257: { iso: "AF-PIA" },
};

const FIX_BY_ISO: Record<string, Fix> = {
  // ISO 3166-2 renamed At-Ta'mim to Kirkuk (IQ-KI); NE still has the old code.
  "IQ-TS": { iso: "IQ-KI", nameEn: "Kirkuk" },
  // Both are "Sanaa"/صنعاء in NE; the capital's municipality must not read as the governorate.
  "YE-SA": { nameEn: "Amanat al-Asimah (Sanaa city)", nameAr: "أمانة العاصمة", aliasesAr: ["أمانة العاصمة صنعاء"] },
  "YE-SN": { nameEn: "Sanaa", nameAr: "صنعاء", aliasesEn: ["Sana'a", "Sanaa Governorate"], dropWikidata: true },
};

/**
 * Aliases (English or Arabic) that are wrong or would make a province match a city's name
 * (its capital) or a neighbour's name. Reviewed by hand against the seven countries' NE name_alt values.
 */
const DROP_ALIASES: Record<string, string[]> = {
  "AF-BAL": ["Mazar-i-Sharif", "Mazar"],
  "AF-FYB": ["Maimana", "Meymaneh"],
  "AF-HEL": ["Girishk"],
  "AF-JOW": ["Shibarghan"],
  "AF-NIM": ["Chakhansur"],
  "AF-PAR": ["Charikar"],
  "AF-PIA": ["Southern Province"],
  "AF-PKA": ["Paktiya", "Paktya", "Southern Province"], // Paktika's NE alternates name Paktia
  "AF-WAR": ["Maiden"],
  "DZ-01": ["Duperré"], // colonial name of Aïn Defla, not Adrar
  "DZ-14": ["Tendouf"], // Tindouf's name on Tiaret (and vice versa below)
  "DZ-37": ["Tiaret"],
  "DZ-47": ["GhardaSa", "Gharday"],
  "IQ-AN": ["Ramadi"],
  "IQ-BB": ["Hilla"],
  "IQ-DQ": ["Nasiriyah"],
  "IQ-NI": ["Al-Mawsil", "Mosul", "N¡nive"],
  "IQ-QA": ["Diwaniyah", "الديوانية"],
  "IQ-WA": ["Kut", "Kut-al-Imara"],
  "NG-FC": ["Abuja"],
  "SY-HA": ["Al Jezira", "Jezireh"], // the wider Jazira region, not the governorate
  "SY-RA": ["Al Rashid", "Rashid"],
  "YE-HD": ["HadramautHadramout"],
  "YE-LA": ["Tuban"],
  "YE-MR": ["Al Ghaydah"],
  "YE-SH": ["Ataq"],
};

/** The UNDOF area of separation is not a governorate; Syria administers it as part of Quneitra. */
export const ABSORBED: Record<string, string> = { "SY-X01~": "SY-QU" };

const AR_PREFIX = /^(محافظة|ولاية|منطقة|إقليم)\s+/;

export function stripArabicPrefix(name: string): string {
  return cleanName(name).replace(AR_PREFIX, "");
}

/**
 * An Arabic-script name fit for display and matching, or undefined: sources hold some Latin
 * entries ("Abia State", "Ba’qūba"), vowel marks (صَعدة) and Persian-keyboard letters
 * (ک, ی) that Arabic text spells ك, ي.
 */
export function arabicName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const t = stripArabicPrefix(name)
    .replace(/[\u064b-\u065f\u0670]/g, "")
    .replace(/\u06a9/g, "\u0643")
    .replace(/\u06cc/g, "\u064a");
  if (/[A-Za-z\u00c0-\u024f]/.test(t) || !/[\u0600-\u06ff]/.test(t)) return undefined;
  return t;
}

export function uniq(values: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>(exclude);
  const out: string[] = [];
  for (const raw of values) {
    const v = cleanName(raw);
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/** "Homs (Hims)" -> ["Homs", "Hims"]; "Balh|Mazar" -> ["Balh", "Mazar"]. */
export function splitNames(...values: string[]): string[] {
  return values
    .flatMap((v) => v.split(/[|()]/))
    .map(cleanName)
    .filter(Boolean);
}

function polygons(g: Area): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/**
 * Turns NE admin-1 features into the project's provinces, applying the reviewed fixes.
 * `arabicByIso` holds bare Arabic names from iso3166-2-db, added as aliases.
 */
export function fixAdmin1(raw: RawAdmin1[], arabicByIso: ReadonlyMap<string, string> = new Map()): Province[] {
  const byIso = new Map<string, Province>();
  const absorbed: RawAdmin1[] = [];
  for (const f of raw) {
    const p = f.properties;
    if (ABSORBED[p.iso_3166_2]) {
      absorbed.push(f);
      continue;
    }
    const fix = { ...FIX_BY_ISO[p.iso_3166_2], ...FIX_BY_GEONAMES_ID[p.gn_id] };
    const iso = fix.iso ?? p.iso_3166_2;
    if (byIso.has(iso)) throw new Error(`duplicate province code ${iso} after fixes`);
    const country = ISO2_TO_ISO3[p.iso_a2 as Iso2];
    if (!country) throw new Error(`province ${iso} is outside the seven countries`);
    const nameEn = fix.nameEn ?? cleanName(p.name_en);
    const nameAr = fix.nameAr ?? arabicName(p.name_ar);
    if (!nameAr) throw new Error(`province ${iso} has no Arabic name`);
    const drop = [...(DROP_ALIASES[iso] ?? []), nameEn];
    const aliasesEn = fix.aliasesEn ?? splitNames(p.name, p.name_alt);
    const bareAr = arabicByIso.get(iso);
    const aliasesAr = fix.aliasesAr ?? [p.name_ar, bareAr].map(arabicName).filter((n): n is string => !!n);
    const province: Province = {
      iso,
      country,
      nameEn,
      nameAr,
      // Respellings ("Anbar", "Raqqah") as for towns, after the source's own names; a variant never revives a dropped alias.
      aliasesEn: uniq([...aliasesEn, ...[nameEn, ...aliasesEn].flatMap((n) => englishVariants(n))], drop),
      aliasesAr: uniq(aliasesAr, [nameAr]),
      point: [p.longitude, p.latitude],
      geometry: f.geometry,
    };
    if (p.gn_id > 0) province.geonamesId = p.gn_id;
    if (p.wikidataid && !fix.dropWikidata) province.wikidataId = p.wikidataid;
    byIso.set(iso, province);
  }
  for (const f of absorbed) {
    const target = byIso.get(ABSORBED[f.properties.iso_3166_2]!);
    if (!target) throw new Error(`nothing to absorb ${f.properties.iso_3166_2} into`);
    // Kept as extra polygons here; the topology step dissolves the shared border.
    target.geometry = { type: "MultiPolygon", coordinates: [...polygons(target.geometry), ...polygons(f.geometry)] };
  }
  return [...byIso.values()].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
}
