import type { ClaimKind } from "../schema/article";
import { normalizeText } from "../text/normalize-ar";
import type { CueFamily } from "./cues";
import { rolesAt, type Participant } from "./roles";

/**
 * What a cue says happened, once the roles around it are known: whose loss, attack or presence
 * it is, or no claim at all (a state's recruits, fleeing civilians, a purpose, a revenue "loss").
 * Kept apart from claims.ts, which turns outcomes into claims with places, dates and confidence.
 */

const uniq = <T>(xs: T[]) => [...new Set(xs)];

export interface Cue {
  family: CueFamily;
  kind: ClaimKind;
  start: number;
  end: number;
}

// A count of people right after the verb: "lost 12 soldiers", "captured 20 ISIS militants", "قتل 20 من عناصر".
const PEOPLE_OBJECT =
  /^\s*(?:(?:\d+|dozens|scores|several|hundreds|some|عشرات|العشرات|مئات|المئات)\s+(?:of\s+|من\s+)?(?:\S+\s+)?|(?:the\s+)?)(?:soldiers?|troops|men|militants?|fighters?|members|policem[ae]n|civilians|people|hostages|جنود|جنديا|جنديين|عناصر|مسلحين|مقاتلين|مدنيين|اشخاص|شخصا|رهاين)(?![\p{L}])/u;

// What is seized that is not ground: "seized three gun trucks", "seizing the dead troops' weapons",
// "استولوا على عدد من المركبات العسكرية". A few words may stand before the thing (a count, an owner),
// never "and"/"or" nor a comma (a second object after a town: "seized Baiji and its weapons",
// "captured Khanabad, seizing ammunition" still took the town).
const THING_OBJECT =
  /^\s*(?:(?:on|upon|علي)\s+)?(?:(?!(?:and|or|then|after|before|in|at|from|near|town|city|village|base|area|مدينه|بلده|قريه|منطقه|في|قرب)\s)[^\s,،.;؛:]+\s+){0,4}?(?:(?:gun\s*)?trucks?|vehicles?|motorcycles?|motorbikes?|cars?|tanks?|weapons?|arms|ammunition|munitions?|rifles?|guns?|equipment|explosives|supplies|cash|money|funds|livestock|cattle|(?:ال)?(?:اسلحه|سلاح|اسلحت\S*|ذخاير|ذخيره|مركبات|مركبه|اليات|اليه|اليتين|سيارات|سياره|عربات|عربه|دبابات|دبابه|دراجات|معدات|عتاد|اموال|مواشي))(?![\p{L}])/u;

// What a group can lose that is not ground: "lost 3.5 percent of its revenue", "خسر تمويله".
const NOT_TERRITORY =
  /^\s*(?:\S+\s+){0,5}?(?:revenue|income|funding|funds|money|support|popularity|appeal|momentum|leaders?|commanders?|ايرادات\S*|عائدات\S*|عايدات\S*|تمويل\S*|اموال\S*|دخل\S*|قاده|قادته|قادتها|زعيم\S*)/u;

const STATE_RECRUITS =
  /(?:army|police|military|security|soldier)\s+recruit|recruit\w*\s+(?:for|into|to)\s+(?:the\s+)?(?:army|police|military|security forces)|(?:الجيش|الشرطه|القوات|قوات الامن)\s+\S*\s*(?:تجنيد|مجند)|(?:تجنيد|مجند\S*)\s+(?:في|ب)\s*(?:ال)?(?:جيش|شرطه|قوات)/u;

const FALL_NOUN = /^(?:[وفبل]{0,2}(?:ال)?)(?:سقوط|انهيار)$|^(?:fall of|collapse of|the fall of)$/u;

/** A death told as something that happened to the subject: "killed", "wounded", "قتلوا", "لقي مصرعه". */
const PASSIVE_DEATH = /^(?:killed|wounded|injured|slain|قتل|قتلوا|قتلا|اصيب|اصيبوا)$/u;
/** Between the group and "killed": its members and an auxiliary at most ("ISIS fighters were killed"). */
const RIGHT_BEFORE_DEATH =
  /^(?:(?:fighters|militants|members|commanders?|leaders?|insurgents|jihadists|مقاتلو|مقاتلي|عناصر|مسلحو|مسلحي|قاده|قياديو)\s*)?(?:(?:were|was|have been|had been|are|is)\s*)?$/u;
