import { normalizeWithMap, originalRange } from "../text/normalize-ar";
import type { ActorMatcher } from "./actors";

/**
 * Who a passage says its information comes from, rendered in English for the map's
 * tables. Arabic sources are recognised by pattern and rendered from a small phrase table;
 * unknown sources keep their Arabic words rather than a guessed translation.
 */

const OUTLETS: [RegExp, string][] = [
  [/الغارديان|الجارديان|guardian/, "the Guardian"],
  [/نيويورك تايمز|new york times/, "the New York Times"],
  [/واشنطن بوست|washington post/, "the Washington Post"],
  [/رويترز|reuters/, "Reuters"],
  [/فرانس برس|afp/, "AFP"],
  [/اسوشيتد برس|associated press/, "the Associated Press"],
  [/بي بي سي|bbc/, "the BBC"],
  [/الجزيره|al jazeera/, "Al Jazeera"],
];
const NATION: [RegExp, string][] = [
  [/جزايري/, "Algerian"],
  [/عراقي/, "Iraqi"],
  [/سوري/, "Syrian"],
  [/يمني/, "Yemeni"],
  [/افغاني/, "Afghan"],
  [/نيجيري/, "Nigerian"],
  [/نيجري/, "Nigerien"],
  [/امريكي|اميركي/, "US"],
];

function outlet(s: string): string | undefined {
  return OUTLETS.find(([re]) => re.test(s))?.[1];
}

function sources(s: string): { text: string; length: number } | undefined {
  const m = /^مصادر\s+((?:[^\s،,.]+\s*){1,5})/.exec(s);
  if (!m) return undefined;
  const words = m[1]!;
  const nat = NATION.find(([re]) => re.test(words))?.[1];
  const kind = /الامن الداخلي/.test(words) ? "internal security" : /امن|امنيه/.test(words) ? "security" : /عسكري/.test(words) ? "military" : /محليه/.test(words) ? "local" : "";
  return { text: [nat, kind, "sources"].filter(Boolean).join(" "), length: m[0].length };
}

export interface Attribution {
  text: string;
  /** "ذكرت ذلك" / "said this": the passage attributes what came before it. */
  backReference: boolean;
  /** Where in the normalised passage the attribution cue was found (for ordering only). */
  index: number;
  /** Original offsets of the sourcing words, when known: places named there are not claim places. */
  start?: number;
  end?: number;
}

export function findAttribution(passage: string, actors?: ActorMatcher, actorIds: string[] = []): Attribution | null {
  const nm = normalizeWithMap(passage);
  const t = nm.text;
  const backReference = /(?:ذكرت|ذكر|قالت|قال|اوردت|نقلت) ذلك|(?:^|\s)(?:said|reported) this|\bthis was reported\b/.test(t);
  const cited = /(?:نقلا عن|بحسب|حسب|وفقا ل|citing|quoting)\s*(?=مصادر|صحيفه|وكاله)/.exec(t);
  const reportedBy = /(?:ذكرت|ذكر|قالت|افادت|اوردت|نشرت|وفقا ل|بحسب|حسب)\s+(?:ذلك\s+)?(?:صحيفه|وكاله|موقع|قناه|مجله)\s+\S+/.exec(t);
  const out = reportedBy ? outlet(reportedBy[0]) : undefined;
  const after = cited ? t.slice(cited.index + cited[0].length) : "";
  const srcM = cited ? sources(after) : undefined;
  const src = srcM?.text ?? (cited ? outlet(after.slice(0, 40)) : undefined);
  if (out || src) {
    const text = src && out ? `${src}, via ${out}` : (src ?? out)!;
    const from = Math.min(cited?.index ?? Infinity, reportedBy?.index ?? Infinity);
    const to = Math.max(cited && srcM ? cited.index + cited[0].length + srcM.length : 0, reportedBy ? reportedBy.index + reportedBy[0].length : 0, from + 1);
    return { text, backReference, index: from, ...originalRange(nm, from, to, passage.length) };
  }
  const broadcaster = /(?:مذيع|اذاعه|وسيله اعلام|وكاله|قناه)\s+(?:مرتبط|مرتبطه|تابع|تابعه|مقرب|مقربه)\s/.exec(t);
  if (broadcaster) {
    const name = actorIds.map((id) => actors?.byId.get(id)).find((a) => a && a.kind === "group");
    const what = /مذيع/.test(broadcaster[0]) ? "a broadcaster" : "a media outlet";
    return { text: name ? `${what} linked to ${name.nameEn.replace(/^al-/, "al-")}${name.id === "aqap" ? " (AQAP)" : ""}` : what, backReference, index: broadcaster.index };
  }
  const analysts = /(?:بحسب|حسب|وفقا ل|يعتقد|يقول)\s*(?:ال)?بعض(?:\s+(?:ال)?محللين)?|بعض المحللين|some analysts|analysts (?:say|believe|said)/.exec(t);
  if (analysts) return { text: "some analysts", backReference, index: analysts.index };
  const accEn = /according to ((?:the )?[a-z][\w .'-]{2,60}?)(?:,|\.|$| that)/.exec(t);
  if (accEn) return { text: capital(passage, accEn[1]!), backReference, index: accEn.index };
  const saidEn = /(?:^|[,.] )((?:[A-Z][\w'-]+ ){0,4}[A-Z][\w'-]+) (?:said|told|reported)\b/.exec(passage);
  if (saidEn) return { text: saidEn[1]!, backReference, index: 0 };
  const accAr = /(?:وفقا ل|بحسب|حسب|نقلا عن)\s*((?:\S+\s*){1,4})/.exec(t);
  if (accAr) return { text: outlet(accAr[1]!) ?? accAr[1]!.trim(), backReference, index: accAr.index };
  return null;
}

/** Recovers the original capitalisation of an English phrase found in normalised text. */
function capital(original: string, lower: string): string {
  const i = original.toLowerCase().indexOf(lower);
  return i >= 0 ? original.slice(i, i + lower.length) : lower;
}
