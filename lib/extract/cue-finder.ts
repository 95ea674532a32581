import { normalizeWithMap, originalRange } from "../text/normalize-ar";
import { CUE_FAMILIES, DENIAL, FAMILY_KIND, NEGATION, PLEDGE_TOLD_AGAIN, UNCLEAR, type CueFamily } from "./cues";
import type { Cue } from "./outcomes";

const PURPOSE_FAMILIES = new Set<CueFamily>(["attack", "fight", "retake", "oust", "take"]);

/** Words that make the next verb an aim, not an event ("aimed at", "in a bid to", "الرامية إلى", "بهدف"). */
const PURPOSE_LEAD =
  /(?:^|\s)(?:aim(?:ed|ing|s)? (?:at|to)|in a bid to|seek(?:s|ing)? to|sought to|designed to|intended to|meant to|(?:الرامي|الهادف|الساعي)[هة]? (?:الي|ل)|(?:يرمي|ترمي|يهدف|تهدف|يسعي|تسعي) (?:الي|ل)|بهدف|من اجل|سعيا (?:الي|ل))\s*$/u;

/** "managed to capture", "were able to seize": an aim that was reached is the event itself. */
const ACHIEVED = /(?:^|\s)(?:managed|able|succeeded|went on|proceeded|moved) to $/u;

/** Verbs of condemnation before an attack noun: the subject is not its author. */
const CONDEMN =
  /(?:^|\s)(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|[وف]?(?:ادان|ادانت|دانت|دان|يدين|تدين|ادانه|ندد|نددت|يندد|تندد|تنديد|استنكر|استنكرت|يستنكر|شجب|شجبت)\S*)\s/u;
/** "to plant", "to carry out", "لتنفيذ", "على زرع" right before an attack word: training or intent. */
const PREPARED = /(?:^|\s)(?:to (?:plant|carry out|launch|stage|conduct|mount|make|build|lay)|(?:[وف]?ل|علي )(?:تنفيذ|زرع|شن|صنع|تصنيع))(?:\s+\S+){0,2}\s+$/u;

/**
 * A split named to say where a group comes from, not told as an event: "ISWAP, a splinter group of
 * Boko Haram", "a breakaway faction", "وهو فصيل منشق عن", "الجماعة المنشقة عن". A verb ("split from",
 * "انشقت عن") still tells the split.
 */
const DESCRIBED_SPLIT = /^(?:splinters?|breakaway)$|^[وف]?(?:ال)?منشق(?:ه|ون|ين)?(?: عن)?$/u;
const DESCRIBED_SPLIT_LEAD = /(?:^|\s)(?:a|an|the|its|another|smaller|rival|[وف]?(?:ال)?(?:فصيل|فصايل|جماعه|تنظيم|حركه|جناح|مجموعه)|وهو|وهي)\s+(?:\S+\s+){0,2}$/u;
/** "formed in 2012", "تأسس هذا الأسبوع": the description dates the split, which makes it an event. */
const SPLIT_TOLD =
  /(?:^|\s)(?:formed|founded|created|emerged|set up|established|[وف]?(?:تاسس|تاسست|تشكل|تشكلت|ظهر|ظهرت))\s+(?:\S+\s+){0,3}?(?:in\s+)?(?:(?:19|20)\d\d|this week|last week|هذا الاسبوع|الاسبوع الماضي|عام (?:19|20)\d\d)/u;

/**
 * A base or position that a state owns: "government and army positions", "مقرات حكومية", "مقرات
 * الجيش". The word government names the owner (a target), so the noun places no group there.
 */
const STATE_OWNED_BEFORE = /(?:^|\s)(?:government|army|military|police|security|troops'?|forces'?|soldiers'?|regime)\s+(?:(?:and|or)\s+\S+\s+)?$/u;
const STATE_OWNED_AFTER = /^\s*(?:[وبل]?(?:ال)?(?:حكوميه|حكومه|جيش|شرطه|امن|امنيه|عسكريه|قوات|اداريه|رسميه))(?![\p{L}])/u;
const OWNED_NOUN = /^(?:positions|[وف]?(?:ال)?مقرات\S*)$/u;

/** The sentence around a position (full stop to full stop). */
function sentenceOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("؟ ", at)) + 1;
  const next = text.slice(at).search(/[.!?؟](?:\s|$)/u);
  return text.slice(start, next < 0 ? text.length : at + next);
}