/** Members of a group as the subject of a passive seizure: "fighters were captured". */
const MEMBERS_TAKEN = /^(?:fighters?|militants?|members?|commanders?|leaders?|insurgents?|jihadists?)\s+(?:were|was|have been|had been|has been)$/u;
/** What killed them, right after the verb: "in a US raid", "by troops", "during an air strike", "في غارة". */
const KILLED_BY =
  /^\s*(?:in|during|by|after|في|خلال|اثر|جراء|بنيران)\s+(?:(?:a|an|the)\s+)?(?:\S+\s+){0,3}?(?:raids?|strikes?|air ?strikes?|airstrikes?|drones?|operations?|shelling|bombardment|offensive|troops|forces|soldiers|army|police|commandos?|غار\S*|قصف\S*|عمليه|عمليات|اشتباك\S*|قوات|الجيش|الطيران|طائر\S*|ضرب\S*)/u;

const DEATH_NOUN = /^(?:[وفبل]{0,2}(?:ال)?)(?:مقتل|اغتيال|وفاه|مصرع)$|^(?:killing|death|assassination)$/u;

// "جماعة أنصار الشريعة المرتبطة بتنظيم القاعدة", "JNIM, linked to al-Qaeda": a descriptor.
export const DESCRIPTOR =
  /(?:^|\s)(?:المرتبطه|المرتبط|المرتبطين|التابعه|التابع|الموالي|المواليه|المقربه|المقرب|فرع|ذراع|واجهه|واجهه محليه|linked to|tied to|affiliated (?:with|to)|allied (?:with|to)|aligned (?:with|to)|an offshoot of|a branch of|an affiliate of|a front for|offshoot of|affiliate of|branch of)\s*$/u;

const COUNTED_MEMBERS = /(?:\d+|عشرات|مئات|الاف|العشرات|المئات|dozens|hundreds|scores)\s+(?:من\s+|of\s+)?(?:\S+\s+)?(?:مقاتلي|عناصر|مسلحي|اعضاء|its|the)?\s*$/u;

const FLEEING_PEOPLE =
  /(?:^|\s)(?:[وبل]?(?:ال)?(?:اطفال|اطفالا|مدنيين|مدنيون|سكان|السكان|عائلات|نازحين|اهالي|الاف)|children|civilians|residents|families|people|thousands|villagers)(?:\s|$)/u;

// After an unvowelled "قتل" (killed / was killed): a member of the group named next is the victim.
const MEMBER_VICTIM =
  /^\s*(?:\S+\s+){0,2}?(?:ال)?(?:قيادي|قياديا|قياديين|قياديان|عنصر|عنصرا|عنصرين|عناصر|مسلحا|مسلحين|زعيم|امير|قائد|مسوول|عضو|اعضاء|مقاتل|مقاتلا|مقاتلين)(?:\s+(?:بارز|بارزا|سابق|سابقا|كبير|كبيرا|في|من)){0,2}\s*(?:ب)?$/u;

// The event that caused deaths, told between the death noun and the group: "في هجوم ل", "بتفجير نفذه".
const BY_ATTACK =
  /(?:^|\s)(?:[وف]?(?:في|ب|خلال|اثر|جراء|عقب)\s*(?:ال)?(?:هجوم|هجمه|هجمات|تفجير|تفجيرات|انفجار|كمين|اعتداء|عمليه)|(?:in|during)\s+(?:an?|the)\s+(?:\S+\s+)?(?:attack|bombing|ambush|raid|assault|blast))/u;

const FORCED_TO = /(?:^|\s)(?:forc\w*|forcing|caus\w*|prompt\w*|[وف]?(?:اجبر|ارغم|دفع|اجبار|ارغام)\S*)\s+(?:\S+\s+){0,4}?(?:to|علي|الي)\s+$/u;

