import type { ActorInfo } from "./dashboard-model";
import type { Mark } from "./marks";

/**
 * Who the shift key lists. A shift line takes the colour of the side people moved *to*, so the
 * key lists exactly those groups; people (a leader is not a group, and al-Baghdadi shares
 * ISIS's colour) are listed apart, with the groups they belong to.
 */
export type ShiftKey = { colours: ActorInfo[]; people: (ActorInfo & { of: ActorInfo[] })[] };

export function shiftKey(actors: readonly ActorInfo[], marks: readonly Mark[]): ShiftKey {
  const joined = new Set(marks.filter((m) => m.layer === "allegiance-shifts" && m.toActor).map((m) => m.toActor!));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return {
    colours: actors.filter((a) => a.kind !== "person" && joined.has(a.id)),
    people: actors
      .filter((a) => a.kind === "person")
      .map((p) => ({ ...p, of: (p.affiliation ?? []).map((id) => byId.get(id)).filter((g): g is ActorInfo => !!g && g.kind !== "person") })),
  };
}
