import { normalizeText, normalizeWithMap, originalRange } from "../text/normalize-ar";

/**
 * Who acts on whom in a clause. States, their forces, coalitions and named non-group armed
 * actors (the SDF, the Peshmerga, the Popular Mobilisation, drones, air strikes) are actors of
 * their own kind: they never become groups on the map, but knowing that one of them is the
 * subject of "killed" or "retook" decides whether a group attacked, lost ground or was merely
 * present where it was hit.
 */

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const CL = "(?:[وف]?[بل]?(?:ال)?)";
const NAT =
  "(?:iraqi|syrian|afghan|nigerian|nigerien|yemeni|algerian|u ?s|american|french|russian|turkish|kurdish|british|saudi|emirati|government|pro-government|government-backed|state|security|special|federal|elite|allied|coalition|regime|army|military|local)";

// Personnel nouns are the usual victims of an attack when they follow its verb.
const PERSONNEL_EN = "soldiers?|troops|policem[ae]n|police officers?|officers?|guards?|servicem[ae]n|gendarmes?|recruits";
// "عسكري" with the article is the adjective ("المطار العسكري", "the military airport"), not a soldier.
const PERSONNEL_AR =
  "جنود|جندي|جنديا|جنديين|جنديان|(?<!ال)عسكري|(?<!ال)عسكريين|(?<!ال)عسكريا|شرطي|شرطيا|شرطيين|رجال الشرطه|رجال الامن|افراد الامن|عناصر الامن|عناصر الشرطه|عناصر الجيش|حراس";

const STATE_EN = [
  `(?:${NAT} )*(?:forces|army|military|police|security services|air force|jets|warplanes|aircraft|helicopters?|gunships?|artillery|counter-terrorism service|commandos?|special forces|government|authorities|regime|navy)`,
  "(?:the )?(?:us-led |u ?s-led |international |arab )?coalition",
  "syrian democratic forces|sdf|ypg|peshmerga|popular mobili[sz]ation(?: forces| units)?|hashd(?: al-?shaabi)?|pmf|pmu",
  "civilian joint task force|cjtf|multinational joint task force|mnjtf|joint task force|vigilantes|barkhane|ndsf|andsf|nds",
  "(?:us |american |u ?s |coalition |government |military |afghan |iraqi |syrian |nigerian |saudi |french )?(?:drones?|air ?strikes?|airstrikes?|strikes|raids? by)",
  // "a US raid", "an army operation": a raid qualified by a state is the state's.
  "(?:us|u ?s|american|coalition|government|military|army|commando|special forces|afghan|iraqi|syrian|nigerian|french) (?:raids?|operations?|offensive)",
  "washington|the pentagon|americans|houthis?|tribal fighters|tribesmen|militiamen",
  `(?:${NAT} )*(?:${PERSONNEL_EN})`,
];
const STATE_AR = [
  "الجيش|جيش|قوات|القوات|قواته|قواتها|جيشه|جيشها|الشرطه|شرطه|قوات الامن|الاجهزه الامنيه|الامن|الجهات الامنيه|السلطات|الحكومه|حكومه|النظام|قوات النظام",
  "قوات سوريا الديمقراطيه|قسد|وحدات حمايه الشعب|التحالف|التحالف الدولي|الحشد الشعبي|الحشد|البيشمركه|بيشمركه|جهاز مكافحه الارهاب|الصحوات|العشائر|مقاتلي العشائر|الحوثيون|الحوثيين|الحوثي|حرس الحدود|الدرك|الولايات المتحده|واشنطن",
  "طائرات|طائره|طيران|الطيران|غاره|غارات|الغاره|الغارات|ضربه جويه|ضربات جويه|مقاتلات|مروحيات|مسيره|مسيرات|المدفعيه",
  PERSONNEL_AR,
];

// Longest alternatives first: "قوات سوريا الديمقراطية" must not stop at "قوات" and leave
// "سوريا" to be read as a place.
const longestFirst = (alts: string[]) =>
  alts
    .flatMap((a) => a.split("|"))
    .sort((a, b) => b.length - a.length)
    .join("|");
