import { z } from "zod";
import { allowOnly } from "@/lib/api/allow-only";
import { handle } from "@/lib/api/errors";
import { readJson } from "@/lib/api/json-body";
import { parseQuery } from "@/lib/api/query";
import { requireRole } from "@/lib/auth/guard";
import { acceptMany } from "@/lib/review/claims-store";
import { QueueQuery, reviewQueue } from "@/lib/review/queue";

/** GET: the review queue (editors). POST {accept: [{id, rev}]}: bulk accept, all or none. */
export const GET = handle(async (req: Request) => {
  await requireRole(req, "editor");
  const page = await reviewQueue(parseQuery(req.url, QueueQuery));
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});

const Bulk = z
  .object({
    accept: z
      .array(z.object({ id: z.string().max(160), rev: z.number().int().nonnegative() }).strict())
      .min(1)
      .max(200),
  })
  .strict();

export const POST = handle(async (req: Request) => {
  const actor = await requireRole(req, "editor");
  const body = await readJson(req, Bulk);
  const claims = await acceptMany(
    body.accept.map((c) => ({ key: c.id, rev: c.rev })),
    actor,
  );
  return Response.json({ claims }, { headers: { "Cache-Control": "no-store" } });
});

export const { PUT, PATCH, DELETE } = allowOnly("GET", "POST");
