import { z } from "zod";
import type { Token } from "../text/tokens";
import { buildPhraseIndex, matchPhrases, type PhraseIndex, type PhraseItem } from "./phrase-index";

/** An armed group or a person tied to one, as matched in text and coloured on the map. */
export const Actor = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(["group", "person"]),
  nameEn: z.string().min(1),
  nameAr: z.string().min(1),
  /** The group this one is a branch of (AQAP -> al-qaeda). */
  parent: z.string().optional(),
  /** Groups a person or branch belongs or pledged to. */
  affiliation: z.array(z.string()).default([]),
  namesAr: z.array(z.string()).default([]),
  namesEn: z.array(z.string()).default([]),
  /** Matched case-sensitively: "IS" must not match the verb "is". */
  acronymsEn: z.array(z.string()).default([]),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type Actor = z.infer<typeof Actor>;

export const ActorLexicon = z.object({ version: z.literal(1), actors: z.array(Actor) });
export type ActorLexicon = z.infer<typeof ActorLexicon>;

/** A user extension may add actors or override one by id; it need not repeat every field. */
// Loose on purpose: fields are checked after merging, so defaults cannot blank out the base's.
export const LocalLexicon = z.object({ version: z.literal(1), actors: z.array(z.object({ id: z.string() }).catchall(z.unknown())) });

export function mergeLexicons(base: ActorLexicon, local?: z.infer<typeof LocalLexicon>): ActorLexicon {
  const byId = new Map(base.actors.map((a) => [a.id, a]));
  for (const a of local?.actors ?? []) {
    const prev = byId.get(a.id);
    byId.set(a.id, Actor.parse(prev ? { ...prev, ...a } : a));
  }
  const lex = { version: 1 as const, actors: [...byId.values()] };
  const ids = new Set(lex.actors.map((a) => a.id));
  for (const a of lex.actors) for (const ref of [a.parent, ...a.affiliation]) if (ref && !ids.has(ref)) throw new Error(`actor ${a.id} refers to unknown actor ${ref}`);
  return lex;
}

export interface ActorMatcher {
  index: PhraseIndex<Actor>;
  byId: Map<string, Actor>;
}

export function buildActorMatcher(lex: ActorLexicon): ActorMatcher {
  const items: PhraseItem<Actor>[] = [];
  for (const a of lex.actors) {
    for (const n of [a.nameAr, ...a.namesAr, ...a.namesEn]) items.push({ name: n, value: a });
    for (const n of a.acronymsEn) items.push({ name: n, value: a, exact: true });
  }
  return { index: buildPhraseIndex(items), byId: new Map(lex.actors.map((a) => [a.id, a])) };
}

export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Proclitics on the first word: "ل" in "للقاعدة" marks the actor as a target ("to al-Qaeda"). */
  prefix: string;
}

/** Words an actor's English names write capitalised and never in lower case ("State" of "Islamic State"). */
const capitalised = new WeakMap<Actor, Set<string>>();
function capitalisedWords(a: Actor): Set<string> {
  let s = capitalised.get(a);
  if (!s) {
    const words = [a.nameEn, ...a.namesEn].flatMap((n) => n.match(/[\p{L}\p{N}]+/gu) ?? []);
    const lower = new Set(words.filter((w) => /^\p{Ll}/u.test(w)));
    s = new Set(words.filter((w) => /^\p{Lu}/u.test(w) && !lower.has(w.toLowerCase())).map((w) => w.toLowerCase()));
    capitalised.set(a, s);
  }
  return s;
}

// English common nouns that groups' names are made of ("Islamic State", "Nusra Front").
const COMMON_NOUNS = new Set([
  "state",
  "caliphate",
  "emirate",
  "province",
  "front",
  "army",
  "movement",
  "network",
  "group",
  "party",
  "brigade",
  "brigades",
  "battalion",
  "council",
  "organization",
  "organisation",
]);

/**
 * "to create an Islamic state": a name written half in lower case, where the group's name
 * capitalises a common noun, is that common noun, not the group. Only such nouns count
 * ("Boko haram" is still Boko Haram), and a name wholly in lower or upper case (a lower-case
 * text, a shouting headline) says nothing either way and is kept.
 */
function genericNoun(a: Actor, words: Token[]): boolean {
  const en = words.filter((t) => !t.arabic && /^\p{L}/u.test(t.raw));
  const caps = capitalisedWords(a);
  return en.some((t) => /^\p{Lu}/u.test(t.raw)) && en.some((t) => /^\p{Ll}/u.test(t.raw) && COMMON_NOUNS.has(t.norm) && caps.has(t.norm));
}

/** The longest name wins, so "القاعدة في شبه الجزيرة العربية" is AQAP, not al-Qaeda + a place. */
export function matchActors(m: ActorMatcher, tokens: Token[]): ActorMention[] {
  // "to carve out an Islamic state": after "a"/"an", a name ending in a lowercase word is the
  // common noun it is made of ("an Islamic State fighter" keeps its capital and stays a name).
  const generic = (x: { tokenStart: number; tokenEnd: number }) => /^an?$/u.test(tokens[x.tokenStart - 1]?.norm ?? "") && /^\p{Ll}/u.test(tokens[x.tokenEnd - 1]?.raw ?? "");
  return matchPhrases(m.index, tokens)
    .filter((x) => !generic(x) && !genericNoun(x.values[0]!, tokens.slice(x.tokenStart, x.tokenEnd)))
    .map((x) => ({
      actor: x.values[0]!,
      start: x.start,
      end: x.end,
      tokenStart: x.tokenStart,
      tokenEnd: x.tokenEnd,
      prefix: x.prefix,
    }));
}
