import { ApiError } from "../api/errors";
import type { Actor } from "../auth/guard";
import { recordAudit } from "../data/audit";
import { corpus } from "../data/corpus";
import { setClaimCredibility, setSourceReliability } from "../data/sources";
import { listOutlets, type Outlet } from "./outlets";
import type { Credibility, Reliability } from "./scales";

/** Editors' grade changes, each audited in its own write transaction. */
const audit = (actor: Actor) => (trx: Parameters<typeof recordAudit>[0], c: { entity: string; entityId: string; action: string; before: unknown; after: unknown }) =>
  recordAudit(trx, { actor, entity: c.entity as "source" | "claim", entityId: c.entityId, action: c.action, before: c.before, after: c.after }).then(() => {});

export async function gradeOutlet(id: string, reliability: Reliability, actor: Actor): Promise<Outlet> {
  const outlet = (await listOutlets()).find((o) => o.id === id);
  if (!outlet) throw new ApiError("not_found", `No outlet ${id} among the articles' sources.`);
  await setSourceReliability(id, outlet.name, reliability, actor.email, audit(actor));
  return { ...outlet, reliability };
}

export async function gradeClaim(claimId: string, credibility: Credibility, actor: Actor): Promise<{ claim: string; article: string; credibility: Credibility }> {
  const claim = (await corpus()).claims.find((c) => c.id === claimId);
  if (!claim) throw new ApiError("not_found", `No claim ${claimId}.`);
  await setClaimCredibility(claim.article, claim.id, credibility, actor.email, audit(actor));
  return { claim: claim.id, article: claim.article, credibility };
}