/** A verb of doing between the act and the members: "نفذه", "شنها", "نفذهما". */
const DONE_BY = /(?:^|\s)(?:نفذ|شن|قام|زرع)\S*\s/u;

/** Stripping with the stripped as its pronoun: "وصولا إلى تجريده من كل مناطق سيطرته". */
const OUSTED_PRONOUN = /^[وفبل]{0,2}تجريد(?:ه|ها|هم)$/u;

const ARABIC = /\p{Script=Arabic}/u;

/** What introduces the holder after a presence cue: "controlled by", "held by". */
const HELD_BY_STATE = /^\s*(?:by|من قبل)\s/u;

/** Losing, not fleeing or withdrawing: only a place lost is lost *to* someone. */
const LOSING = /^(?:lost|los(?:e|es|ing)\b|surrender|[وف]?(?:[يت]?خسر|خساره|[يت]?فقد|فقدان|[يت]ستسلم|استسلم|استسلام))/u;
/** Surrendering names whom to with "ل" on the word itself: "استسلموا لمسلحي طالبان". */
const SURRENDER = /^(?:surrender|[وف]?(?:[يت]ستسلم|استسلم|استسلام))/u;
/** Right before the group that gained: "to (the)", "لصالح". */
const GAINED_BY = /(?:^|\s)(?:to(?: the)?|[وف]?لصالح(?: (?:مقاتلي|مسلحي|عناصر))?)\s$/u;

// Verbs whose unvowelled form is not read as a passive with the group's members as victims.
const ACTIVE_ONLY = /^[وف]?(?:[يت]?فجر|[يت]?قصف|اطلق|اغار|[يت]غير|[يت]?هاجم|[يت]?قتحم|اقتحم)/u;

/** A conjunction that opens a clause of its own between a subject and a later verb. */
const SUBORDINATE = /(?:^|\s)(?:after|following|before|as|when|once|بعد|عقب|اثر|إثر|قبل|حين|عندما|بينما)\s/u;

/** A participant named for attacking: "the attackers", "assailants", "المهاجمون". */
const ATTACKER_NOUN = /(?:attackers|assailants|raiders|مهاجمون|مهاجمين|مغيرون|مغيرين)$/u;

/** Armed actors that are neither states nor groups of the lexicon. */
export const OTHER_FACTION = /(?:houthi|حوثي|tribal|tribesmen|عشائر|militiamen|rebels)/u;

/** What killed the subject, a word or three after the death: "in a drone strike", "بغارة جوية", "by a US missile". */
const STRUCK_BY =
  /^\s*(?:\S+\s+){0,3}?(?:(?:in|during|by|after)\s+(?:(?:an?|the)\s+)?(?:\S+\s+){0,2}?(?:strikes?|airstrikes?|air raids?|drones?|bombardment|missiles?)|[وف]?(?:ب|في |جراء |اثر |بنيران )(?:ال)?(?:غار\S*|قصف\S*|ضربه جويه|ضربات جويه|طائر\S*|صاروخ\S*|مسير\S*))/u;

export const PAST = /(?<![\p{L}])(?:[وف]?(?:كان|كانت|كانوا)|had|was|were)(?![\p{L}])/u;

export const STILL = /(?<![\p{L}])[وف]?(?:still|remains?|currently|now|لا يزال|لا تزال|ما زال|ما زالت|مازال|مازالت|لا زال|لا زالت|حاليا)(?![\p{L}])/u;

export interface Outcome {
  kind: ClaimKind;
  groups: string[];
  cue: Cue;
  /** How sure the roles are: 1 for a clear agent, lower for guesses. */
  strength: number;
  /** Where to look for the date, when a claim was split by place. */
  dateAt?: number;
  /** A pledge already routed (one of several receivers). */
  route?: { from: string; to: string };
}

// Where a sentence turns to another fact: "but", "while", semicolons ("then" goes on with the same
// act; "after" often carries the group a loss needs: "في حالة من الفوضى بعد خسارة ...").
const CLAUSE_BREAK_RE = /[;؛]|\s(?:but|while|whereas|although|however|meanwhile|[وف]?لكن\S*|بينما|فيما|في حين|غير ان)\s/gu;

