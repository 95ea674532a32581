import type { Claim, ClaimKind } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { normalizeText, normalizeWithMap, originalRange } from "../text/normalize-ar";
import type { FoundDate } from "./dates";
import type { ResolvedPlace } from "./disambiguate";

/**
 * The event in focus and the later sentence that locates it. A story often opens with the act
 * at the level of a country or a province ("soldiers killed in an ISIS attack in the east of
 * the country") and tells where it happened a sentence later ("ووقع الهجوم في منطقة ريفية بين
 * محافظتي ديالى وصلاح الدين", "The capture of al-Shadadi in Hasaka province came ..."). That
 * sentence names no agent and often no cue of its own: it is about the event already told, and
 * its place, when it lies inside the event's, is the event's more precise place.
 */

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const CL = "(?:[وف]?[بل]?)";

/** "the attack", "الهجوم": the act told before. "Another attack", "هجوم آخر" is a new one (indefinite, not matched). */
const ATTACK_NOUN = `(?:the|this|that|these|those) (?:attacks?|bombings?|blasts?|assaults?|ambush(?:es)?|raids?|explosions?|suicide bombings?|car bombings?)|${CL}(?:الهجوم|الاعتداء|التفجير|الانفجار|الكمين|الهجمات|الهجومين|التفجيرين)`;
/** "the capture of X", "سقوط X": the change of hands told before. */
const CAPTURE_NOUN = `(?:the|this|that) (?:capture|seizure|fall|takeover|recapture|loss) of|${CL}(?:سقوط|السيطره علي|الاستيلاء علي|استعاده)`;
const EVENT_NOUN = new RegExp(`${B}(?:(${ATTACK_NOUN})|(${CAPTURE_NOUN}))${E}`, "gu");

/** "الهجوم الثاني", "الهجوم الآخر": a second event, never merged into the first ("another attack" is indefinite: not matched). */
const ANOTHER = new RegExp(`^\\s*(?:الاخر|الثاني|الثالث|المنفصل)${E}`, "u");

/** Where the locating clause ends: a stop, a comma, "where", or a second act ("after a bombing in ..."). */
const WINDOW_END = new RegExp(`[.;!?؟؛,،]|${B}(?:where|while|after|before|since|following|than|حيث|بينما|بعد|قبل|منذ|عقب|اثر|فيما)${E}`, "u");

const WINDOW_MAX = 160;

/** Words that chain one place to the next: "in", "near", "province", "في", "بمحافظة", "و". */
const LINKS = new Set(
  "in near at of outside the and province state governorate district region town city village area countryside north south east west northern southern eastern western".split(" "),
);
const LINKS_AR = new Set([
  "في",
  "قرب",
  "بين",
  "محافظه",
  "محافظتي",
  "ولايه",
  "اقليم",
  "مديريه",
  "منطقه",
  "قضاء",
  "ناحيه",
  "مدينه",
  "بلده",
  "قريه",
  "ريف",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "شمالي",
  "جنوبي",
  "شرقي",
  "غربي",
]);

function linked(gap: string): boolean {
  const words = normalizeText(gap)
    .split(/[\s,،-]+/u)
    .filter(Boolean);
  return words.length <= 4 && words.every((w) => LINKS.has(w) || LINKS_AR.has(w.replace(/^[وبلف]/u, "").replace(/^ال/u, "")) || LINKS_AR.has(w) || /^[وب]$/u.test(w));
}

export interface EventAnaphor {
  start: number;
  /** The end of the clause that may locate the event. */
  windowEnd: number;
  kinds: ClaimKind[];
}

/** The first definite mention of an event already told ("the attack", "the capture of"), if any. */
export function findEventAnaphor(text: string): EventAnaphor | null {
  const nm = normalizeWithMap(text);
  for (const m of nm.text.matchAll(EVENT_NOUN)) {
    const after = nm.text.slice(m.index + m[0].length, m.index + m[0].length + 12);

    if (ANOTHER.test(after)) continue;
    const rest = nm.text.slice(m.index + m[0].length, m.index + m[0].length + WINDOW_MAX);
    const cut = rest.search(WINDOW_END);
    const to = m.index + m[0].length + (cut < 0 ? rest.length : cut);
    const { start, end } = originalRange(nm, m.index, to, text.length);
    return { start, windowEnd: end, kinds: m[1] ? ["attack"] : ["territorial-loss", "presence"] };
  }
  return null;
}

/** Does `outer` contain `inner`? A country its provinces and towns, a province its towns, a region its members. */
export function contains(outer: Place, inner: Place): boolean {
  if (outer.id === inner.id) return false;
  if (outer.kind === "country") return inner.kind !== "country" && inner.kind !== "region" && inner.countries.includes(outer.countries[0]!);
  if (outer.kind === "province") return inner.kind === "city" && inner.province === outer.iso;
  if (outer.kind === "region") {
    const m = outer.members ?? [];
    return (inner.kind === "province" && !!inner.iso && m.includes(inner.iso)) || (inner.kind === "city" && !!inner.province && m.includes(inner.province));
  }
  return false;
}

/** One event as told so far: its claims (headline and lede) with the places each was drawn at. */
export interface FocusEvent {
  claims: { claim: Claim; places: Place[] }[];
  /** The count of passages read when it was last told. */
  at: number;
}

