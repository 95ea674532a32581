import type { Claim, ClaimKind, Passage, PartialDate } from "../schema/article";
import { precisionOfKind, type CountryIso3 } from "../schema/gazetteer";
import { shortHash } from "../text/hash";
import { normalizeWithMap, originalRange } from "../text/normalize-ar";
import type { Token } from "../text/tokens";
import type { ActorMatcher, ActorMention } from "./actors";
import { findAttribution, type Attribution } from "./attribution";
import { BELONG_WORDS, CUES, FROM_WORDS, HEDGE, SAME_TIME, TO_WORDS } from "./cues";
import { resolveDates } from "./dates";
import type { ResolvedPlace } from "./disambiguate";
import { findQuantities } from "./quantities";
import { summarize } from "./summary";

/** What the rules know when they reach a passage; updated as the article is read in order. */
export interface ClaimContext {
  slug: string;
  published?: PartialDate;
  /** Attribution that governs the current paragraph ("ذكرت ذلك صحيفة الغارديان ..."). */
  paragraphAttribution?: { paragraph: number; text: string };
  lastDate?: PartialDate;
  actors: ActorMatcher;
}

export interface PassageEvidence {
  passage: Passage;
  tokens: Token[];
  places: ResolvedPlace[];
  actors: ActorMention[];
}

interface Cue {
  kind: ClaimKind;
  start: number;
  end: number;
}

// One pass with a group per kind rather than one regex per kind. Threat comes first so that
// "هجمات جديدة" is read as a threat, not also as an attack.
const CUE_KINDS: ClaimKind[] = ["threat", "pledge", "defection", "recruitment", "attack", "territorial-loss", "presence"];
const ALL_CUES = new RegExp(CUE_KINDS.map((k, i) => `(?<k${i}>${CUES[k].source})`).join("|"), "gu");

function findCues(text: string): Cue[] {
  const nm = normalizeWithMap(text);
  const cues: Cue[] = [];
  for (const m of nm.text.matchAll(ALL_CUES)) {
    const i = CUE_KINDS.findIndex((_, k) => m.groups?.[`k${k}`] !== undefined);
    if (i >= 0) cues.push({ kind: CUE_KINDS[i]!, ...originalRange(nm, m.index, m.index + m[0].length, text.length) });
  }
  // "new attacks in the West" is a threat, not an attack; a loss passage's "held territory"
  // describes what was lost, not a presence.
  const threats = cues.filter((c) => c.kind === "threat");
  const hasLoss = cues.some((c) => c.kind === "territorial-loss");
  return cues.filter(
    (c) =>
      !(c.kind === "attack" && threats.some((t) => c.start < t.end && t.start < c.end)) &&
      !(c.kind === "presence" && hasLoss),
  );
}

function route(ev: PassageEvidence, cueStart: number, kind: ClaimKind): { from?: string; to?: string } {
  const before = (m: ActorMention, k: number) => ev.tokens[m.tokenStart - k]?.norm;
  const near = (m: ActorMention, words: Set<string>) => [1, 2, 3].some((k) => words.has(before(m, k) ?? ""));
  // "المنتمين إلى داعش" / "members of ISIS": the group they come from, not where they go.
  const belongs = (m: ActorMention) => [1, 2, 3].some((k) => BELONG_WORDS.has(before(m, k) ?? ""));
  const ms = ev.actors;
  const viaLam = (m: ActorMention) => m.prefix.endsWith("ل");
  const isTo = (m: ActorMention) => viaLam(m) || (near(m, TO_WORDS) && !belongs(m));
  // Allegiance is sworn "ل" (to) someone; prefer that reading for pledges.
  const order = kind === "pledge" ? [viaLam, isTo] : [isTo];
  let to: ActorMention | undefined;
  for (const f of order) to ??= ms.find((m) => m.start >= cueStart && f(m)) ?? ms.find(f);
  // "بايع ... تنظيم القاعدة" / "pledged allegiance to X": the object after the cue.
  if (!to && kind === "pledge") to = ms.find((m) => m.start >= cueStart);
  const toId = to?.actor.id;
  const rest = ms.filter((m) => m.actor.id !== toId);
  const closestBefore = rest.filter((m) => m.end <= cueStart).pop();
  const from = rest.find((m) => belongs(m) || near(m, FROM_WORDS)) ?? closestBefore ?? rest[0];
  return { from: from?.actor.id, to: toId };
}

const uniq = <T,>(xs: T[]) => [...new Set(xs)];

