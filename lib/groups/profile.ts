import type { ClaimKind } from "../schema/article";
import type { ModelClaim as Claim } from "../view/dashboard-model";
import { actorFamily, type ModelInputs } from "../view/dashboard-model";
import { filterClaims } from "../view/filter-claims";
import { type Timeline, timeline } from "../view/timeline";
import { NO_FILTERS } from "../view/view-state";
import { type AllegianceGraph, allegianceEdges, type GraphNode, groupGraph } from "./graph";

/** A group (or a leader the lexicon names) as the groups pages list it. */
export type GroupSummary = GraphNode & { parent: string | null; claims: number };

export type GroupProfile = {
  group: GroupSummary;
  parent: GroupSummary | null;
  /** The lexicon's branches and members (structure, not a claim: no passage behind it). */
  branches: GroupSummary[];
  /** Claims about the group or its branches. */
  claims: number;
  byKind: Partial<Record<ClaimKind, number>>;
  timeline: Timeline;
  graph: AllegianceGraph;
};

type Lexicon = ModelInputs["actors"];

const named = (claims: readonly Claim[]) => {
  const n = new Map<string, number>();
  for (const c of claims) for (const a of new Set([...c.actors, c.fromActor, c.toActor])) if (a) n.set(a, (n.get(a) ?? 0) + 1);
  return n;
};

const summary = (a: Lexicon[number], counts: ReadonlyMap<string, number>): GroupSummary => ({
  id: a.id,
  nameEn: a.nameEn,
  nameAr: a.nameAr,
  color: a.color,
  kind: a.kind ?? "group",
  parent: a.parent ?? null,
  claims: counts.get(a.id) ?? 0,
});

/** Every group in the lexicon with the number of claims naming it (itself, not its branches). */
export function groupList(actors: Lexicon, claims: readonly Claim[]): GroupSummary[] {
  const counts = named(claims);
  return actors.map((a) => summary(a, counts));
}

/** One group's page: its claims (with its branches'), their kinds and dates, and its graph. Null for an unknown id. */
export function groupProfile(id: string, actors: Lexicon, claims: readonly Claim[]): GroupProfile | null {
  const me = actors.find((a) => a.id === id);
  if (!me) return null;
  const counts = named(claims);
  const family = actorFamily(actors);
  const own = filterClaims(claims, { ...NO_FILTERS, actors: [id] }, family);
  const byKind: Partial<Record<ClaimKind, number>> = {};
  for (const c of own) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  const parent = me.parent ? actors.find((a) => a.id === me.parent) : undefined;
  const lexicon = actors.map((a) => summary(a, counts));
  return {
    group: summary(me, counts),
    parent: parent ? summary(parent, counts) : null,
    branches: actors.filter((a) => a.id !== id && (a.parent === id || a.affiliation?.includes(id))).map((a) => summary(a, counts)),
    claims: own.length,
    byKind,
    timeline: timeline(own),
    graph: groupGraph(allegianceEdges(claims), family(id), lexicon),
  };
}