// "militant forces", "jihadist forces" are a group's men (see GROUP_ANAPHOR), not a state's.
const STATE_RE = new RegExp(
  `${B}(?:(?<!(?:militant|jihadist|insurgent|islamist) )(?:${STATE_EN.join("|")})${E}|${CL}(?:${longestFirst(STATE_AR)})${E}(?! (?:الجهاديه|المتشدده|المتطرفه)))`,
  "gu",
);
const PERSONNEL_RE = new RegExp(`(?:${PERSONNEL_EN})$|(?:${PERSONNEL_AR})$`, "u");

/** Group anaphora: generic nouns and possessed nouns that refer to the group in focus. */
const GROUP_ANAPHOR = new RegExp(
  [
    // Singular nouns need a determiner: "no group has claimed" is nobody.
    `${B}(?:the|its|their|these|those) (?:[a-z-]+ )?(?:group|militants?|jihadists?|insurgents?|extremists?|terrorists?|gunmen|attackers|assailants|raiders|fighters|militia|organi[sz]ation|outfit|movement|network|alliance|faction|affiliate|offshoot|wing)${E}`,
    `${B}(?<!(?:no|any|other|another|rival|kurdish|tribal|local|government|pro-government) )(?:(?:militant|jihadist|insurgent) forces|militants|jihadists|insurgents|extremists|terrorists|gunmen|attackers|assailants|raiders)${E}`,
    `${B}${CL}(?:تنظيم|التنظيم|الجماعه|جماعه|الجبهه|الشبكه|المسلحين|مسلحين|المسلحون|مسلحون|مسلحو|مسلحي|مسلحا|المتشددين|متشددين|المتشددون|الجهاديين|جهاديين|الجهاديون|الارهابيين|ارهابيين|الارهابيون|المتمردين|المتمردون|مقاتليه|مقاتليها|مقاتلوه|مقاتلوها|مقاتلي التنظيم|عناصره|عناصرها|عناصر التنظيم|عناصر الجماعه|الحركه|المتطرفين|المهاجمون|المهاجمين|مهاجمون|مهاجمين|المغيرون|المغيرين)${E}`,
  ].join("|"),
  "gu",
);

/** Event anaphora ("the attack", "الهجوم"): the passage goes on about the event in focus. */
const EVENT_ANAPHOR = new RegExp(
  `${B}(?:the|this|that) (?:attack|bombing|blast|assault|ambush|raid|killing|massacre|operation|explosion)${E}|${B}${CL}(?:الهجوم|الاعتداء|التفجير|الهجمات|الانفجار|العمليه|الكمين|المجزره|الحادث)${E}`,
  "u",
);

/** Place anaphora by the precision they refer to. */
// "the same region" / "المنطقة ذاتها" points back to a region or province named before, not to a
// town; "the area" / "هناك" to whatever place is in focus.
const PLACE_ANAPHOR: [RegExp, "city" | "province" | "region" | "any"][] = [
  [new RegExp(`${B}(?:the|that) (?:city|town|village|district)${E}|${B}${CL}(?:المدينه|البلده|القريه|البلدة|المديريه)${E}`, "u"), "city"],
  [new RegExp(`${B}(?:the|that) (?:province|governorate|state)${E}|${B}${CL}(?:المحافظه|الولايه|الاقليم)${E}`, "u"), "province"],
  [new RegExp(`${B}(?:the same region|the region)${E}|${B}${CL}(?:المنطقه نفسها|المنطقه ذاتها|نفس المنطقه|ذات المنطقه)${E}`, "u"), "region"],
  [new RegExp(`${B}(?:the same area|the area)${E}|${B}${CL}(?:المنطقه|هناك)${E}`, "u"), "any"],
];

export interface StateMention {
  start: number;
  end: number;
  /** Soldiers, policemen: the victims when they follow an attack verb. */
  personnel: boolean;
}