function claimId(passageId: string, kind: ClaimKind, actors: string[], places: string[]): string {
  return "c-" + shortHash([passageId, kind, [...actors].sort().join(","), [...places].sort().join(",")].join("|"), 10);
}

/** Rules: one claim per kind cued in the passage, carrying every actor and place it names. */
export function extractClaims(input: PassageEvidence, ctx: ClaimContext): { claims: Claim[]; attribution: Attribution | null } {
  let ev = input;
  const { passage } = ev;
  const text = passage.text;
  const actorIds = uniq(ev.actors.map((a) => a.actor.id));
  const attribution = findAttribution(text, ctx.actors, actorIds);
  if (ev.actors.length === 0 && ev.places.length === 0) return { claims: [], attribution };
  const cues = findCues(text);
  // "مصادر أمنية عراقية" names who speaks, not where things happened.
  const inAttribution = (p: ResolvedPlace) => attribution?.start !== undefined && p.start < attribution.end! && attribution.start < p.end;
  ev = { ...ev, places: ev.places.filter((p) => !inAttribution(p)) };
  if (ev.actors.length === 0 && ev.places.length === 0) return { claims: [], attribution };
  const dates = resolveDates(text, ctx.published);
  const nt = normalizeWithMap(text).text;
  const inherited = SAME_TIME.test(nt) && ctx.lastDate ? { ...ctx.lastDate, inferred: true } : undefined;
  const quantities = findQuantities(text);
  const hedged = HEDGE.test(nt);
  const attr = attribution?.text ?? (ctx.paragraphAttribution?.paragraph === passage.paragraph ? ctx.paragraphAttribution.text : undefined);
  const claims: Claim[] = [];
  const byKind = new Map<ClaimKind, Cue[]>();
  for (const c of cues) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  for (const [kind, ks] of byKind) {
    const cue = ks[0]!;
    const places = kind === "threat" ? [] : ev.places;
    const placeIds = uniq(places.map((p) => p.place.id));
    const routing = kind === "pledge" || kind === "defection" ? route(ev, cue.start, kind) : {};
    const nearest = <T extends { index: number }>(xs: T[]) =>
      [...xs].sort((a, b) => Math.abs(a.index - cue.start) - Math.abs(b.index - cue.start))[0];
    const date = nearest(dates.map((d) => ({ ...d, index: d.start })))?.date ?? inherited;
    const wantUnit = kind === "territorial-loss" ? "percent" : "people";
    const q = nearest(quantities.filter((x) => x.unit === wantUnit)) ?? (kind === "threat" ? undefined : nearest(quantities.filter((x) => x.unit === "people")));
    const quantity = q ? { text: q.text, value: q.value, unit: q.unit, qualifier: q.qualifier } : undefined;
    const evidence = [cue, ...ev.actors, ...places];
    const start = Math.min(...evidence.map((e) => e.start));
    const end = Math.max(...evidence.map((e) => e.end));
    const countries = uniq(places.flatMap((p) => p.place.countries)) as CountryIso3[];
    const certainty = hedged ? "hedged" : attr ? "reported" : "asserted";
    const confidence = Math.min(
      0.95,
      0.3 + 0.1 * Math.min(ks.length, 3) + (actorIds.length ? 0.2 : 0) + (placeIds.length ? 0.15 : 0) + (date ? 0.05 : 0),
    ) * (hedged ? 0.85 : 1);
    const claim: Claim = {
      id: claimId(passage.id, kind, actorIds, placeIds),
      article: ctx.slug,
      passageId: passage.id,
      span: { start, end },
      quote: text.slice(start, end),
      kind,
      actors: actorIds,
      ...(routing.from ? { fromActor: routing.from } : {}),
      ...(routing.to ? { toActor: routing.to } : {}),
      places: places
        .filter((p, i) => places.findIndex((o) => o.place.id === p.place.id) === i)
        .map((p) => ({ placeId: p.place.id, precision: precisionOfKind(p.place.kind), matched: text.slice(p.start, p.end) })),
      countries,
      ...(date ? { date } : {}),
      ...(quantity ? { quantity } : {}),
      ...(attr ? { attribution: attr } : {}),
      certainty,
      method: "auto",
      confidence: Math.round(confidence * 100) / 100,
      summary: "",
    };
    claim.summary = summarize(claim, ctx.actors, places.map((p) => p.place));
    claims.push(claim);
  }
  return { claims, attribution };
}
