import { ApiError } from "../api/errors";
import type { Actor } from "../auth/guard";
import { recordAudit } from "../data/audit";
import { addEventOverride } from "../data/sources";
import type { CorpusEvent } from "./group";
import { loadEventIndex } from "./load";

/** Editors' corrections of the grouping: stored by claim ids, audited, seen on the next request. */
async function eventById(id: string): Promise<CorpusEvent> {
  const e = (await loadEventIndex()).events.get(id);
  if (!e) throw new ApiError("not_found", `No event ${id}.`);
  return e;
}

const audit = (actor: Actor) => (trx: Parameters<typeof recordAudit>[0], c: { entityId: string; action: string; before: unknown; after: unknown }) =>
  recordAudit(trx, { actor, entity: "event", entityId: c.entityId, action: c.action, before: c.before, after: c.after }).then(() => {});

/** Takes `claimIds` out of the event into one of their own. */
export async function splitEvent(id: string, claimIds: readonly string[], actor: Actor): Promise<{ split: string[] }> {
  const e = await eventById(id);
  const mine = new Set(e.claimIds);
  const stray = claimIds.find((c) => !mine.has(c));
  if (stray) throw new ApiError("unprocessable", `Claim ${stray} is not in event ${id}.`);
  const out = [...new Set(claimIds)];
  if (out.length === 0 || out.length >= e.claimIds.length) throw new ApiError("unprocessable", "Name some, but not all, of the event's claims to split off.");
  await addEventOverride("split", id, out, { claimIds: e.claimIds }, actor.email, audit(actor));
  return { split: out };
}

/** Makes the two events one. */
export async function mergeEvents(id: string, other: string, actor: Actor): Promise<{ claimIds: string[] }> {
  if (id === other) throw new ApiError("unprocessable", "An event cannot be merged with itself.");
  const [a, b] = [await eventById(id), await eventById(other)];
  const claimIds = [...a.claimIds, ...b.claimIds];
  await addEventOverride("merge", id, claimIds, { [a.id]: a.claimIds, [b.id]: b.claimIds }, actor.email, audit(actor));
  return { claimIds };
}
