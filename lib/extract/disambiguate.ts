import type { Place, PlaceKind } from "../schema/gazetteer";
import type { Token } from "../text/tokens";
import type { PlaceMention } from "./place-matcher";

/**
 * Picks one place when the same words name several (الجزائر: Algeria or Algiers; الرقة:
 * the city or the governorate). Default order is country, city, region, province: a bare
 * country name means the country, a bare city name the city rather than its governorate.
 * Words next to the name override that: "مدينة"/"العاصمة"/"city" -> city,
 * "ولاية"/"محافظة"/"State"/"province" -> province, and so do the words reporting uses for
 * the land around a city, which is its province: "ريف الرقة", "rural Idlib", "the Raqqa
 * countryside", "the western Diffa region", "منطقة ...".
 */

const DEFAULT_ORDER: PlaceKind[] = ["country", "city", "region", "province"];
const CITY_BEFORE = new Set(["مدينه", "العاصمه", "عاصمه", "بلده", "مدينتي", "بلدتي", "مدن", "بلدات", "city", "town", "capital", "cities", "towns"]);
const CITY_AFTER = new Set(["العاصمه", "city", "town"]);
const PROV_BEFORE = new Set([
  "ولايه",
  "محافظه",
  "اقليم",
  "منطقه",
  "ريف",
  "ولايتي",
  "محافظتي",
  "ولايات",
  "محافظات",
  "province",
  "governorate",
  "state",
  "rural",
  "provinces",
  "governorates",
  "states",
]);
const PART_OF_PROVINCE = new Set(["district", "districts", "village", "villages", "countryside", "قريه", "قري", "مديريه", "مديريات", "قضاء", "ناحيه"]);
const PROV_AFTER = new Set(["state", "province", "governorate", "countryside", "region"]);

/** The kind the words around a name ask for, or null: shared with the matcher's lists. */
export function cueKind(tokens: Token[], m: Pick<PlaceMention, "tokenStart" | "tokenEnd">): PlaceKind | null {
  const before = [tokens[m.tokenStart - 1], tokens[m.tokenStart - 2]];
  const after = tokens[m.tokenEnd];
  // "city of Algiers": skip a connecting "of".
  const b0 = before[0]?.norm === "of" ? before[1] : before[0];
  const stem = (t: Token | undefined) => t?.variants[t.variants.length - 1]?.stem;
  const bw = [b0?.norm, stem(b0)];
  if (bw.some((w) => w && CITY_BEFORE.has(w)) || (after && CITY_AFTER.has(after.norm))) return "city";
  if (bw.some((w) => w && PROV_BEFORE.has(w)) || (after && PROV_AFTER.has(after.norm))) return "province";
  // "a district in Kunduz", "villages of Idlib", "قرية في ريف ...": a part of the land around a
  // city is in its province (reading it coarser never puts a false point on the map).
  const b1 = before[1];
  if (before[0] && (before[0].norm === "in" || before[0].norm === "of" || before[0].norm === "في") && b1 && [b1.norm, stem(b1)].some((w) => w && PART_OF_PROVINCE.has(w)))
    return "province";
  return null;
}

/**
 * "northern Idlib", "southern Kandahar", "شمال إدلب": a compass word right before a name that
 * is both a city and its province means the province, the land around (a province holds its
 * city, so reading it coarser never puts a false point on the map). Not after "of" ("10 km
 * north of Idlib" is the city), and not for a national capital, whose quarters are meant
 * ("western Baghdad", "جنوب كابول").
 */
const COMPASS = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "north",
  "south",
  "east",
  "west",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "شمالي",
  "جنوبي",
  "شرقي",
  "غربي",
]);
/** GeoNames ids of the seven capitals (Baghdad, Damascus, Kabul, Sanaa, Niamey, Algiers, Abuja). */
const CAPITALS = new Set(["city:98182", "city:170654", "city:1138958", "city:71137", "city:2440485", "city:2507480", "city:2352778"]);

function compassProvince(tokens: Token[], m: PlaceMention): boolean {
  const t = tokens[m.tokenStart - 1];
  if (!t || !(COMPASS.has(t.norm) || t.variants.some((v) => COMPASS.has(v.stem)))) return false;
  const cities = m.candidates.filter((c) => c.place.kind === "city");
  return cities.length > 0 && m.candidates.some((c) => c.place.kind === "province") && !cities.some((c) => CAPITALS.has(c.place.id));
}

export interface ResolvedPlace {
  place: Place;
  start: number;
  end: number;
  via: "name" | "nisba";
}

export function disambiguate(tokens: Token[], m: PlaceMention): ResolvedPlace | null {
  const cue = cueKind(tokens, m) ?? (compassProvince(tokens, m) ? "province" : null);
  const rank = (k: PlaceKind) => (k === cue ? -1 : DEFAULT_ORDER.indexOf(k));
  const sorted = [...m.candidates].sort((a, b) => rank(a.place.kind) - rank(b.place.kind));
  // A nationality adjective alone names the country; it names a city only with a city cue.
  const pick = sorted.find((c) => c.via === "name" || c.place.kind === "country" || c.place.kind === cue);
  return pick ? { place: pick.place, start: m.start, end: m.end, via: pick.via } : null;
}
