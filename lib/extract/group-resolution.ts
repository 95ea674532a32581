import type { Claim, ClaimKind } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { shortHash } from "../text/hash";
import { normalizeText } from "../text/normalize-ar";
import type { ActorMatcher } from "./actors";
import type { Focus } from "./claim-context";
import { contains } from "./event-focus";

export const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** A claim's id: stable for the same passage, kind, actors and places. */
export function claimId(passageId: string, kind: ClaimKind, actors: string[], places: string[]): string {
  return "c-" + shortHash([passageId, kind, [...actors].sort().join(","), [...places].sort().join(",")].join("|"), 10);
}

const NEW = /(?:^|\s)(?:new|الجديد|الجديده)(?:\s|$)/u;

const HEADS = ["تنظيم", "جماعه", "جبهه", "حركه", "شبكه", "هييه", "ولايه"];

/** The head noun of a name or anaphor ("التنظيم" -> "تنظيم"), if it is one of HEADS. */
export function headNoun(s: string): string | undefined {
  const first = normalizeText(s)
    .split(" ")
    .find((w) => HEADS.some((h) => w.endsWith(h)));
  return first ? HEADS.find((h) => first.endsWith(h)) : undefined;
}

/**
 * "التنظيم" is the group the article has been calling "تنظيم ..."; "الحركة" the one called
 * "حركة ..."; otherwise "the group" is the most salient group in focus.
 */
export function resolveGroup(anaphor: string, focus: Focus, exclude: string[] = []): string {
  const all = focus.groups!;
  // "The group split from Boko Haram": a group does not leave or swear to itself, so for a
  // pledge or a defection the anaphor is a group in focus other than the party named.
  const others = all.ids.filter((x) => !exclude.includes(x));
  const g = others.length ? { ...all, ids: others } : all;
  // "the new group", "التنظيم الجديد": the group the merger formed.
  if (focus.formed && !exclude.includes(focus.formed) && NEW.test(normalizeText(anaphor))) return focus.formed;
  const head = headNoun(anaphor);
  const id = (head && g.ids.find((x) => g.heads?.get(x)?.has(head))) ?? g.ids[0]!;
  // "the militants" of a story about AQAP are AQAP, even if "al-Qaeda" was said too.
  return g.ids.find((x) => g.branches?.get(x) === id) ?? id;
}

/** A branch and its parent in one claim: the branch is meant ("AQIM, al-Qaeda's affiliate"). */
export function dropParents(ids: string[], actors: ActorMatcher): string[] {
  const parents = new Set<string>();
  for (const id of ids) for (let p = actors.byId.get(id)?.parent; p && !parents.has(p); p = actors.byId.get(p)?.parent) parents.add(p);
  const out = ids.filter((id) => !parents.has(id));
  return out.length ? out : ids;
}

// Acts, told once in the headline and again in the body; presences of two groups may both hold.
const EVENT_KINDS = new Set<ClaimKind>(["attack", "territorial-loss"]);

/**
 * "Boko Haram attacks army base" over "ISWAP terrorists attacked an army base in Gajiram": the
 * headline names the better-known group, the body the one that acted. A headline claim of one
 * group is dropped when the body never makes a claim of its kind for that group, and makes one
 * for another single group at the headline's place or inside it.
 */
export function headlineSuperseded(headline: Claim[], body: Claim[], placesOf: (c: Claim) => Place[]): Claim[] {
  return headline.filter((h) => {
    if (!EVENT_KINDS.has(h.kind) || h.actors.length !== 1) return false;
    const group = h.actors[0]!;
    const sameKind = body.filter((b) => b.kind === h.kind);
    if (sameKind.some((b) => b.actors.includes(group))) return false;
    const where = placesOf(h);
    return sameKind.some((b) => b.actors.length === 1 && placesOf(b).length > 0 && placesOf(b).every((q) => where.some((p) => p.id === q.id || contains(p, q))));
  });
}
