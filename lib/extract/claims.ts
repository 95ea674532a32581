import type { Claim, ClaimKind } from "../schema/article";
import { precisionOfKind, type CountryIso3 } from "../schema/gazetteer";
import { normalizeText } from "../text/normalize-ar";
import type { ActorMention } from "./actors";
import { findAttribution, type Attribution } from "./attribution";
import type { ClaimContext, PassageEvidence } from "./claim-context";
import { eventDate, inRelativeClause, offsetDate, pastState, SAME_YEAR } from "./claim-dates";
import { claimConfidence } from "./confidence";
import { findCues } from "./cue-finder";
import { HEDGE, SAME_TIME } from "./cues";
import { resolveDates, type FoundDate } from "./dates";
import type { ResolvedPlace } from "./disambiguate";
import { datelineEnd, DESTINATION, eventPlaces, TOWARDS } from "./event-places";
import { claimId, dropParents, resolveGroup, uniq } from "./group-resolution";
import { DESCRIPTOR, type Outcome, OTHER_FACTION, outcomes, PAST, STILL, clauseSpans, untilCuts } from "./outcomes";
import { actPlaces, alternatives, ancestors, leadersOf, route } from "./pledge-direction";
import { findQuantities } from "./quantities";
import { findGroupAnaphora, findPronouns, findStateActors, hasEventAnaphor, placeAnaphor, type Participant } from "./roles";
import { summarize } from "./summary";

// Re-exported so callers keep one entry point for the claim rules.
export type { ClaimContext, Focus, PassageEvidence } from "./claim-context";
export { datelineEnd } from "./event-places";
export { claimId, headNoun } from "./group-resolution";

/** What lies between "withdrew"/"انسحابها" and a group it left: "from", "من", "out of". */
const LEFT_GROUP = /^\s*(?:from|out of|من)\s+(?:the\s+)?$/u;

/** An attack told as an event ("in an attack", "هجوم استهدف"), not a death ("were killed", "in the battle"). */
const ATTACK_EVENT =
  /(?:^|\s)(?:[وفبل]{0,2}(?:ال)?(?:هجوم|هجمه|هجمات|تفجير|تفجيرات|انفجار|كمين|اعتداء|عبوه ناسفه|استهدف\S*|هاجم\S*|اقتحم\S*)|(?:attack|bombing|blast|ambush|raid|assault|explosion|suicide bomb|car bomb)\w*|stormed|struck)$/u;

/** Between an attack and the base or positions it hit: "their", "on the", "against army". */
const TARGET_BETWEEN = /^\s+(?:(?:on|against|upon)\s+)?(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w-]+\s+)?$/u;

const ATTACKERS = /(?:attackers|assailants|raiders|مهاجمون|مهاجمين|مغيرون|مغيرين)$/u;

/** ", a jihadist group led by ...,", "، وهي تحالف تقوده ...،": an apposition, up to its closing comma. */
const APPOSITION_SPAN =
  /[,،]\s*(?:an?|one of|itself|formerly|(?:led|headed|spearheaded|run|founded|dominated) by|بقيادة|بقياده|يقودها|تقودها|يقوده|تقوده|وهي|وهو|وهم|احد|احدي|إحدى|أحد)\s[^,،.;؛()]*[,،]/gu;

/** One person named by a demonym: "Algerian (veteran) jihadist", "جهادي جزائري", "القيادي السوري". */
const PERSON_EN = "jihadist|militant|commander|leader|cleric|preacher|national|citizen|man|woman|emir|founder|veteran|fighter|bomber|ideologue|convert|-born";
const PERSON_AR = "جهادي|الجهادي|قيادي|القيادي|قائد|القائد|زعيم|الزعيم|امير|الامير|مواطن|المواطن|رجل|الرجل|داعيه|الداعيه|مسلح|المسلح|مقاتل|المقاتل|انتحاري|الانتحاري|متشدد|المتشدد";
const PERSON_AFTER_NISBA = new RegExp(`^(?:\\s+(?:veteran|former|senior|top|radical|islamist|born|young|jihadist))*\\s*(?:${PERSON_EN})(?![\\p{L}])`, "u");
const PERSON_BEFORE_NISBA = new RegExp(`(?:^|\\s)(?:${PERSON_AR})(?:\\s+\\S+)?\\s*$`, "u");

/** The text itself says the agent is not known: no group may be given the attack. */
const UNKNOWN_AGENT =
  /(?:^|\s)(?:who (?:carried out|was behind|is behind|was responsible)|no (?:group|one) (?:has |have )?claimed|unclear|not clear|unknown|unidentified|[وف]?لم تتبن\S*|[وف]?لم تعلن اي جهه|[وف]?لم يعرف|مجهول\S*|غير معروف\S*)(?:\s|$)/u;

/** Between "فقدت" and "السيطرة": the subject at most ("فقدت القوات الحكومية السيطرة"). */
const LOST_BEFORE = /^\s*(?:[^\s.,،;؛]+\s+){0,3}$/u;
/** Cues whose presence is a seizure or a hold, told beside an attack as a fact of its own ("lost X to the group", "expelled troops"). */
const SEIZING = new Set(["presence", "take", "enter", "retake", "lose", "oust"]);
const ARMY_OF = /(?:troops|forces|soldiers|army|armies|militar\w*|قوات|جيش|جنود|جيوش)\s+(?:from|of|من)\s+(?:\S+,?\s+(?:(?:and|و)\s+)?){0,3}$/u;
/** Cues after which "troops from X" is where they were driven or withdrew from. */
const MOVED_FROM = new Set(["oust", "lose", "retake", "take"]);

