import { normalizeText } from "../text/normalize-ar";
import type { Attribution } from "./attribution";
import type { ResolvedPlace } from "./disambiguate";

/** Words that end right before where a retreat or a flight went: "towards", "into", "باتجاه بلدة". */
const PLACE_NOUN = "(?:(?:the\\s+)?(?:town|city|village|villages|province|region|area|بلده|مدينه|قريه|قري|محافظه|منطقه|مناطق)\\s+(?:of\\s+)?)?";
export const TOWARDS = new RegExp(`(?:^|\\s)(?:towards?|[وف]?باتجاه|بإتجاه|[وف]?نحو|[وف]?صوب)\\s+(?:the\\s+)?${PLACE_NOUN}$`, "u");
export const DESTINATION = new RegExp(`(?:^|\\s)(?:towards?|into|to|back to|[وف]?باتجاه|بإتجاه|[وف]?نحو|[وف]?صوب|[وف]?الي|الى)\\s+(?:the\\s+)?${PLACE_NOUN}$`, "u");

// Direction words before a place make it a landmark: "west of Mosul", "غربي الموصل".
// "north of the state capital, Maiduguri", "near the city of X": the head noun of the landmark may come first.
// "on the road to Niamey", "على الطريق المؤدي إلى": where the road goes, not where the act was.
const LANDMARK =
  /(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?: of)?|(?:\d+ )?(?:km|kilometres|kilometers|miles) (?:from|of|north of|south of|east of|west of|northeast of|northwest of|southeast of|southwest of)|outside|near|close to|(?:(?:north|south|east|west)(?:-?(?:east|west))? of|(?:km|kilometres|kilometers|miles) (?:\S+ )?(?:from|of)|outside|near|close to) (?:the )?(?:[\p{L}'’-]+ )?(?:(?:state|provincial|regional|national|district|border) )?(?:capital|city|town|village)(?: of)?,?|(?:(?:شمال|جنوب|شرق|غرب)(?:ي)?(?: (?:شرق|غرب)(?:ي)?)?|قرب|بالقرب من|ضواحي|(?:كم|كلم|كيلومتر\S*|ميل|اميال) (?:من|عن))(?: (?:مدينه|بلده|قريه|العاصمه))?|(?:road|highway|route) (?:to|towards|leading to)|(?:ال)?طريق (?:\S+ )?(?:المودي |الموصل |الرابط )?(?:الي|نحو|باتجاه)|(?:ال)?طريق(?: \S+[-–])?)\s*$/u;
// "170 km southeast of Yemen's capital", "على بعد 50 كلم من", "على طريق X-": measured or travelled from the town.
const DISTANT =
  /(?:\d+ )?(?:km|kilometres|kilometers|miles|كم|كلم|كيلومتر\S*|ميل|اميال)(?:(?: (?:الي )?(?:ال)?(?:شمال|جنوب|شرق|غرب)\S*(?: (?:ال)?(?:شرق|غرب)\S*)?)?(?: (?:من|عن))?(?: (?:مدينه|بلده|العاصمه))?| (?:\S+ )?(?:from|of)(?: (?:the )?(?:[\p{L}'’-]+ )?(?:(?:state|provincial|regional|national|district) )?(?:capital|city|town)(?: of)?,?)?)$|(?:ال)?طريق(?: \S+[-–])?$|(?:road|highway|route) (?:to|towards|leading to)$/u;
// "the Tera-Niamey road", "near the Niger border": a road or border named after the place.
const REFERENCE_AFTER = /^(?:[-–][\p{L}]+)?\s+(?:road|highway|border|frontier)(?![\p{L}])/iu;
// "with assistance from Niger, Chad and Cameroon", "بمساعدة من النيجر وتشاد": who helped, not where.
const HELPED_BY =
  /(?:with (?:the )?(?:assistance|help|support|backing|aid) (?:of|from)|backed by|supported by|aided by|assisted by|helped by|[وب]?(?:مساعده|دعم|مسانده|اسناد)(?: من)?(?: قوات)?)\s+(?:(?:the\s+)?\S+,?\s+(?:(?:and|و)\s*)?){0,3}$/u;
const BORDER = /(?:borders? (?:with|of)|border with|frontier with|(?:[وب]?ال)?حدود(?:ها)? (?:مع|مع دوله)|(?:[وب]?ال)?حدود)$/u;
// Where a statement was made: "told reporters in Maiduguri", "تحدث للصحفيين في مايدوغوري".
const SPOKEN_AT =
  /(?:(?:told|telling|briefed|briefing) (?:reporters|journalists|the press|a news conference)(?: on \S+)?|(?:speaking|spoke|said)(?: to (?:reporters|journalists))?|(?:news|press) conference)\s+in(?: the (?:city|town|capital)(?: of)?)?$|(?:للصحفيين|للصحافيين|للصحافه|لوسائل الاعلام|للاعلاميين|مؤتمر صحفي(?: عقده)?|[وف]?(?:تحدث|صرح|قال)(?:ت)?(?: \S+)?)\s+(?:[وف]?في|ب)(?: (?:مدينه|بلده|العاصمه))?$/u;
// Whose office speaks: "spokesman for the governor of Paktia province", "حاكم ولاية بورنو".
const OFFICE =
  /(?:governor|deputy governor|mayor|police chief|chief of police|council|district chief|administrator|commissioner)(?: (?:of|for))?(?: the)?(?: (?:province|state|district|governorate) of)?$|(?:operations command|police command|command) (?:of|in|for)(?: the)?$|(?:حاكم|محافظ|والي|قائد شرطه|مدير (?:امن|شرطه)|مجلس|قائمقام|قائم مقام|مدير ناحيه|[بل]?قياده (?:عمليات|شرطه)|[بل]?قياده|[بل]?عمليات)(?: (?:ولايه|محافظه|اقليم|مديريه|قضاء|ناحيه))?$/u;
// "the Salahuddin operations command", "Badghis provincial council": the office follows the name.
const OFFICE_AFTER = /^\s+(?:operations command|police command|provincial (?:council|police|governor|government)|police chief|governor['’]s office)/iu;
// Comparisons name other places: "as in Syria", "على غرار ما حدث في".
const COMPARISON = /(?:like|as|unlike|similar to|compared (?:to|with)|as it did|as they did) (?:in )?$|(?:كما في|مثل|على غرار|علي غرار|كما حدث في|اسوه ب)\s*\S*\s*$/u;

/**
 * "BAGHDAD, July 4 (wire) -", "الموصل (العراق) - (وكالة ...) -": where the story was filed
 * from and when, not where or when anything happened. Returns the offset where the text begins.
 */
export function datelineEnd(text: string): number {
  const m = /^[^\n]{2,120}?\s[-–—]\s/u.exec(text);
  if (!m) return 0;
  const head = m[0];
  const looksLikeDateline = /^[\p{Lu}\s.'-]{3,}[,(]|\((?:[^)]*)\)\s[-–—]\s$|^\S+(?:\s\S+)?\s[-–—]\s/u.test(head);
  if (!looksLikeDateline) return 0;
  // Arabic datelines often run on: "الموصل (العراق) - (وكالة الرافدين للأنباء) -".
  const more = /^\s*\([^)]{1,60}\)\s[-–—]\s/u.exec(text.slice(head.length));
  return head.length + (more ? more[0].length : 0);
}

/** What may stand between a town and the province that locates it: ", in", "(", "which is in the province of", ", the capital of", "في محافظة", "التابعة لمحافظة", "مركز محافظة". */
const LOCATING =
  /^[\s,،(–-]*(?:(?:district|town|city|village|(?:local government )?area|lga|region)\s*,?\s*)?(?:(?:which|that) (?:is|lies) )?(?:(?:located|situated) )?(?:(?:in|of|within)(?: the)?(?: (?:province|governorate|state|region) of)?|(?:the )?(?:(?:provincial|state|regional) )?capital of(?: the)?(?: (?:province|governorate|state) of)?|[وف]?(?:في|ب)|(?:ال)?(?:تابع|تابعه|واقع|واقعه) (?:ل|في|ب)|ضمن|(?:[وف]?هي )?(?:عاصمه|مركز))?\s*(?:(?:[وف]?(?:ب|ل)?(?:ال)?(?:محافظه|ولايه|اقليم))\s*)?$/u;

// "Borno State's Damboa district", "the Adamawa State town of Madagali": the province names the town's whereabouts first.
const POSSESSIVE_BEFORE = /^(?:['’]s\s+(?:the\s+)?|\s+(?:(?:state|province)\s+)?(?:town|city|village|district)\s+of\s+)$/iu;

function locatesTown(text: string, p: ResolvedPlace, places: ResolvedPlace[]): boolean {
  if (p.place.kind !== "province" || !p.place.iso) return false;
  const held = places.filter((t) => t.place.kind === "city" && t.place.province === p.place.iso);
  return held.some(
    (t) =>
      (t.end <= p.start && p.start - t.end <= 40 && LOCATING.test(normalizeText(text.slice(t.end, p.start)))) ||
      (p.end <= t.start && POSSESSIVE_BEFORE.test(text.slice(p.end, t.start))),
  );
}

/** The places of a passage where its events happened: not speakers or where they spoke, offices, comparisons, landmarks or bare nationalities. */
export function eventPlaces(text: string, places: ResolvedPlace[], attribution: Attribution | null): ResolvedPlace[] {
  const lead = (p: ResolvedPlace) => normalizeText(text.slice(Math.max(0, p.start - 40), p.start)) + " ";
  // "مصادر أمنية عراقية" names who speaks, not where things happened.
  const inAttribution = (p: ResolvedPlace) => attribution?.start !== undefined && p.start < attribution.end! && attribution.start < p.end;
  // "Syria's Nusra Front", "Afghanistan's capital": a country in the possessive qualifies a noun.
  let out = places.filter((p) => !inAttribution(p) && !COMPARISON.test(lead(p).trimEnd() + " ") && !(p.place.kind === "country" && /^['’]s\s/u.test(text.slice(p.end, p.end + 3))));
  // "near the border with Niger", "قرب الحدود مع النيجر": the country across a border is a landmark.
  // Helpers are never where it happened, even when nothing else is named.
  out = out.filter((p) => !HELPED_BY.test(lead(p)) && !SPOKEN_AT.test(lead(p).trimEnd()));
  // "the town of Mayadeen, in Deir Ezzor province", "بلدة العظيم بمحافظة ديالى": a province
  // right after one of its towns says where the town is; the town is the place,
  // even when the town is only a landmark ("east of Zinjibar, the capital of Abyan").
  const located = out.filter((p) => locatesTown(text, p, out));
  out = out.filter((p) => !located.includes(p));
  // "near the Niger border", "قرب الحدود مع مالي": the country across a border is a reference,
  // never the event's place, even when nothing else is named (it would put a country on the map
  // that the story is not about).
  const border = (p: ResolvedPlace) => p.place.kind === "country" && (BORDER.test(lead(p).trimEnd()) || /^\s+(?:border|frontier)/iu.test(text.slice(p.end, p.end + 12)));
  out = out.filter((p) => !border(p));
  const reference = (p: ResolvedPlace) => LANDMARK.test(lead(p).trimEnd()) || DISTANT.test(lead(p).trimEnd()) || REFERENCE_AFTER.test(text.slice(p.end, p.end + 30));
  // Only a distance or a road says the event lies away from the town; "near X", "west of X"
  // and "outside X" are at the town for the map's purpose (reporting rarely names the hamlet).
  const distant = (p: ResolvedPlace) => DISTANT.test(lead(p).trimEnd()) || REFERENCE_AFTER.test(text.slice(p.end, p.end + 30));
  const landmark = (p: ResolvedPlace) => reference(p) || OFFICE.test(lead(p).trimEnd()) || OFFICE_AFTER.test(text.slice(p.end, p.end + 30));
  if (out.some((p) => !landmark(p))) out = out.filter((p) => !landmark(p));
  // "a town 170 km southeast of Yemen's capital Sanaa", "على طريق تيرا-نيامي": the event is at a
  // place the text does not name; the town it is measured from is not it. Nothing finer than a
  // country the passage names stands for it (its own mention, so the claim still quotes it).
  else if (out.length > 0 && out.every((p) => distant(p) && p.place.kind !== "country")) {
    const within = new Set(out.flatMap((p) => p.place.countries));
    // "40 km north of Ataq, the capital of Shabwa province": the province named is the finest place left.
    const held = new Set(out.flatMap((p) => (p.place.kind === "city" && p.place.province ? [p.place.province] : [])));
    const provinces = located.filter((p) => p.place.kind === "province" && held.has(p.place.iso ?? ""));
    out = provinces.length > 0 ? provinces : places.filter((p) => p.place.kind === "country" && within.has(p.place.countries[0]!) && !border(p));
  }
  // "Iraqi officials", "Nigerian troops": a nationality alone is a place only when nothing is named.
  if (out.some((p) => p.via === "name")) out = out.filter((p) => p.via === "name");
  return out;
}
