import { type CorpusEvent, eventIdOf } from "./group";

/**
 * An editor's correction of the automatic grouping, kept by claim ids (not event ids, which move
 * when an earlier report arrives), replayed in the order they were made.
 * - split: these claims leave whatever event also holds claims not in the list;
 * - merge: every event holding one of these claims becomes one.
 */
export type EventOverride = { action: "split" | "merge"; claimIds: readonly string[] };

/**
 * `outletsOfClaim` lists outlets, not one: a claim's id hashes its passage's text, so two
 * articles carrying one wire verbatim hold claims with the same id.
 */
type Events = { events: CorpusEvent[]; outletsOfClaim: (claimId: string) => readonly string[] };

/** A fresh event from claims, its id from the earliest (the list is already earliest first). */
function eventOf(claimIds: string[], outletsOfClaim: (id: string) => readonly string[]): CorpusEvent {
  return { id: eventIdOf(claimIds[0]!), claimIds, sources: new Set(claimIds.flatMap(outletsOfClaim)).size };
}

export function applyOverrides({ events, outletsOfClaim }: Events, overrides: readonly EventOverride[], compare: (a: string, b: string) => number): CorpusEvent[] {
  let out = events;
  for (const o of overrides) {
    const set = new Set(o.claimIds);
    if (o.action === "split") {
      out = out.flatMap((e) => {
        const inside = e.claimIds.filter((id) => set.has(id));
        if (inside.length === 0 || inside.length === e.claimIds.length) return [e];
        return [
          eventOf(
            e.claimIds.filter((id) => !set.has(id)),
            outletsOfClaim,
          ),
          eventOf(inside, outletsOfClaim),
        ];
      });
    } else {
      const hit = out.filter((e) => e.claimIds.some((id) => set.has(id)));
      if (hit.length < 2) continue;
      const merged = hit.flatMap((e) => e.claimIds).sort(compare);
      out = [...out.filter((e) => !hit.includes(e)), eventOf(merged, outletsOfClaim)];
    }
  }
  return out;
}