// A relative clause set off by commas ("the highway, which links the group's strongholds in
// Mosul and Raqqa,", "الطريق الذي يربط بين معقلي التنظيم في الموصل والرقة،") tells a fact of its own.
const RELATIVE_RE = /(?:^|\s)(?:[وف]?(?:الذي|التي|الذين)|which|who)\s[^,،.;؛\n]*/gu;

/** Words right before the group a defection leaves: "from", "out of", "من", "عن". */
const LEFT_FROM = /(?:^|\s)(?:from|out of|[وف]?من|[وف]?عن)(?:\s+the)?\s*$/u;

/**
 * "controlled by al-Qaeda for around a year until the group was ejected in 2012", "سيطر ... حتى
 * طرد منها": a state that an end cut short. The end is an act of its own (the loss, with its
 * date); the state before it is over. Only an "until" that a loss follows in its sentence cuts
 * ("until now", "حتى المدنيين" do not).
 */
const UNTIL_RE = /\s(?:until|till|[وف]?حتى|[إا]لى [أا]ن)\s/gu;
const ENDING_FAMILIES = new Set<CueFamily>(["oust", "lose", "retake"]);

export function untilCuts(text: string, cues: Cue[]): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(UNTIL_RE))
    if (cues.some((c) => ENDING_FAMILIES.has(c.family) && c.start > m.index && c.start - m.index <= 60 && !/[.!?؟]/u.test(text.slice(m.index, c.start)))) out.push(m.index);
  return out;
}

export function clauseSpans(text: string, extraCuts: number[] = []): { start: number; end: number }[] {
  const cuts = new Set<number>(extraCuts);
  for (const m of text.matchAll(CLAUSE_BREAK_RE)) cuts.add(m.index);
  for (const m of text.matchAll(RELATIVE_RE)) {
    cuts.add(m.index);
    if (m.index + m[0].length < text.length) cuts.add(m.index + m[0].length);
  }
  const at = [...cuts].filter((i) => i > 0).sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  let last = 0;
  for (const i of at) {
    out.push({ start: last, end: i });
    last = i;
  }
  out.push({ start: last, end: text.length + 1 });
  return out;
}

