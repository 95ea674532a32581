import type { ClaimKind } from "../schema/article";
import { normalizeText } from "../text/normalize-ar";
import type { ActorMatcher, ActorMention } from "./actors";
import type { PassageEvidence } from "./claim-context";
import { BELONG_WORDS, FROM_WORDS, MEMBER_OF, TO_WORDS } from "./cues";
import type { ResolvedPlace } from "./disambiguate";
import type { Cue } from "./outcomes";

/** Who gave and who received a pledge, who left and where to, from the passage's mentions. */
export function route(ev: PassageEvidence, actors: ActorMention[], cueStart: number, kind: ClaimKind): { from?: string; to?: string } {
  const before = (m: ActorMention, k: number) => ev.tokens[m.tokenStart - k]?.norm;
  const near = (m: ActorMention, words: Set<string>) => [1, 2, 3].some((k) => words.has(before(m, k) ?? ""));
  // "المنتمين إلى داعش" / "members of ISIS": the group they come from, not where they go.
  const belongs = (m: ActorMention) => [1, 2, 3].some((k) => BELONG_WORDS.has(before(m, k) ?? "")) || MEMBER_OF.has(before(m, 1) ?? "");
  const ms = actors;
  // "accepted the pledge of allegiance from Boko Haram", "قبل تنظيم الدولة بيعة جماعة بوكو حرام":
  // the group right after the pledge noun gives it (unless "to"/"ل" marks it as the receiver),
  // and the group the sentence is about receives it.
  if (kind === "pledge") {
    const text = ev.passage.text;
    const noun = normalizeText(text.slice(cueStart, cueStart + 12)).split(" ")[0] ?? "";
    const giver = /^(?:[وف]?[بل]?(?:ال)?بيعه|pledges?|allegiance)$/u.test(noun)
      ? ms.find((m) => m.start > cueStart && !m.prefix.endsWith("ل") && PLEDGE_OF.test(normalizeText(text.slice(cueStart + noun.length, m.start)) + " "))
      : undefined;
    if (giver) {
      const receiver =
        ms.filter((m) => m.actor.id !== giver.actor.id && m.end <= cueStart).pop() ??
        ms.find((m) => m.actor.id !== giver.actor.id && (m.prefix.endsWith("ل") || near(m, TO_WORDS)));
      if (receiver) return { from: giver.actor.id, to: receiver.actor.id };
    }
  }
  // "فك ارتباطه بتنظيم القاعدة", "severed ties with al-Qaeda", "renounced its allegiance to AQIM":
  // the group named right after the cue is the one left, whatever "to" or "ب" says; the group
  // that leaves is where the move goes (or the group it then swore to).
  if (kind === "defection") {
    const lead = (m: ActorMention) => normalizeText(ev.passage.text.slice(Math.max(0, m.start - 48), m.start)) + " ";
    const left = ms.find((m) => m.start >= cueStart && SEVERED.test(lead(m)));
    if (left) {
      const others = ms.filter((m) => m.actor.id !== left.actor.id);
      const to = others.find((m) => m.start > left.start && SWORN_TO.test(lead(m))) ?? others.filter((m) => m.end <= cueStart).pop() ?? others[0];
      return { from: left.actor.id, to: to?.actor.id };
    }
  }
  const viaLam = (m: ActorMention) => m.prefix.endsWith("ل");
  // "مبايعته لزعيم تنظيم الدولة": sworn to a group's leader is sworn to the group.
  const isTo = (m: ActorMention) => viaLam(m) || ((near(m, TO_WORDS) || near(m, LEADER_TO)) && !belongs(m));
  // Allegiance is sworn "ل" (to) someone; prefer that reading for pledges.
  const order = kind === "pledge" ? [viaLam, isTo] : [isTo];
  let to: ActorMention | undefined;
  for (const f of order) to ??= ms.find((m) => m.start >= cueStart && f(m)) ?? ms.find(f);
  // "بايع ... تنظيم القاعدة" / "pledged allegiance to X": the object after the cue.
  if (!to && kind === "pledge") {
    const after = ms.filter((m) => m.start >= cueStart && !belongs(m));
    // "بايعت جماعة المرابطون زعيم القاعدة": verb first, the first group after it is the one
    // swearing and the next the one sworn to.
    const verbFirst = !ms.some((m) => m.end <= cueStart) && after.length >= 2 && after[1]!.actor.id !== after[0]!.actor.id;
    to = verbFirst ? after[1] : after[0];
  }
  // "The Islamic State, to which Boko Haram pledged allegiance": the head of "to which" receives.
  const relative = ms.find(
    (m, i) => i > 0 && /(?:to (?:which|whom)|الذي بايعه\S*|التي بايعت\S*)\s*$/u.test(normalizeText(ev.passage.text.slice(Math.max(0, m.start - 24), m.start))),
  );
  if (relative) {
    const head = ms.filter((m) => m.end <= relative.start && m.actor.id !== relative.actor.id).pop();
    if (head) return { from: relative.actor.id, to: head.actor.id };
  }
  // "split from AQIM and pledged allegiance to ISIS", "انشقاقها عنه ومبايعتها تنظيم الدولة": a
  // defection goes to the group its faction swore to.
  if (!to && kind === "defection") to = ms.find((m) => m.start >= cueStart && SWORN_TO.test(normalizeText(ev.passage.text.slice(Math.max(0, m.start - 40), m.start)) + " "));
  // "Ansaru, a group that split from Boko Haram": leaving X for the group the sentence is about.
  if (!to && kind === "defection" && ms.length >= 2) {
    const source = ms.find((m) => near(m, FROM_WORDS) && m.start >= cueStart);
    if (source) to = ms.find((m) => m.actor.id !== source.actor.id);
  }
  const toId = to?.actor.id;
  const rest = ms.filter((m) => m.actor.id !== toId);
  const closestBefore = rest.filter((m) => m.end <= cueStart).pop();
  const from = rest.find((m) => belongs(m) || near(m, FROM_WORDS)) ?? closestBefore ?? rest[0];
  // A group never pledges to itself: with one group named, it is the one pledged to.
  return { from: from?.actor.id !== toId ? from?.actor.id : undefined, to: toId };
}

