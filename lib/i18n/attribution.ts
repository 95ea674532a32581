/**
 * A claim's attribution ("according to …") in the interface language.
 *
 * The extractor writes attributions in English: for Arabic articles from a small phrase table
 * (lib/extract/attribution.ts: outlets, "<nationality> <service> sources", "some analysts", "a
 * broadcaster linked to <group>"), for English ones as the article's own words. The table's
 * phrases are rendered back into Arabic from the same vocabulary; anything else is the article's
 * wording and is shown as a quotation in its own language, never machine-translated.
 */
export interface AttributionText {
  text: string;
  lang: "ar" | "en";
  /** The article's own words, to be shown in quotation marks. */
  quoted: boolean;
}

const OUTLETS_AR: Record<string, string> = {
  "the Guardian": "الغارديان",
  "the New York Times": "نيويورك تايمز",
  "the Washington Post": "واشنطن بوست",
  Reuters: "رويترز",
  AFP: "وكالة فرانس برس",
  "the Associated Press": "وكالة أسوشيتد برس",
  "the BBC": "بي بي سي",
  "Al Jazeera": "الجزيرة",
};

/** Nationality adjectives: feminine (agreeing with مصادر) and masculine definite (with الأمن). */
const NATION_AR: Record<string, [fem: string, mascDef: string]> = {
  Algerian: ["جزائرية", "الجزائري"],
  Iraqi: ["عراقية", "العراقي"],
  Syrian: ["سورية", "السوري"],
  Yemeni: ["يمنية", "اليمني"],
  Afghan: ["أفغانية", "الأفغاني"],
  Nigerian: ["نيجيرية", "النيجيري"],
  Nigerien: ["نيجرية", "النيجري"],
  US: ["أمريكية", "الأمريكي"],
};

const SOURCES = /^(?:(Algerian|Iraqi|Syrian|Yemeni|Afghan|Nigerian|Nigerien|US) )?(?:(internal security|security|military|local) )?sources$/;

function sourcesAr(phrase: string): string | undefined {
  const m = SOURCES.exec(phrase);
  if (!m) return undefined;
  const nation = m[1] ? NATION_AR[m[1]] : undefined;
  switch (m[2]) {
    case "internal security":
      return `مصادر في الأمن الداخلي${nation ? ` ${nation[1]}` : ""}`;
    case "security":
      return `مصادر أمنية${nation ? ` ${nation[0]}` : ""}`;
    case "military":
      return `مصادر عسكرية${nation ? ` ${nation[0]}` : ""}`;
    case "local":
      return `مصادر محلية${nation ? ` ${nation[0]}` : ""}`;
    default:
      return `مصادر${nation ? ` ${nation[0]}` : ""}`;
  }
}

function phraseAr(phrase: string, groupAr: (nameEn: string) => string | undefined): string | undefined {
  const outlet = OUTLETS_AR[phrase];
  if (outlet) return outlet;
  const sources = sourcesAr(phrase);
  if (sources) return sources;
  if (phrase === "some analysts") return "بعض المحللين";
  const linked = /^(a broadcaster|a media outlet)(?: linked to (.+?)(?: \([A-Z]+\))?)?$/.exec(phrase);
  if (linked) {
    const what = linked[1] === "a broadcaster" ? "إذاعة" : "وسيلة إعلام";
    if (!linked[2]) return what;
    const group = groupAr(linked[2]);
    return group ? `${what} مرتبطة بـ${group}` : undefined;
  }
  return undefined;
}

/** `groupAr` gives a group's Arabic name from its English one (the lexicon's), if known. */
export function attributionIn(text: string, lang: "en" | "ar", groupAr: (nameEn: string) => string | undefined = () => undefined): AttributionText {
  if (lang === "en") return { text, lang: "en", quoted: false };
  const via = /^(.+), via (.+)$/.exec(text);
  if (via) {
    const src = phraseAr(via[1]!, groupAr);
    const out = phraseAr(via[2]!, groupAr);
    if (src && out) return { text: `${src}، عبر ${out}`, lang: "ar", quoted: false };
  }
  const whole = phraseAr(text, groupAr);
  return whole ? { text: whole, lang: "ar", quoted: false } : { text, lang: "en", quoted: true };
}