/**
 * The places of the locating clause that make the event in focus more precise: each inside
 * every place the event has, the finest kept ("Mayadin, in Deir ez-Zor province" is Mayadin).
 * Nothing when the clause names a place outside the event, a group not in it, or a day of its
 * own other than the event's (then it tells another event).
 */
export function refinedPlaces(opts: {
  text: string;
  anaphor: EventAnaphor;
  event: FocusEvent;
  places: ResolvedPlace[];
  groups: { id: string; start: number; parent?: string }[];
  dates: FoundDate[];
}): Place[] {
  const { anaphor, event } = opts;
  const first = event.claims[0];
  if (!first || !anaphor.kinds.includes(first.claim.kind)) return [];
  const inWindow = (at: number) => at >= anaphor.start && at < anaphor.windowEnd;
  // The first place named and those chained to it ("Mayadin, in Deir ez-Zor province", "محافظتي
  // ديالى وصلاح الدين"); a place after other words ("cuts a route to Raqqa") is not where it happened.
  const inClause = opts.places.filter((p) => p.via === "name" && inWindow(p.start)).sort((a, b) => a.start - b.start);
  const chain = inClause.slice(0, 1);
  for (const p of inClause.slice(1)) {
    if (!linked(opts.text.slice(chain[chain.length - 1]!.end, p.start))) break;
    chain.push(p);
  }
  const named = chain.map((p) => p.place);
  if (!named.length) return [];
  const actors = new Set(first.claim.actors);
  if (opts.groups.some((g) => inWindow(g.start) && !actors.has(g.id) && !(g.parent && actors.has(g.parent)))) return [];
  const day = first.claim.date?.precision === "day" ? first.claim.date.value : undefined;
  if (opts.dates.some((d) => inWindow(d.start) && d.date.precision === "day" && day && d.date.value !== day)) return [];
  // Every place named must lie inside the event's places: one outside is another event's.
  // An event told with no place ("in an attack on an army post") takes any place the clause names.
  const inside = (q: Place) => event.claims.every((c) => !c.places.length || c.places.some((p) => contains(p, q)));
  if (!named.every(inside)) return [];
  const finest = named.filter((q) => !named.some((o) => contains(q, o)));
  return finest.filter((q, i) => finest.findIndex((o) => o.id === q.id) === i);
}

/**
 * "Sources said the attack occurred on Monday afternoon", "The ambush, which took place ... on
 * July 16", "it happened late on Sunday", "وذكرت المصادر أن الهجوم بدأ عصر أمس الأربعاء", "ووقع
 * الحادث فجر اليوم": a sentence that tells when the act already told happened. "It" dates the event
 * only as the subject of a verb of occurrence; a noun needs one too ("the attack on Monday was
 * condemned" dates nothing).
 */
const EVENT_SUBJECT_EN =
  "(?:the|this|that) (?:attacks?|bombings?|blasts?|assaults?|ambush|raids?|explosions?|incident|operation|killings?|massacre|abduction|kidnapping|fighting|clashes|siege|capture|seizure|fall|takeover)";
const OCCUR_EN = "(?:occurred|happened|took place|began|started|unfolded|was carried out|was launched)";
const EVENT_SUBJECT_AR = `${CL}(?:الهجوم|الهجمات|الاعتداء|التفجير|الانفجار|الكمين|الحادث|الحادثه|العمليه|الاشتباكات|المعارك|الاقتحام|الغاره)`;
const OCCUR_AR = "[وف]?(?:وقع|وقعت|يقع|بدا|بدات|جري|جرت|حدث|حدثت|نفذ|نفذت|اندلع|اندلعت|تم)";
// A relative clause may only be the occurrence itself ("the ambush, which took place"): "the
// operation that Iraqi forces began" is the army's act. "العملية العسكرية", "the military
// operation" are the state's.
const STATE_OP = "(?! (?:العسكريه|الامنيه|military|security))";
const GAP_EN = "(?: (?!which |that |who )[^\\s.;!?,]+){0,6}?";
const DATED_EVENT = new RegExp(
  `${B}(?:${EVENT_SUBJECT_EN}${STATE_OP}(?:,? (?:which|that)(?: had)?|${GAP_EN}) ${OCCUR_EN}|it (?:had )?${OCCUR_EN}|${OCCUR_AR} ${EVENT_SUBJECT_AR}${E}${STATE_OP}|${EVENT_SUBJECT_AR}${E}${STATE_OP}(?: [^\\s.;!?؟،,]+){0,3}? ${OCCUR_AR})${E}`,
  "gu",
);
const SENTENCE_END = /[.;!?؟؛\n]/u;

export interface EventDating {
  /** Where the sentence that dates the event starts (its subject) and ends. */
  start: number;
  end: number;
  date: FoundDate;
}

/** The date a sentence gives the event already told, if it tells when that event happened. */
export function findEventDating(text: string, dates: FoundDate[], reported: (d: FoundDate) => boolean): EventDating | null {
  const nm = normalizeWithMap(text);
  for (const m of nm.text.matchAll(DATED_EVENT)) {
    const rest = nm.text.slice(m.index);
    const cut = rest.search(SENTENCE_END);
    const { start, end } = originalRange(nm, m.index, m.index + (cut < 0 ? rest.length : cut), text.length);
    const date = dates.find((d) => d.start >= start && d.end <= end && !reported(d));
    if (date) return { start, end, date };
  }
  return null;
}