/** Between a pledge noun and the group that gives it: "of allegiance from", "from", "of", or nothing ("بيعة جماعة"). */
const PLEDGE_OF = /^(?:(?:of allegiance\s+)?(?:from|of|by)(?:\s+the)?)?\s*$/u;

/** Words that end right before the group a defection leaves: "ties with", "ارتباطه ب", "renounced its allegiance to". */
const SEVERED =
  /(?:ارتباط\S*\s*ب?|(?:ties|links|relations) with(?: the)?|(?:renounc\w*|disavow\w*) (?:its |their |his )?(?:allegiance|pledge|loyalty|bay'ah)(?: to(?: the)?)?)\s+$/u;

/** Words that end right before the group sworn to: "pledged allegiance to", "declared loyalty to", "ومبايعتها". */
const SWORN_TO = /(?:(?:allegiance|loyalty|fealty) to(?: the)?|pledg\w* (?:\S+ )?to(?: the)?|[وف]?(?:ال)?(?:مبايع|بايع)\S*|(?:ولاء\S*|الولاء) (?:ل|الي)\S*)\s+$/u;

/**
 * Where a pledge or a defection itself took place: a place told in the act's sentence up to its
 * last party ("in Algeria, fighters swore allegiance to al-Qaeda"; "fighters of al-Nusra in Abu
 * Kamal pledged allegiance to ISIS"). What the sentence tells after the act ("joined ISIS, and
 * was killed in a strike in Helmand", "on the border with Iraq") or a possessive ("Nigeria's
 * Boko Haram") is not where the act happened: then the claim takes no place.
 */
export function actPlaces(text: string, places: ResolvedPlace[], cue: Cue, parties: { start: number; end: number }[], clause: { start: number; end: number }): ResolvedPlace[] {
  const inClause = parties.filter((m) => m.start >= clause.start && m.start < clause.end);
  const to = Math.max(cue.end, ...inClause.map((m) => m.end));
  const sentenceStart = Math.max(clause.start, text.slice(0, cue.start).search(/[.!?؟]\s[^.!?؟]*$/u) + 1);
  return places.filter(
    (p) =>
      p.end > p.start && p.start >= sentenceStart && p.end <= to && !/^['’]s\s/u.test(text.slice(p.end, p.end + 3)) && !inClause.some((m) => p.start < m.end && m.start < p.end),
  );
}

const LEADER_TO = new Set(["لزعيم", "لامير", "لقائد", "لخليفه", "وزعيمه", "لزعيمه"]);

/** Two groups named only as a choice ("ISWAP or Ansaru", "داعش أو القاعدة"). */
export function alternatives(text: string, mentions: ActorMention[], ends: (string | undefined)[]): boolean {
  const party = mentions.filter((m) => ends.includes(m.actor.id));
  return party.some((a, i) => {
    const b = party[i + 1];
    return b !== undefined && b.actor.id !== a.actor.id && /^\s*,?\s*(?:or|او|أو)\s*$/iu.test(normalizeText(text.slice(a.end, b.start)));
  });
}

/** A group's parent, its parent's parent and so on. */
export function ancestors(id: string, actors: ActorMatcher): Set<string> {
  const out = new Set<string>();
  for (let p = actors.byId.get(id)?.parent; p && !out.has(p); p = actors.byId.get(p)?.parent) out.add(p);
  return out;
}

// "ISGS leader al-Sahrawi", "al-Sahrawi, the leader of ISGS", "زعيم تنظيم ... الصحراوي": the head
// of a group acts for it. "a leader of", "أحد قادة": one commander acts in his own name.
const HEAD_AFTER_GROUP = /^(?:['’]s)?\s*(?:\S+\s+)?(?:leader|emir|chief|head|founder|caliph)\s*,?\s*$/u;
const HEAD_BEFORE_GROUP = /^\s*[,،]?\s*(?:(?:the|its)\s+)?(?:\S+\s+)?(?:leader|emir|chief|head|founder|caliph)\s+of\s+(?:the\s+)?$|^\s*[,،]?\s*(?:زعيم|امير|قائد|مؤسس|خليفه)\s*$/u;
const HEAD_WORD_AR = /(?:^|\s)(?:زعيم|امير|قائد|مؤسس)\s*$/u;
const MEMBER_BEFORE_GROUP =
  /^\s*[,،]?\s*(?:(?:a|one of the|another|a senior|a top)\s+(?:\S+\s+)?(?:leaders?|commanders?|emirs?|figures?|members?)\s+(?:of|in)\s+(?:the\s+)?|(?:احد|ابرز|احد ابرز)?\s*(?:ال)?(?:قاده|قيادي|قياديي|قيادات|امراء|اعضاء)\s*(?:في)?\s*)$/u;

/** Persons named with a group they lead (head: true) or serve in as one of its commanders (head: false). */
export function leadersOf(text: string, mentions: ActorMention[]): Map<string, { group: string; head: boolean }> {
  const out = new Map<string, { group: string; head: boolean }>();
  const persons = mentions.filter((m) => m.actor.kind === "person");
  const groups = mentions.filter((m) => m.actor.kind === "group");
  const between = (a: { end: number }, b: { start: number }) => (b.start >= a.end && b.start - a.end <= 48 ? normalizeText(text.slice(a.end, b.start)) + " " : undefined);
  for (const p of persons) {
    for (const g of groups) {
      const gp = between(g, p);
      const pg = between(p, g);
      const lead = normalizeText(text.slice(Math.max(0, g.start - 12), g.start));
      if (pg !== undefined && MEMBER_BEFORE_GROUP.test(pg)) {
        if (!out.has(p.actor.id)) out.set(p.actor.id, { group: g.actor.id, head: false });
      } else if ((gp !== undefined && (HEAD_AFTER_GROUP.test(gp) || (HEAD_WORD_AR.test(lead) && /^\s*[,،]?\s*$/u.test(gp)))) || (pg !== undefined && HEAD_BEFORE_GROUP.test(pg))) {
        out.set(p.actor.id, { group: g.actor.id, head: true });
      }
    }
  }
  return out;
}