/** What may stand between members and the group named after them: "مسلحو تنظيم", "fighters from". */
const MEMBERS_OF_NEXT = /^\s*(?:(?:من|of|from)\s+)?(?:(?:تنظيم|جماعه|حركه|the)\s+)?$/u;

/** A state's noun with nothing to say whose: "forces", "قوات". */
const BARE_FORCES = /^(?:forces|fighters|troops|militia|[وفبل]?قوات)$/u;

const RELATIVE_PRONOUN = /(?:^|\s)((?:[وف]?(?:الذي|التي|الذين)|which|who))\s/gu;

/** Rules: one claim per (kind, groups) cued in the passage, with the passage's event places. */
export function extractClaims(input: PassageEvidence, ctx: ClaimContext): { claims: Claim[]; attribution: Attribution | null; dates?: FoundDate[]; placeless?: Claim[] } {
  const ev = input;
  const { passage } = ev;
  const text = passage.text;
  const actorIds = uniq(ev.actors.map((a) => a.actor.id));
  const attribution = findAttribution(text, ctx.actors, actorIds);
  const focus = ctx.focus ?? {};
  // No cue, no claim: checked first, as most passages of an article have none.
  const cues = findCues(text);
  if (cues.length === 0) return { claims: [], attribution };
  // "the insurgents" beside a named group is that group when it is the only one named.
  const ownGroups = uniq(ev.actors.map((a) => a.actor.id));
  // "the attackers", "المهاجمون" are anyone's men: they stand for a group only when one is in focus.
  const attackersKnown = (g: { start: number; end: number }) =>
    !ATTACKERS.test(normalizeText(text.slice(g.start, g.end))) || ownGroups.length === 1 || (ownGroups.length === 0 && focus.groups?.ids.length === 1);
  const groupAnaphora =
    (ev.actors.length === 0 && focus.groups) || ownGroups.length === 1
      ? [...findGroupAnaphora(text).filter(attackersKnown), ...(ownGroups.length === 1 ? findPronouns(text).filter((p) => p.start >= ev.actors[0]!.end) : [])].filter(
          (g) => !ev.actors.some((a) => g.start < a.end && a.start < g.end),
        )
      : [];
  if (ev.actors.length === 0 && groupAnaphora.length === 0 && !focus.groups) return { claims: [], attribution };
  const stateMentions = findStateActors(text);
  // No group named or referred to: only "troops retook X" can still make a claim (see below).
  if (ev.actors.length === 0 && groupAnaphora.length === 0 && stateMentions.length === 0) return { claims: [], attribution };
  const stateBefore = (at: number) => findStateActors(text).some((st) => st.end <= at && !/[.!?؟]\s/u.test(text.slice(st.end, at)));
  // A threat ("new attacks") is not also an attack.
  const threats = cues.filter((c) => c.family === "threat");
  const live = cues
    .filter((c) => !(c.family !== "threat" && threats.some((t) => c.start < t.end && t.start < c.end)))
    // "هيئة تحرير الشام", "Ansar al-Sharia": a cue word inside a group's name is no act.
    .filter((c) => !ev.actors.some((a) => c.start >= a.start && c.end <= a.end))
    // "attacked their base in Diyala", "an assault on army positions": the base is the target's,
    // not the group's presence ("an attack on ISIS positions" names the group and keeps it).
    .filter(
      (c, _, all) =>
        !(
          c.family === "presence" &&
          all.some(
            (a) => a.family === "attack" && a.end <= c.start && TARGET_BETWEEN.test(text.slice(a.end, c.start)) && !ev.actors.some((m) => m.start >= a.end && m.end <= c.start),
          )
        ),
    )
    // "فقدت السيطرة على", "خسر سيطرته": control that was lost is the loss cue's, not a seizure.
    .filter((c, _, all) => !(c.family === "take" && all.some((l) => l.family === "lose" && l.end <= c.start && LOST_BEFORE.test(text.slice(l.end, c.start)))))
    // "انسحابها من هيئة تحرير الشام", "withdrew from al-Qaeda": leaving a group, not a place.
    // Soldiers withdrawing "من القاعدة" leave a base, not al-Qaeda: a state that withdraws leaves no group.
    .map((c) =>
      c.family === "lose" && ev.actors.some((a) => a.start >= c.end && LEFT_GROUP.test(text.slice(c.end, a.start))) && !stateBefore(c.start)
        ? { ...c, family: "defection" as const, kind: "defection" as const }
        : c,
    );

  // "Taliban forces", "قوات تنظيم داعش": a bare noun of forces next to a group names the group's men.
  const groupsForces = (s: { start: number; end: number }) =>
    BARE_FORCES.test(normalizeText(text.slice(s.start, s.end))) &&
    ev.actors.some(
      (a) =>
        (a.end <= s.start && /^\s?$/u.test(text.slice(a.end, s.start))) ||
        (s.end <= a.start && /^\s*(?:(?:تنظيم|جماعه|حركه)\s*)?$/u.test(normalizeText(text.slice(s.end, a.start)))),
    );
  const states = stateMentions.filter((s) => !ev.actors.some((a) => s.start < a.end && a.start < s.end) && !groupsForces(s));
  // "HTS, a jihadist group led by al-Qaeda's former affiliate, controls Idlib", "هيئة تحرير الشام،
  // وهي تحالف تقوده ...،": a group inside an apposition after another group describes it.
  const appositions = [...text.matchAll(APPOSITION_SPAN)].filter(
    (m) => ev.actors.some((a) => a.end <= m.index && /^\s*$/u.test(text.slice(a.end, m.index))) && !cues.some((c) => c.start >= m.index && c.end <= m.index + m[0].length),
  );
  const inApposition = (a: ActorMention) => appositions.some((m) => a.start > m.index && a.end <= m.index + m[0].length);
  const descriptor = (a: ActorMention) =>
    inApposition(a) ||
    DESCRIPTOR.test(
      normalizeText(text.slice(Math.max(0, a.start - 24), a.start))
        .replace(/[بل]$/u, "")
        .trimEnd(),
    );
  const directedCue = live.some((c) => c.family === "pledge" || c.family === "defection");
  // "ISIS leader Baghdadi was killed", "زعيم تنظيم الدولة البغدادي": the group is the leader's
  // title, not a second participant (pledges read it as the leader acting for the group).
  const heads = [...leadersOf(text, ev.actors)].filter(([, l]) => l.head);
  const title = (a: ActorMention) =>
    !directedCue && heads.some(([person, l]) => l.group === a.actor.id && ev.actors.some((p) => p.actor.id === person && Math.max(a.start - p.end, p.start - a.end) <= 48));
  // "مسلحو تنظيم داعش", "militants from ISWAP": members right before a named group are its own.
  const membersOf = (g: { end: number }) => ev.actors.find((a) => a.start >= g.end && MEMBERS_OF_NEXT.test(normalizeText(text.slice(g.end, a.start))))?.actor.id;
  const parts: Participant[] = [
    ...ev.actors
      .filter((a) => (!descriptor(a) || live.some((c) => c.family === "pledge" || c.family === "defection")) && !title(a))
      .map((a) => ({ start: a.start, end: a.end, role: "group" as const, ids: [a.actor.id] })),
    // "المسلحين الحوثيين", "Houthi militants": an anaphor qualified by another armed actor is that actor's men.
    ...groupAnaphora
      .filter(
        (g) =>
          !states.some(
            (s) =>
              (g.start < s.end && s.start < g.end) ||
              ((/^\s?$/u.test(text.slice(g.end, s.start)) || /^\s?$/u.test(text.slice(s.end, g.start))) && OTHER_FACTION.test(normalizeText(text.slice(s.start, s.end)))),
          ),
      )
      .map((g) => ({
        ...g,
        role: "group" as const,
        ids: [
          membersOf(g) ??
            (ownGroups.length === 1 && ev.actors[0]!.end <= g.start
              ? ownGroups[0]!
              : focus.groups
                ? resolveGroup(text.slice(g.start, g.end), focus, directedCue ? ownGroups : [])
                : ownGroups[0]!),
        ],
        fromContext: !membersOf(g) && (ownGroups.length === 0 || ev.actors[0]!.end > g.start),
      })),
    ...states.map((s) => ({ start: s.start, end: s.end, role: "state" as const, ids: [], personnel: s.personnel })),
  ];
  // "ISIS, which seized Mosul in 2014, ...", "تنظيم داعش الذي سيطر على الموصل": a relative clause
  // is a clause of its own (see clauseSpans) whose subject is the group right before its pronoun.
  for (const r of text.matchAll(RELATIVE_PRONOUN)) {
    const at = r.index + r[0].length - r[1]!.length - 1;
    // "... مرونة الجماعة الإرهابية، التي فقدت ...": with two groups named, "the group" is not
    // resolved for the whole passage, but right before a relative pronoun it is the clause's
    // subject: the group in focus.
    // An adjective may come between ("the terrorist group, which"): one definite word at most.
    const adjacent = (g: { end: number }) => g.end <= at && /^\s*(?:(?:ال|the\s)\S+\s*)?[,،]?\s*$/u.test(text.slice(g.end, at));
    const anaphorHead = ownGroups.length > 1 && focus.groups ? findGroupAnaphora(text).filter(adjacent).pop() : undefined;
    // "Boko Haram, a group which has killed thousands, attacked ...": the group the apposition describes.
    // "بوكو حرام المتشددة الذين", "Boko Haram, a group which": one adjective may come between.
    const head =
      parts
        .filter(
          (x) =>
            x.end <= at &&
            (at - x.end <= 3 || /^\s*[,،]\s*(?:an?|the)\s+[^,،.;]{0,40}$/u.test(text.slice(x.end, at)) || (x.role === "group" && /^\s+ال\S+\s*$/u.test(text.slice(x.end, at)))),
        )
        .pop() ??
      (anaphorHead ? { ...anaphorHead, role: "group" as const, ids: [resolveGroup(text.slice(anaphorHead.start, anaphorHead.end), focus)], fromContext: true } : undefined);
    if (!head) continue;
    parts.push({ ...head, start: at, end: at + r[1]!.length, marked: false });
    // "..., attacked Kirkuk on Friday": the main clause resumes after the relative one, with its subject.
    const resume = text.slice(at).search(/[,،]\s/u);
    if (resume > 0) parts.push({ ...head, start: at + resume + 1, end: at + resume + 1, marked: false });
  }
  // "Troops retook the centre of Tal Afar": retaking and liberating are done to someone; with
  // no group in the passage and a state acting, that is the group in focus.
  let agentless: (typeof live)[number] | undefined;
  if (ev.actors.length === 0 && groupAnaphora.length === 0) {
    const patientCue = live.find((c) => (c.family === "retake" || c.family === "oust") && states.some((st) => st.end <= c.start));
    // "An officer and four soldiers were killed in an attack on their base", under a headline
    // blaming one group: an attack whose clause names no agent is that group's, when it is the
    // only group in focus, last named in the headline, and no state acts before the cue
    // (soldiers are its victims).
    agentless =
      patientCue || focus.groups?.ids.length !== 1 || focus.groups.passageId !== focus.headlineId || UNKNOWN_AGENT.test(normalizeText(text))
        ? undefined
        : live.find(
            (c) =>
              c.family === "attack" &&
              ATTACK_EVENT.test(normalizeText(text.slice(c.start, c.end))) &&
              !live.some((f) => f.family === "fight") &&
              !states.some(
                (st) => st.end <= c.start && !st.personnel && clauseSpans(text).some((k) => k.start <= st.start && c.start < k.end && st.start >= k.start && c.start >= k.start),
              ),
          );
    if (agentless && focus.groups) {
      parts.push({ start: agentless.start, end: agentless.start, role: "group", ids: [focus.groups.ids[0]!], fromContext: true, implicit: true });
      live.splice(0, live.length, agentless);
    } else {
      if (!patientCue || !focus.groups) return { claims: [], attribution };
      parts.push({ start: patientCue.end, end: patientCue.end, role: "group", ids: [focus.groups.ids[0]!], fromContext: true, implicit: true });
      live.splice(0, live.length, patientCue);
    }
  }
  const actorFromContext = ev.actors.length === 0;

  // "القوات العراقية", "Iraqi forces": whose army, not where it acted.
  // "troops from Chad and Niger": whose troops, not where.
  // "expelled troops from Palmyra", "طرد قوات النظام من تدمر": driven out of a place, not troops of it.
  const armyOf = (p: ResolvedPlace) =>
    ARMY_OF.test(normalizeText(text.slice(Math.max(0, p.start - 60), p.start)) + " ") &&
    !live.some((c) => MOVED_FROM.has(c.family) && c.end <= p.start && p.start - c.end <= 40 && !/[.,،;؛]/u.test(text.slice(c.end, p.start)));
  // "Nigeria's government said", "Iraq's army": the state speaking or acting, not a place of the event
  // (a whole word: "the Deir ez-Zor Governorate" is the province, not its governor).
  const stateOf = (p: ResolvedPlace) =>
    /^(?:['’]s)?\s+(?:government|army|military|armed forces|president|prime minister|defen[cs]e ministry|interior ministry|officials|authorities|security sources|police (?:said|chief)|provincial council|governor)(?![\p{L}])/iu.test(
      text.slice(p.end, p.end + 30),
    );
  // "an Algerian veteran jihadist", "الجهادي الجزائري المخضرم": where a person comes from, not where it happened.
  const personOrigin = (p: ResolvedPlace) =>
    (p.via === "nisba" || /(?:ي|يه|ية)$/u.test(text.slice(p.start, p.end))) &&
    (PERSON_AFTER_NISBA.test(normalizeText(text.slice(p.end, p.end + 40))) || PERSON_BEFORE_NISBA.test(normalizeText(text.slice(Math.max(0, p.start - 30), p.start))));
  const ownArmy = (p: ResolvedPlace) => personOrigin(p) || stateOf(p) || (p.via === "nisba" && states.some((s) => p.start < s.end + 3 && s.start < p.end)) || armyOf(p);
  const dateline = datelineEnd(text);
  let places = eventPlaces(
    text,
    ev.places.filter((p) => !ownArmy(p) && p.end > dateline),
    attribution,
  );
  let placeFrom: { passageId: string } | undefined;
  if (places.every((p) => p.via === "nisba") && ev.places.every((p) => p.via === "nisba")) {
    // "the city" / "المدينة" / "the attack": the place in focus, when the passage names none.
    // Claiming responsibility is always for an event already told.
    const want = placeAnaphor(text) ?? (hasEventAnaphor(text) || live.some((c) => c.family === "claimed") ? "any" : null);
    const f =
      want === "city"
        ? (focus.city ?? focus.province)
        : want === "province"
          ? (focus.province ?? undefined)
          : want === "region"
            ? (focus.province ?? focus.place)
            : want === "any"
              ? focus.place
              : undefined;
    if (f) {
      places = [{ place: f.place, start: 0, end: 0, via: "name" }];
      placeFrom = { passageId: f.passageId };
    }
  }

  const dates = resolveDates(text, ctx.published).filter((d) => d.start >= dateline);
  const nt = normalizeText(text);
  const inherited = SAME_TIME.test(nt) && ctx.lastDate ? { ...ctx.lastDate, inferred: true } : SAME_YEAR.test(nt) && focus.year ? { ...focus.year, inferred: true } : undefined;
  const quantities = findQuantities(text);
  const hedged = HEDGE.test(nt);
  const still = STILL.test(nt);
  const pastTense = PAST.test(nt);
  const attr = attribution?.text ?? (ctx.paragraphAttribution?.paragraph === passage.paragraph ? ctx.paragraphAttribution.text : undefined);

  // "AQIM, al-Qaeda's North African branch": with a branch named, its parent's mention is the branch.
  const named = new Set(ev.actors.map((a) => a.actor.id));
  const branchOf = new Map<string, string>();
  for (const id of named) {
    const parent = ctx.actors.byId.get(id)?.parent;
    if (parent && named.has(parent)) branchOf.set(parent, id);
  }
  // Clauses scope places: "it controls A, but lost B" is presence in A and loss of B.
  const untils = untilCuts(text, live);
  const clauses = clauseSpans(text, untils);
  // "سيطر التنظيم على زنجبار حتى طرد منها": the end of a state befalls the group that held it,
  // when the "until" clause names no group of its own.
  for (const at of untils) {
    const c = clauses.find((k) => k.start === at);
    if (!c || parts.some((p) => p.role === "group" && p.start >= c.start && p.start < c.end)) continue;
    const holder = parts.filter((p) => p.role === "group" && p.end <= at).pop();
    const ending = live.find((k) => k.start >= c.start && k.start < c.end);
    if (holder && ending) parts.push({ ...holder, start: ending.end, end: ending.end, marked: false });
  }
  const clauseOf = (at: number) => clauses.findIndex((c) => at >= c.start && at < c.end);
  const byKey = new Map<string, Outcome[]>();
  for (const cue of live) {
    // Roles are read within the cue's clause ("an attack in X killed five, while Boko Haram ...").
    const c = clauses[clauseOf(cue.start)]!;
    // Pledges and defections name their parties across clauses ("X is split, but both factions remain loyal to Y").
    const directed = cue.family === "pledge" || cue.family === "defection";
    const inClause = directed ? parts : parts.filter((p) => (p.start >= c.start && p.start < c.end) || p.implicit);
    // The agentless attack's group is not in the text: the roles around the cue cannot tell it.
    const read = cue === agentless ? [{ kind: "attack" as const, groups: [focus.groups!.ids[0]!], cue, strength: 0.5 }] : outcomes(text, cue, inClause);
    for (const out of read) {
      const groups = out.kind === "pledge" || out.kind === "defection" ? out.groups : dropParents(uniq(out.groups.map((g) => branchOf.get(g) ?? g)), ctx.actors);
      // Each group is present on its own account: "clashes between ISIS and the Taliban in X" is two presences.
      for (const gs of out.kind === "presence" ? groups.map((g) => [g]) : [groups]) {
        const key = `${out.kind}|${[...gs].sort().join(",")}|${clauseOf(cue.start)}`;
        byKey.set(key, [...(byKey.get(key) ?? []), { ...out, groups: gs }]);
      }
    }
  }
  const cueClauses = new Set([...byKey.values()].map((o) => clauseOf(o[0]!.cue.start)));
  const placesFor = (clause: number): ResolvedPlace[] => {
    const own = places.filter((p) => p.end > p.start && clauseOf(p.start) === clause);
    if (own.length) return own;
    // A clause without a place of its own takes those of clauses that make no claim.
    const free = places.filter((p) => p.end <= p.start || !cueClauses.has(clauseOf(p.start)));
    return free.length ? free : places;
  };
  // The same groups both attacking and merely present: the attack is the stronger reading.
  const sameClause = (kind: ClaimKind, clause: number) =>
    new Set(
      [...byKey.values()]
        .flat()
        .filter((o) => o.kind === kind && clauseOf(o.cue.start) === clause)
        .flatMap((o) => o.groups),
    );
  const units: { outs: Outcome[]; places: ResolvedPlace[]; placeless?: boolean }[] = [];
  for (const outs of byKey.values()) {
    const { kind, groups } = outs[0]!;
    const clause = clauseOf(outs[0]!.cue.start);
    if (kind === "presence" && groups.every((g) => sameClause("attack", clause).has(g)) && outs.every((o) => !SEIZING.has(o.cue.family))) continue;
    // "آخر معقل للتنظيم" in a clause about its loss describes what was lost, not a presence.
    if (kind === "presence" && groups.every((g) => sameClause("territorial-loss", clause).has(g))) continue;
    let ps = placesFor(clause).filter((p, i, xs) => xs.findIndex((o) => o.place.id === p.place.id) === i);
    // "withdrew towards al-Bab", "انسحبوا باتجاه السخنة": where a retreat goes is not lost.
    if (kind === "territorial-loss") {
      const retreat = outs.some((o) => o.cue.family === "lose");
      ps = ps.filter((p) => {
        const lead = normalizeText(text.slice(Math.max(0, p.start - 40), p.start)) + " ";
        return p.end <= p.start || !(TOWARDS.test(lead) || (retreat && DESTINATION.test(lead)));
      });
    }
    // An attack, a presence or a loss is a claim about a place: with none, there is nothing to map.
    // Recruiting is told of places too ("recruits young men in Diffa"); "among the groups that
    // recruit most" names none and maps nothing.
    // An attack or a loss with no place is still the event a later sentence may locate ("ووقع
    // الهجوم في ..."): kept apart for the discourse, never a claim of its own.
    if (ps.length === 0 && (kind === "attack" || kind === "territorial-loss")) {
      units.push({ outs, places: [], placeless: true });
      continue;
    }
    if (ps.length === 0 && (kind === "presence" || kind === "recruitment")) continue;
    // "drove ISIS out of the Raqqa countryside, and retook Tabqa in May": one claim per act,
    // each place with the act told just before it.
    const ownPlaces0 = ps.filter((p) => p.end > p.start);
    const cueAts = [...new Set(outs.map((o) => o.cue.start))].sort((a, b) => a - b);
    if (cueAts.length > 1 && ownPlaces0.length > 1) {
      const byCue = new Map<number, ResolvedPlace[]>();
      for (const p of ownPlaces0) {
        const at = cueAts.filter((c) => c < p.start).pop() ?? cueAts[0]!;
        byCue.set(at, [...(byCue.get(at) ?? []), p]);
      }
      // "في محافظة الحسكة، قتل 12 جنديا في هجوم على حاجز عند مدخل مدينة الحسكة": a province that
      // holds a town told with the next cue frames the same event, not an act of its own.
      // (Only for cues of one family: "نينوى تحررت بعد أن استعادت القوات العياضية" tells two acts.)
      const towns = [...ownPlaces0].filter((p) => p.place.kind === "city");
      if (new Set(outs.map((o) => o.cue.family)).size === 1)
        for (const [at, group] of byCue)
          if (group.every((p) => p.place.kind === "province" && towns.some((t) => t.place.province === p.place.iso && !group.includes(t)))) byCue.delete(at);
      if (byCue.size === 1) {
        units.push({ outs, places: ps });
        continue;
      }
      if (byCue.size > 1) {
        for (const [at, group] of byCue) units.push({ outs: outs.map((o) => ({ ...o, dateAt: at })), places: group });
        continue;
      }
    }
    // "took Mosul on Tuesday, then Tikrit on Wednesday": one claim per place, each with its date.
    const dated = dates.filter((d) => clauseOf(d.start) === clause || d.start >= clauses[clause]!.start);
    const own = ps.filter((p) => p.end > p.start);
    if (own.length > 1 && dated.length > 1) {
      const near = (p: ResolvedPlace) => [...dated].sort((a, b) => Math.abs(a.start - p.start) - Math.abs(b.start - p.start))[0]!;
      const byDate = new Map<FoundDate, ResolvedPlace[]>();
      for (const p of own) byDate.set(near(p), [...(byDate.get(near(p)) ?? []), p]);
      if (byDate.size > 1) {
        for (const [d, group] of byDate) units.push({ outs: outs.map((o) => ({ ...o, dateAt: d.start })), places: group });
        continue;
      }
    }
    units.push({ outs, places: ps });
  }
  // "جند الأطفال في نينوى، وأعدموا أطفالا في الموصل": each place goes with the act told
  // just before it when a clause tells several acts of different kinds.
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const clause = clauseOf(u.outs[0]!.cue.start);
    const rivals = units.filter((v) => v !== u && !v.placeless && clauseOf(v.outs[0]!.cue.start) === clause && v.outs[0]!.kind !== u.outs[0]!.kind);
    if (!rivals.length) continue;
    const cueStarts = (v: (typeof units)[number]) => v.outs.map((o) => o.cue.start);
    const owner = (p: ResolvedPlace) => {
      const all = [u, ...rivals].flatMap((v) => cueStarts(v).map((at) => ({ v, at })));
      const before = all.filter((x) => x.at < p.start).sort((a, b) => b.at - a.at)[0];
      return (before ?? all.sort((a, b) => Math.abs(a.at - p.start) - Math.abs(b.at - p.start))[0])!.v;
    };
    const mine = u.places.filter((p) => p.end <= p.start || owner(p) === u);
    if (mine.some((p) => p.end > p.start)) u.places = mine;
  }
  // "pledged its allegiance to AQIM's leader and to the Taliban's leader": one pledge per
  // receiver, from the pledger named before the cue or, failing that, the group in focus.
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    const cue = u.outs[0]!.cue;
    if (u.outs[0]!.kind !== "pledge") continue;
    // "to X", "لـX", "لزعيم X" / "to X's leader": the receiver.
    const isTo = (m: ActorMention) =>
      m.prefix.endsWith("ل") ||
      /(?:^|\s)(?:(?:to|الي)\s+(?:\S+\s+){0,2}|[وف]?ل(?:زعيم|امير|قائد|خليفه)\s+)$/u.test(normalizeText(text.slice(Math.max(0, m.start - 20), m.start)) + " ");
    // "المقاتلين المنتمين إلى داعش", "fighters belonging to ISIS": where they come from.
    const belongs = (m: ActorMention) =>
      /(?:المنتمين|المنتمون|المنتميه|التابعين|المرتبطين|belonging|members|affiliated)\s+(?:الي|to|of|with)?\s*$/u.test(
        normalizeText(text.slice(Math.max(0, m.start - 30), m.start)) + " ",
      );
    const receivers = uniq(ev.actors.filter((m) => m.start >= cue.start && isTo(m) && !belongs(m)).map((m) => m.actor.id));
    if (receivers.length < 2) continue;
    // When the giver comes from focus ("its allegiance" = the new group), it is not a receiver
    // nor the parent of one: al-Qaeda does not pledge to its own branch AQIM.
    const kin = (g: string) => receivers.some((r) => r === g || ctx.actors.byId.get(r)?.parent === g);
    const giver = ev.actors.filter((m) => m.end <= cue.start && !receivers.includes(m.actor.id)).pop()?.actor.id ?? focus.groups?.ids.find((g) => !kin(g));
    if (!giver) continue;
    units.splice(i, 1, ...receivers.map((to) => ({ outs: u.outs.map((o) => ({ ...o, groups: [giver, to], route: { from: giver, to } })), places: u.places })));
  }
  const claims: Claim[] = [];
  const placeless: Claim[] = [];
  for (const { outs, places: unitPlaces, placeless: noPlace } of units) {
    const { kind, groups } = outs[0]!;
    const cue = outs[0]!.cue;
    const strength = Math.max(...outs.map((o) => o.strength));
    const mentions = ev.actors.filter((a) => groups.includes(a.actor.id));
    const routing: { from?: string; to?: string } = outs[0]!.route ?? (kind === "pledge" || kind === "defection" ? route(ev, mentions, cue.start, kind) : {});
    // "The group reaffirmed its pledge to al-Qaeda": the party not named here came from context.
    if ((kind === "pledge" || kind === "defection") && groups.length === 2) {
      if (routing.to && !routing.from) routing.from = groups.find((g) => g !== routing.to);
      // "The faction broke away from Boko Haram": the other party of a defection is where it went.
      else if (routing.from && !routing.to) routing.to = groups.find((g) => g !== routing.from);
    }
    // "ISGS leader al-Sahrawi pledged ...": the head of a group gives its pledge; "al-Sahrawi, a
    // leader of al-Mourabitoun, pledged ...": one commander gives his own, not his group's.
    if ((kind === "pledge" || kind === "defection") && routing.from) {
      const leaders = leadersOf(text, ev.actors);
      const head = leaders.get(routing.from);
      const member = [...leaders].find(
        ([person, l]) => !l.head && l.group === routing.from && person !== routing.to && ev.actors.some((a) => a.actor.id === person && a.end <= cue.start),
      );
      if (head?.head && head.group !== routing.to) {
        groups.splice(0, groups.length, ...uniq([head.group, ...groups.filter((g) => g !== routing.from)]));
        routing.from = head.group;
      } else if (member && kind === "pledge") {
        groups.splice(0, groups.length, ...uniq([member[0], ...groups.filter((g) => g !== routing.from)]));
        routing.from = member[0];
      }
    }
    // "بايع البغدادي", "pledged allegiance to al-Baghdadi": sworn to a leader is sworn to his group.
    if (kind === "pledge" && routing.to && ctx.actors.byId.get(routing.to)?.kind === "person") {
      const group = ctx.actors.byId.get(routing.to)!.affiliation[0];
      if (group && group !== routing.from) {
        groups.splice(groups.indexOf(routing.to), 1, ...(groups.includes(group) ? [] : [group]));
        routing.to = group;
      }
    }
    // A pledge or a defection is its direction: with neither end known it says nothing mappable.
    if ((kind === "pledge" || kind === "defection") && !routing.from && !routing.to) continue;
    // "join ISWAP or Ansaru": alternatives, not the two ends of one move.
    if ((kind === "pledge" || kind === "defection") && alternatives(text, mentions, [routing.from, routing.to])) continue;
    // "The GSPC ... until it joined al-Qaeda": a branch joining its own parent left no one.
    if (kind === "defection" && routing.from && routing.to && ancestors(routing.from, ctx.actors).has(routing.to)) continue;
    // "pledged allegiance to the Islamic State and its caliph al-Baghdadi": the parties are the
    // giver and the receiver; a leader of either is that party, not a third one.
    if ((kind === "pledge" || kind === "defection") && routing.from && routing.to) {
      const party = new Set([routing.from, routing.to]);
      const leaderOf = (g: string) => ctx.actors.byId.get(g)?.kind === "person" && ctx.actors.byId.get(g)!.affiliation.some((a) => party.has(a));
      const kept = uniq([routing.from, routing.to, ...groups.filter((g) => !party.has(g) && !leaderOf(g))]);
      groups.splice(0, groups.length, ...kept);
    }
    const claimPlaces = kind === "pledge" || kind === "defection" ? actPlaces(text, unitPlaces, cue, mentions, clauses[clauseOf(cue.start)]!) : unitPlaces;
    const placeIds = claimPlaces.map((p) => p.place.id);
    const anchor = outs[0]!.dateAt ?? cue.start;
    const nearest = <T extends { index: number }>(xs: T[]) => [...xs].sort((a, b) => Math.abs(a.index - anchor) - Math.abs(b.index - anchor))[0];
    // "still holds", "لا يزال يسيطر": a state of affairs as of publication.
    const current = kind === "presence" && still && ctx.published ? { ...ctx.published, inferred: true } : undefined;
    // A presence is a state of affairs: with no date of its own it holds as of publication;
    // an event with none took place when the story's event did.
    // A past-tense presence ("كان يختبئ", "had held") belongs to the story's time line.
    // A seizure ("have taken over the district") is an event: the story's day, when it has one.
    // "once controlled": held before the story, no day known; "كانت ... تسيطر": up to the story's day, if any.
    // A state ended by an "until" clause ("controlled X for a year until ...") was over before that end.
    const fallback =
      kind === "presence" &&
      (pastState(text, cue.start) === "before" || untils.includes(clauses[clauseOf(cue.start)]!.end) || (pastState(text, cue.start) === "during" && !focus.date))
        ? undefined
        : kind === "presence" &&
            !(pastTense && focus.date) &&
            !(outs.some((o) => o.cue.family === "take") && outs.every((o) => o.cue.family === "take" || o.cue.family === "attack") && focus.date)
          ? ctx.published
            ? { ...ctx.published, inferred: true }
            : undefined
          : focus.date
            ? { ...focus.date, inferred: true }
            : undefined;
    // Dates are read in the cue's clause first; a presence does not borrow another clause's event date.
    const cueClause = clauseOf(cue.start);
    const clauseDates = dates.filter((d) => clauseOf(d.start) === cueClause);
    const pool0 = clauseDates.length || kind === "presence" ? clauseDates : dates;
    // "the report, which was published on Thursday, said ...": a date in a relative clause
    // without the cue dates the noun it describes, not the event.
    const own = pool0.filter((d) => !inRelativeClause(text, d, cue));
    const pool = own.length ? own : pool0;
    const retold = hasEventAnaphor(text) || live.some((c) => c.family === "claimed");
    const date =
      current ??
      offsetDate(
        text,
        cue.start,
        claimPlaces.filter((p) => p.end > p.start).map((p) => p.start),
        dates,
        focus.date,
      ) ??
      eventDate(text, pool, dates, (xs) => nearest(xs.map((d) => ({ ...d, index: d.start }))), retold, focus.date) ??
      inherited ??
      fallback;
    const wantUnit = kind === "territorial-loss" ? "percent" : "people";
    const q = nearest(quantities.filter((x) => x.unit === wantUnit)) ?? (kind === "threat" ? undefined : nearest(quantities.filter((x) => x.unit === "people")));
    const quantity = q ? { text: q.text, value: q.value, unit: q.unit, qualifier: q.qualifier } : undefined;
    const ownPlaces = claimPlaces.filter((p) => p.end > p.start);
    const evidence = [cue, ...mentions, ...ownPlaces];
    const start = Math.min(...evidence.map((e) => e.start));
    const end = Math.max(...evidence.map((e) => e.end));
    // A region contributes no country: "the Sahel" is not Algeria and Nigeria.
    const countries = uniq(claimPlaces.filter((p) => p.place.kind !== "region").flatMap((p) => p.place.countries)) as CountryIso3[];
    const certainty = hedged ? "hedged" : attr ? "reported" : "asserted";
    const confidence = claimConfidence({
      kind,
      family: cue.family,
      strength,
      cues: outs.length,
      places: claimPlaces.map((p) => p.place.kind),
      certainty,
      placeFromContext: !!placeFrom,
      actorFromContext,
      agentImplicit: outs.some((o) => o.cue === agentless),
      headline: passage.paragraph === 0,
      dated: !!date && !date.inferred,
      still,
    });
    const claim: Claim = {
      id: claimId(passage.id, kind, groups, placeIds),
      article: ctx.slug,
      passageId: passage.id,
      span: { start, end },
      quote: text.slice(start, end),
      kind,
      actors: groups,
      ...(routing.from ? { fromActor: routing.from } : {}),
      ...(routing.to ? { toActor: routing.to } : {}),
      places: claimPlaces.map((p) => ({
        placeId: p.place.id,
        precision: precisionOfKind(p.place.kind),
        ...(p.end > p.start ? { matched: text.slice(p.start, p.end) } : {}),
      })),
      countries,
      ...(date ? { date } : {}),
      ...(quantity ? { quantity } : {}),
      ...(attr ? { attribution: attr } : {}),
      certainty,
      method: "auto",
      confidence,
      summary: "",
      ...(actorFromContext && focus.groups ? { actorFrom: "context" as const, actorPassageId: focus.groups.passageId } : {}),
      ...(placeFrom ? { placeFrom: "context" as const, placePassageId: placeFrom.passageId } : {}),
    };
    claim.summary = summarize(
      claim,
      ctx.actors,
      claimPlaces.map((p) => p.place),
    );
    if (noPlace) placeless.push(claim);
    else if (!claims.some((c) => c.id === claim.id)) claims.push(claim);
  }
  // "split from AQIM and pledged allegiance to ISIS": the splinter swore, not the group it left.
  const left = new Set(claims.filter((c) => c.kind === "defection" && c.fromActor && c.toActor).map((c) => `${c.fromActor}>${c.toActor}`));
  return { claims: claims.filter((c) => !(c.kind === "pledge" && left.has(`${c.fromActor}>${c.toActor}`))), attribution, dates, placeless };
}