export function outcomes(text: string, cue: Cue, parts: Participant[]): Outcome[] {
  const groupIds = (ps: Participant[]) => uniq(ps.filter((p) => p.role === "group").flatMap((p) => p.ids));
  const all = groupIds(parts);
  if (all.length === 0) return [];
  const r = rolesAt(text, cue, parts);
  const agentGroup = r.agent?.role === "group" ? r.agent.ids : undefined;
  const agentState = r.agent?.role === "state";
  const others = groupIds(r.others).filter((id) => !agentGroup?.includes(id));
  const peopleObject = PEOPLE_OBJECT.test(normalizeText(text.slice(cue.end, cue.end + 40)));
  const o = (kind: ClaimKind, groups: string[], strength: number): Outcome[] => (groups.length ? [{ kind, groups, cue, strength }] : []);
  // "after Houthi rebels seized Sanaa": an armed actor outside the lexicon that is not a state
  // takes ground from a group only when the text names it after the actor ("from AQAP", "drove AQAP out").
  const faction = r.agent?.role === "state" && OTHER_FACTION.test(normalizeText(text.slice(r.agent.start, r.agent.end)));
  const losers = faction ? groupIds(r.others.filter((p) => p.start >= r.agent!.end)) : all;
  switch (cue.family) {
    case "attack":
    case "claimed":
      // "مقتل زعيمه بغارة جوية", "its leader was killed in a drone strike": a strike on the group
      // places it there; it is never the group's attack.
      if (
        agentGroup &&
        (DEATH_NOUN.test(normalizeText(text.slice(cue.start, cue.end))) || PASSIVE_DEATH.test(normalizeText(text.slice(cue.start, cue.end)))) &&
        STRUCK_BY.test(normalizeText(text.slice(cue.end, cue.end + 60)))
      )
        return o("presence", agentGroup, 0.6);
      // "مقتل البغدادي", "the killing of X": who follows a noun of death is the victim.
      // "مقتل 4 جنود في هجوم لتنظيم القاعدة": a group after the attack that caused the deaths did it.
      if (
        agentGroup &&
        r.agent!.start >= cue.end &&
        DEATH_NOUN.test(normalizeText(text.slice(cue.start, cue.end))) &&
        !BY_ATTACK.test(normalizeText(text.slice(cue.end, r.agent!.start)))
      )
        return o("presence", agentGroup, 0.5);
      // "800 من مقاتلي القاعدة قتلوا": counted members before an unvowelled قتل were killed.
      // (Only the unvowelled Arabic verb is read so: "Dozens of Taliban fighters attacked" acted.)
      if (
        agentGroup &&
        r.agent!.end <= cue.start &&
        !peopleObject &&
        PASSIVE_DEATH.test(normalizeText(text.slice(cue.start, cue.end))) &&
        /\p{Script=Arabic}/u.test(text.slice(cue.start, cue.end)) &&
        COUNTED_MEMBERS.test(normalizeText(text.slice(Math.max(0, r.agent!.start - 30), r.agent!.start)) + " ")
      )
        return o("presence", agentGroup, 0.6);
      // "Baghdadi killed in US raid", "ISIS fighters were killed in an air strike", "قتل عناصر من
      // داعش في غارة": a group before a death told in the passive, then what killed it, was hit.
      {
        const subject = agentGroup ? r.agent! : r.voice === "passive" ? r.others.filter((p) => p.role === "group" && p.end <= cue.start).pop() : undefined;
        if (
          subject &&
          subject.end <= cue.start &&
          RIGHT_BEFORE_DEATH.test(normalizeText(text.slice(subject.end, cue.start))) &&
          PASSIVE_DEATH.test(normalizeText(text.slice(cue.start, cue.end))) &&
          KILLED_BY.test(normalizeText(text.slice(cue.end, cue.end + 60)))
        )
          return o("presence", subject.ids, 0.6);
      }
      // "قتل قيادي في تنظيم القاعدة", "اغتيال عنصرين من داعش": the group's member was the victim.
      // (Not after a bombing, shelling or raid verb: "فجر عناصر داعش المنازل" is the members acting.)
      if (
        agentGroup &&
        r.agent!.start >= cue.end &&
        MEMBER_VICTIM.test(normalizeText(text.slice(cue.end, r.agent!.start))) &&
        !ACTIVE_ONLY.test(normalizeText(text.slice(cue.start, cue.end))) &&
        // "هجومان نفذهما عناصر القاعدة": a verb of doing between makes the members the act's authors.
        !DONE_BY.test(normalizeText(text.slice(cue.end, r.agent!.start)))
      )
        return o("presence", agentGroup, 0.6);
      if (agentGroup) return o("attack", agentGroup, 1);
      // An army, a drone or an air strike hit the group: it was there, it did not attack. With
      // no agent at all, only a group marked as the target ("an attack on ISIS positions") was there.
      return agentState || r.others.some((p) => p.role === "group" && p.marked) ? o("presence", all, agentState ? 0.8 : 0.5) : [];
    case "retake":
      // A group retaking a town holds it; anyone else retaking it took it from the groups.
      if (agentGroup && r.voice === "active")
        return [
          ...o("presence", agentGroup, 0.9),
          ...o(
            "territorial-loss",
            others.filter((id) => r.others.some((p) => p.ids.includes(id) && p.marked)),
            0.7,
          ),
        ];
      return o("territorial-loss", losers, r.agent ? 0.9 : 0.7);
    case "take":
      // "seized three gun trucks", "استولوا على أسلحة": spoils, not a place; the attack, if told, stays.
      // The object follows the subject when the verb comes first ("سيطر مسلحو داعش على أسلحة").
      {
        const objectAt = r.agent && r.agent.start >= cue.end && /^\s*(?:\S+\s+)?$/u.test(text.slice(cue.end, r.agent.start)) ? r.agent.end : cue.end;
        if (THING_OBJECT.test(normalizeText(text.slice(objectAt, objectAt + 60)))) return [];
      }
      // "ISIS fighters were captured in Mosul": people taken, not a town; the group was there.
      if (r.voice === "passive" && r.others.some((p) => p.role === "group" && p.end <= cue.start && MEMBERS_TAKEN.test(normalizeText(text.slice(p.end, cue.start)))))
        return o("presence", all, 0.6);
      if (agentGroup)
        return [
          ...o(peopleObject ? "attack" : "presence", agentGroup, 0.9),
          ...o("territorial-loss", peopleObject ? [] : others.filter((id) => r.others.some((p) => p.ids.includes(id) && p.marked)), 0.7),
        ];
      if (agentState) return o(peopleObject ? "presence" : "territorial-loss", peopleObject ? all : losers, peopleObject ? 0.7 : 0.9);
      // "استعادة X من التنظيم", "Mosul was retaken": taken from the group.
      return o(r.voice === "passive" || r.others.every((p) => p.role !== "group" || p.marked) ? "territorial-loss" : "presence", all, 0.5);
    case "oust": {
      // "the group suffered a defeat", "مُني التنظيم بهزيمة": the subject is the loser.
      // The verb may come first: "مني التنظيم بهزائم".
      const suffered =
        agentGroup &&
        /(?:^|\s)(?:suffer\w*|sustain\w*|تكبد\S*|مني|منيت|يمني)(?:\s|$)/u.test(
          normalizeText(text.slice(Math.max(0, r.agent!.start - 8), r.agent!.start) + " " + text.slice(r.agent!.end, cue.start)),
        );
      // "وصولا إلى تجريده", "its defeat" (هزيمته): a noun of ouster whose pronoun is the group named before.
      if (agentGroup && others.length === 0 && r.agent!.end <= cue.start && OUSTED_PRONOUN.test(normalizeText(text.slice(cue.start, cue.end))))
        return o("territorial-loss", agentGroup, 0.7);
      // A group after "طرد"/"victory over"/"the liberation of" is what was ousted.
      const activeAgent = agentGroup && r.voice === "active" && !suffered && r.agent!.end <= cue.start;
      // "IS expelled Syrian troops from Mayadeen", "طرد داعش قوات النظام من تدمر": a group that
      // drives troops out holds the place.
      if (activeAgent && others.length === 0 && r.others.some((p) => p.role === "state" && p.start > cue.start)) return o("presence", agentGroup, 0.7);
      return o("territorial-loss", activeAgent ? others : losers, r.agent ? 0.9 : 0.7);
    }
    case "lose": {
      // "we lost 12 soldiers", "the army withdrew": a state's losses are not a group's.
      if (peopleObject || NOT_TERRITORY.test(normalizeText(text.slice(cue.end, cue.end + 60)))) return [];
      // "forcing thousands to flee", "أجبرت السكان على الفرار": those made to flee lost nothing.
      if (FORCED_TO.test(normalizeText(text.slice(Math.max(0, cue.start - 50), cue.start)) + " ")) return [];
      // "lost Kunduz to the Taliban", "فقدت السيطرة على قندوز لصالح طالبان": the group it went to gained it.
      const gainers = [r.agent, ...r.others].filter(
        (p): p is Participant =>
          !!p &&
          p.role === "group" &&
          p.start >= cue.end &&
          (GAINED_BY.test(normalizeText(text.slice(Math.max(cue.end, p.start - 24), p.start)) + " ") ||
            (SURRENDER.test(normalizeText(text.slice(cue.start, cue.end))) && /^[وف]?ل/u.test(normalizeText(text.slice(p.start, p.end))))),
      );
      if (gainers.length && LOSING.test(normalizeText(text.slice(cue.start, cue.end)))) {
        const won = uniq(gainers.flatMap((p) => p.ids));
        return [
          ...o("presence", won, 0.8),
          ...o(
            "territorial-loss",
            (agentGroup ?? []).filter((g) => !won.includes(g)),
            0.7,
          ),
        ];
      }
      // A noun of loss names who lost right after it: "انسحاب القوات", "the retreat of ISIS".
      // Right after it, in the same sentence (English names the loser with "of": "the retreat of ISIS").
      const next = r.others.find(
        (p) =>
          p.start >= cue.end &&
          p.start - cue.end <= 12 &&
          !/[.!?؟:;؛]/u.test(text.slice(cue.end, p.start)) &&
          (ARABIC.test(text.slice(cue.start, cue.end)) || /^\s+of\s/u.test(text.slice(cue.end, p.start + 1))),
      );
      if (next) return next.role === "group" ? o("territorial-loss", next.ids, 0.9) : [];
      if (agentState) return [];
      // "seized Idlib after its rival withdrew", "سيطر ... إثر انسحاب": the subject of the main
      // clause is not who withdrew in the clause subordinated to it.
      if (agentGroup && r.agent!.end <= cue.start && SUBORDINATE.test(normalizeText(text.slice(r.agent!.end, cue.start)))) return [];
      // "أعدموا أطفالا حاولوا الفرار", "residents fled": people, not the group, fled.
      if (agentGroup && FLEEING_PEOPLE.test(normalizeText(text.slice(r.agent!.end, cue.start)))) return [];
      // "بعد سقوط الموصل", "after the fall of Mosul": a noun with no subject; the loser is the
      // group named after it ("سقوط الرقة، عاصمة تنظيم الدولة"), not the sentence's subject.
      if (FALL_NOUN.test(normalizeText(text.slice(cue.start, cue.end)))) {
        const after = r.others.filter((p) => p.role === "group" && p.start >= cue.end).concat(r.agent && r.agent.start >= cue.end && r.agent.role === "group" ? [r.agent] : []);
        return o("territorial-loss", uniq(after.flatMap((p) => p.ids)), 0.6);
      }
      if (agentGroup) return o("territorial-loss", agentGroup, 0.9);
      return o("territorial-loss", all, 0.5);
    }
    case "enter":
      // "attackers entered Magumeri", "اقتحم المهاجمون": men named for attacking came to attack.
      return agentGroup ? o(ATTACKER_NOUN.test(normalizeText(text.slice(r.agent!.start, r.agent!.end))) ? "attack" : "presence", agentGroup, 0.8) : [];
    case "presence":
    case "fight":
      // "areas controlled by the SDF", "الخاضعة لسيطرة الجيش": held by a state, not by the groups named.
      if (cue.family === "presence" && HELD_BY_STATE.test(normalizeText(text.slice(cue.end, cue.end + 12)) + " ")) {
        const next = [r.agent, ...r.others].filter((p): p is Participant => !!p && p.start >= cue.end).sort((a, b) => a.start - b.start)[0];
        if (next?.role === "state") return [];
      }
      return o("presence", all, 0.8);
    case "pledge":
    case "defection":
      // Direction is decided later by route(); a pledge or a defection needs both parties named
      // ("عشرات المقاتلين بايعوا القاعدة" does not say whose fighters they were).
      // A defection may name only the group left ("انسحابها من هيئة تحرير الشام", "fighters
      // broke away from Boko Haram"): the move is known from where it starts.
      if (
        all.length === 1 &&
        cue.kind === "defection" &&
        parts.some((p) => p.role === "group" && p.start >= cue.end && LEFT_FROM.test(normalizeText(text.slice(Math.max(0, p.start - 16), p.start))))
      )
        return o(cue.kind, all, 0.6);
      return all.length >= 2 ? o(cue.kind, all, 0.8) : [];
    case "recruitment":
      // "army recruits", "تجنيد في الجيش", a state enlisting: no group's recruitment.
      if (agentState || STATE_RECRUITS.test(normalizeText(text.slice(Math.max(0, cue.start - 16), cue.end + 16)))) return [];
      return o(cue.kind, agentGroup ?? all, 0.8);
    default:
      return o(cue.kind, agentGroup ?? all, 0.8);
  }
}