/** The cues of a passage: each act a rule can make a claim of, minus denied, doubted, retold and intended ones. */
export function findCues(text: string): Cue[] {
  const nm = normalizeWithMap(text);
  const cues: Cue[] = [];
  const { families, re } = CUE_FAMILIES;
  // "denied any role in the bombing": a denial governs what follows it in the passage.
  const denial = DENIAL.exec(nm.text)?.index ?? Infinity;
  for (const m of nm.text.matchAll(re)) {
    let i = 0;
    while (i < families.length && m[i + 1] === undefined) i++;
    if (i >= families.length || m.index > denial) continue;
    // "لم يتبن أي تنظيم" / "no group has claimed": a denied act is no claim.
    const lead = nm.text.slice(Math.max(0, m.index - 24), m.index);
    if (NEGATION.test(lead.split(" ").slice(-3).join(" "))) continue;
    // "it is unclear whether the fighters joined ISIS": an open question in the same sentence.
    const sentence = nm.text
      .slice(0, m.index)
      .split(/[.!?؟]\s/u)
      .pop()!;
    if (UNCLEAR.test(sentence)) continue;
    const family = families[i]!;
    // "the pledge did not represent the group", "أعلن البيعة في مسجد": a pledge told again
    // names no parties of its own; the first telling made the claim.
    if (family === "pledge" && (PLEDGE_TOLD_AGAIN.test(lead) || (/^[وف]?البيعه$/u.test(m[0]) && !/^\s*(?:ل|الي)/u.test(nm.text.slice(m.index + m[0].length))))) continue;
    // "attacked government and army positions", "هاجموا مقرات حكومية": the state's, not the group's.
    if (
      family === "presence" &&
      OWNED_NOUN.test(m[0]) &&
      (STATE_OWNED_BEFORE.test(lead + " ") || STATE_OWNED_AFTER.test(nm.text.slice(m.index + m[0].length, m.index + m[0].length + 16)))
    )
      continue;
    // "ISWAP, a splinter group of Boko Haram": who a group came from, not a defection now.
    if (family === "defection" && DESCRIBED_SPLIT.test(m[0]) && DESCRIBED_SPLIT_LEAD.test(lead + " ") && !SPLIT_TOLD.test(sentenceOf(nm.text, m.index))) continue;
    // "لقتال المسلحين", "to fight the militants": a purpose, not an event.
    if (
      PURPOSE_FAMILIES.has(family) &&
      (/^[وف]?ل(?!ل)/u.test(m[0]) && !/^[وف]?ل(?:قي|قد)/u.test(m[0]) ? m[0].length > 4 : / to $/u.test(nm.text.slice(Math.max(0, m.index - 4), m.index))) &&
      !ACHIEVED.test(lead)
    )
      continue;
    // "attract funds and recruits", "new recruits", "a school where recruits gathered": the noun, not the act.
    if (family === "recruitment" && /^recruits?$/u.test(m[0]) && /(?:^|\s)(?:and|or|new|the|of|more|attract\w*|its|their|young|where|fresh|foreign)\s$/u.test(lead)) continue;
    // "The Taliban condemned the attack", "أدانت حركة طالبان الهجوم": whoever condemns an attack did not carry it out.
    if (
      family === "attack" &&
      CONDEMN.test(
        nm.text
          .slice(Math.max(0, m.index - 120), m.index)
          .split(/[.!?؟]\s/u)
          .pop()!,
      )
    )
      continue;
    // "trained boys to plant roadside bombs", "لتنفيذ هجمات": an act trained for or prepared is not one that happened.
    if (family === "attack" && PREPARED.test(nm.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "the campaign aimed at driving the militants out", "الحملة الرامية إلى طرد المسلحين": an aim.
    if (PURPOSE_FAMILIES.has(family) && PURPOSE_LEAD.test(lead)) continue;
    cues.push({ family, kind: FAMILY_KIND[family], ...originalRange(nm, m.index, m.index + m[0].length, text.length) });
  }
  return cues;
}