// "موقعين عسكريين", "مقر عسكري": after a noun of place the word is the adjective "military".
const PLACE_NOUN_BEFORE = /(?:^|\s)[وفبل]?(?:موقع|مواقع|مقر|مقرات|مركز|مراكز|هدف|اهداف|معسكر|رتل|موكب|مطار|مستودع|منشا|مبني|قطاع|نقطه|نقاط)\S{0,3}\s$/u;
/** "militant forces", "Taliban forces", "قوات داعش": a group's own men, not a state's. */
const NOT_STATE_BEFORE = /(?:^|\s)(?:militant|jihadist|insurgent|islamist|extremist|rebel)\s$/u;

export function findStateActors(text: string): StateMention[] {
  const nm = normalizeWithMap(text);
  const out: StateMention[] = [];
  for (const m of nm.text.matchAll(STATE_RE)) {
    const lead = nm.text.slice(Math.max(0, m.index - 16), m.index);
    if (/^[وفبل]?عسكري/u.test(m[0]) && PLACE_NOUN_BEFORE.test(lead)) continue;
    if (NOT_STATE_BEFORE.test(lead)) continue;
    out.push({ ...originalRange(nm, m.index, m.index + m[0].length, text.length), personnel: PERSONNEL_RE.test(m[0]) });
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** Subject pronouns that refer to the passage's one named group: "but it lost", "لكنها خسرت". */
const PRONOUN = new RegExp(`${B}(?:it|they)${E}|${B}[وف]?(?:لكنها|لكنه|لكنهم|انها|انه|انهم|اذ انها)${E}`, "gu");

export function findPronouns(text: string): Span[] {
  const nm = normalizeWithMap(text);
  return [...nm.text.matchAll(PRONOUN)].map((m) => originalRange(nm, m.index, m.index + m[0].length, text.length));
}

export function findGroupAnaphora(text: string): Span[] {
  const nm = normalizeWithMap(text);
  return [...nm.text.matchAll(GROUP_ANAPHOR)].map((m) => originalRange(nm, m.index, m.index + m[0].length, text.length));
}

export function hasEventAnaphor(text: string): boolean {
  return EVENT_ANAPHOR.test(normalizeText(text));
}

export function placeAnaphor(text: string): "city" | "province" | "region" | "any" | null {
  const t = normalizeText(text);
  for (const [re, kind] of PLACE_ANAPHOR) if (re.test(t)) return kind;
  return null;
}

/** One participant in a clause: a group (by id) or a state actor. */
export interface Participant extends Span {
  role: "group" | "state";
  ids: string[];
  personnel?: boolean;
  /** An anaphor ("the group") standing for a group named earlier. */
  fromContext?: boolean;
  /** Not in the text at all: the group in focus as the patient of "retook"/"liberated". */
  implicit?: boolean;
  /** Set by rolesAt: introduced as a target or source ("against", "من"). */
  marked?: boolean;
}

// Words that make the following participant a target or the thing lost, not the subject.
const OBJECT_BEFORE = /(?:^|\s)(?:against|on|upon|targeting|from|of|at|into|ضد|علي|عن|من|مواقع|معاقل|اوكار|مقرات|تجمعات|لمواقع|بمواقع|استهداف|لاستهداف|تستهدف|يستهدف|مستهدفه)\s*$/u;
// "dozens of Taliban fighters", "عشرات من مسلحي داعش": "of" after a count says how many, not whom.
const COUNT_OF = /(?:^|\s)(?:\d+|dozens|scores|hundreds|thousands|some|several|many|a number|عشرات|العشرات|مئات|المئات|الاف|عدد|عدد كبير)\s+(?:of|من)$/u;
// "عناصر من تنظيم القاعدة", "a suicide bomber from Islamic State", "fighters of Boko Haram":
// "of"/"from"/"من" after a member noun says whose men they are: such a group can still be the
// subject of an active verb, though it stays marked for the passive reading ("fighters of ISIS
// were killed").
// A quotation may open right before the members: 'إن "عناصر من داعش هاجموا'.
const MEMBERS_OF =
  /(?:^|[\s"«“'(])(?:[وفبل]?(?:ال)?(?:عناصر|عنصر|عنصرا|مسلحين|مسلحون|مقاتلين|مقاتلون|اعضاء|عضو|انتحاري|انتحاريين|انتحاريا|انتحاريون|متشددين|مسلح|مسلحا|مقاتل|مقاتلا)|(?:\w+ )?(?:fighters|militants|members|member|gunmen|insurgents|bombers?|jihadists|commanders?|operatives?))\s+(?:مسلحه\s+|بارزين\s+)?(?:من|of|from)\s*$/u;
// Words after a verb that introduce its agent: "killed by ISIS", "على يد داعش".
const AGENT_BEFORE =
  /(?:^|\s)(?:by|claimed by|carried out by|hands of(?: the)?|blamed on|attributed to|علي يد|علي ايدي|من قبل|شنه|شنها|شنته|شنتها|نفذه|نفذها|نفذته|نفذتها|يشنه|تشنه|يشنها|تشنها|ينفذه|تنفذه|ينفذها|تنفذها|قام بها|قامت بها|قام به|قامت به|تبناه|تبنته|تبناها|شنهما|نفذهما)(?:\s+(?:[وفبل]?(?:عناصر|مسلحين|مسلحي|مقاتلين|مقاتلي)|(?:\w+\s+)?(?:fighters|members|militants|gunmen))(?:\s+(?:من|of|from)(?:\s+the)?)?)?\s*$/u;
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|is|are|got|had been|have been|has been)\s*$/u;
// A clause break between a participant and the verb: the subject of "said" is not the killer.
// ", then seized", "، ثم سيطروا": a new coordinated clause whose subject is the verb's own.
const CLAUSE_BREAK = /[.;؛!?؟]|[,،]\s*(?:ثم|then|and then)(?:\s|$)|(?:^|\s)(?:said|says|added|told|ان|انه|انها|وان|قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اضاف|اضافت)(?:\s|$)/u;

// "مقتل 4 جنود في هجوم", "قتل ضابط وأربعة جنود", "soldiers were killed": soldiers who died are
// the victims of the attack told next, never its agent.
const DEATH_BEFORE = /(?:^|\s)[وف]?(?:مقتل|قتل|اصابه|جرح|مصرع|استشهاد|اغتيال|اصيب|اصيبت|اصيبوا|استشهد|لقي|killing of|deaths? of|killed|wounded|injured)\s+(?:\S+\s+){0,3}$/u;
const DIED_AFTER = /^\s*(?:were|was|have been|had been|are|got)\s+(?:\S+\s+)?(?:killed|wounded|injured|hurt)|^\s*(?:died|قتلوا|لقوا حتفهم|اصيبوا)(?:\s|$)/u;
const victim = (text: string, p: Participant) => !!p.personnel && (DEATH_BEFORE.test(before(text, p.start, 40)) || DIED_AFTER.test(normalizeText(text.slice(p.end, p.end + 30))));

const VSO_GAP = 30;
const ATTACK_NOUN = /^[وفبل]{0,2}(?:ال)?(?:هجوم|هجوما|هجمه|هجمات|هجومين|هجومان|اعتداء|اعتداءات|تفجير|تفجيرات|كمين|كمينا)$/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Between an object and a second verb of the same subject: "... on Sunday and may have". */
const COORDINATED = /^[^.;!?]*\s(?:and|,)\s+(?:(?:may|might|could|would|will|later|then|also|have|has|had|reportedly|subsequently|apparently)\s+)*$/u;
const APPOSITION = /^\s*[,،(][^.;]*?(?:\b(?:that|which|who|whose)\b|الذي|التي|الذين|وهي|وهو)/u;

export type Voice = "active" | "passive";

export interface Roles {
  agent?: Participant;
  /** Participants marked as targets or after the verb that are not the agent. */
  others: Participant[];
  voice: Voice;
}

const before = (text: string, at: number, n = 30) => normalizeText(text.slice(Math.max(0, at - n), at)) + " ";

/**
 * The agent of the verb at `cue`: a participant introduced by "by"/"على يد" after it; else the
 * nearest participant before it in the same clause that is not marked as a target; else (verb
 * first, as Arabic often writes) the first unmarked participant after it that is not a victim.
 */
export function rolesAt(text: string, cue: Span, parts: Participant[]): Roles {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const memo = new Map<Participant, boolean>();
  const marked = (p: Participant) => {
    let v = memo.get(p);
    if (v === undefined) memo.set(p, (v = !!p.implicit || (OBJECT_BEFORE.test(before(text, p.start).trimEnd()) && !COUNT_OF.test(before(text, p.start).trimEnd()))));
    return v;
  };
  const voice: Voice = PASSIVE_BEFORE.test(before(text, cue.start, 16).trimEnd()) ? "passive" : "active";
  // The agent's members may come between: "على أيدي عناصر من بوكو حرام", "by fighters from ISIS".
  const byAgent =
    sorted.find((p) => p.start >= cue.end && AGENT_BEFORE.test(before(text, p.start, 36).trimEnd())) ??
    // "هجوما لمسلحي القاعدة", "في هجوم لداعش": a group joined to a noun of attack by "ل" is its author.
    (ATTACK_NOUN.test(normalizeText(text.slice(cue.start, cue.end)))
      ? sorted.find((p) => p.role === "group" && p.start >= cue.end && /^\s+$/u.test(text.slice(cue.end, p.start)) && /^[وف]?ل/u.test(normalizeText(text.slice(p.start, p.end))))
      : undefined);
  // "a US raid", "an army offensive": the state named in the act's own words did it.
  const holder = sorted.find((p) => p.role === "state" && !p.personnel && p.start <= cue.start && p.end >= cue.end);
  let agent: Participant | undefined = byAgent ?? holder;
  if (!agent && voice === "active") {
    const members = (p: Participant) => p.role === "group" && MEMBERS_OF.test(before(text, p.start));
    const prior = sorted.filter((p) => p.end <= cue.start && (!marked(p) || members(p)) && !victim(text, p));
    let near = prior[prior.length - 1];
    // "Ansaru, an Islamist group that split from Boko Haram, claimed ...": a group inside an
    // apposition or relative clause is not the subject; the one it describes is.
    const k = near ? prior.indexOf(near) : -1;
    if (near && k > 0 && APPOSITION.test(text.slice(prior[k - 1]!.end, near.start)) && /[,،]/u.test(text.slice(near.end, cue.start))) near = prior[k - 1];
    // "X attacked government offices ... and may have captured the area": an English verb
    // coordinated with an earlier one shares its subject, the sentence's first participant.
    if (near && !ARABIC.test(text.slice(cue.start, cue.end)) && COORDINATED.test(text.slice(near.end, cue.start))) {
      const from = Math.max(0, ...[...text.slice(0, near.start).matchAll(/[.!?]\s/gu)].map((m) => m.index + 1));
      near = prior.find((p) => p.start >= from) ?? near;
    }
    if (near && !CLAUSE_BREAK.test(normalizeText(text.slice(near.end, cue.start)))) agent = near;
  }
  // Verb first: the subject follows it closely ("قتل الجيش ...", "هاجم مسلحو داعش ..."). Only
  // Arabic puts the subject after its verb: in English what follows is the object ("attacked
  // government offices").
  if (!agent && voice === "active" && ARABIC.test(text.slice(cue.start, cue.end))) {
    agent = sorted.find(
      (p) =>
        p.start >= cue.end &&
        p.start - cue.end <= VSO_GAP &&
        (!marked(p) || (p.role === "group" && MEMBERS_OF.test(before(text, p.start)))) &&
        !p.personnel &&
        !CLAUSE_BREAK.test(normalizeText(text.slice(cue.end, p.start))),
    );
  }
  return { agent, others: sorted.filter((p) => p !== agent).map((p) => ({ ...p, marked: marked(p) })), voice };
}
