import { sql } from "kysely";
import { z } from "zod";
import { handle } from "../data/connection";
import { rowState } from "../data/write";
import { ClaimKind, Slug } from "../schema/article";
import { CountryIso3 } from "../schema/gazetteer";
import { claimKey, type ReviewedClaim, reviewLookups } from "./claims-store";

/**
 * The review queue (issue 15 §3): claims of a status (proposed by default), newest article
 * first, filtered in SQL (article, country, group, kind, minimum confidence) and paginated, each
 * with what a reviewer needs beside it: the passage, its gloss, and the passages a group or
 * place was carried over from.
 */
export const QueueQuery = z
  .object({
    status: z.enum(["proposed", "accepted", "rejected"]).default("proposed"),
    article: Slug.optional(),
    country: CountryIso3.optional(),
    group: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,47}$/)
      .optional(),
    kind: ClaimKind.optional(),
    minConfidence: z.coerce.number().min(0).max(1).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    limit: z.coerce.number().int().min(1).max(200).default(25),
  })
  .strict();
export type QueueQuery = z.infer<typeof QueueQuery>;

export interface PassageRef {
  id: string;
  text: string;
  glossEn?: string;
}

export interface QueueItem extends ReviewedClaim {
  articleTitle: string;
  articleLang: string;
  articleAddedAt: string;
  passage: PassageRef;
  /** The claim's places with their names and points, for the card and its small map. */
  placeInfo: { id: string; kind: string; nameEn: string; nameAr: string; point: [number, number] }[];
  /** The passage that named the group or place this claim took from context, when it did. */
  actorPassage?: PassageRef;
  placePassage?: PassageRef;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  limit: number;
  pages: number;
}

export async function reviewQueue(q: QueueQuery): Promise<QueuePage> {
  const { db: k, dialect } = await handle();
  const confidence =
    dialect === "postgres" ? sql<number>`cast(cast(claims.data as json)->>'confidence' as double precision)` : sql<number>`json_extract(claims.data, '$.confidence')`;
  const base = k
    .selectFrom("claims")
    .innerJoin("articles", "articles.slug", "claims.article")
    .where("claims.status", "=", q.status)
    .$if(q.article !== undefined, (b) => b.where("claims.article", "=", q.article!))
    .$if(q.kind !== undefined, (b) => b.where("claims.kind", "=", q.kind!))
    .$if(q.country !== undefined, (b) =>
      b.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("claim_countries as cc")
            .select("cc.claim_id")
            .whereRef("cc.article", "=", "claims.article")
            .whereRef("cc.claim_id", "=", "claims.id")
            .where("cc.iso3", "=", q.country!),
        ),
      ),
    )
    .$if(q.group !== undefined, (b) =>
      b.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("claim_actors as ca")
            .select("ca.claim_id")
            .whereRef("ca.article", "=", "claims.article")
            .whereRef("ca.claim_id", "=", "claims.id")
            .where("ca.actor_id", "=", q.group!),
        ),
      ),
    )
    .$if(q.minConfidence !== undefined, (b) => b.where(confidence, ">=", q.minConfidence!));
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst())?.n ?? 0);
  const rows = await base
    .selectAll("claims")
    .select(["articles.title as article_title", "articles.lang as article_lang", "articles.created_at as article_created"])
    .orderBy("articles.created_at", "desc")
    .orderBy("claims.article")
    .orderBy("claims.ord")
    .limit(q.limit)
    .offset((q.page - 1) * q.limit)
    .execute();
  const states = rows.map((r) => ({ r, s: rowState(r) }));
  const wanted = new Set<string>();
  for (const { r, s } of states) for (const id of [s.claim.passageId, s.claim.actorPassageId, s.claim.placePassageId]) if (id) wanted.add(`${r.article}\u0000${id}`);
  const slugs = [...new Set(rows.map((r) => r.article))];
  const passages = new Map<string, PassageRef>();
  if (slugs.length) {
    const ps = await k.selectFrom("passages").select(["article", "id", "text", "gloss_en"]).where("article", "in", slugs).execute();
    for (const p of ps) {
      const key = `${p.article}\u0000${p.id}`;
      if (wanted.has(key)) passages.set(key, { id: p.id, text: p.text, ...(p.gloss_en ? { glossEn: p.gloss_en } : {}) });
    }
  }
  const ref = (article: string, id?: string) => (id ? passages.get(`${article}\u0000${id}`) : undefined);
  const lookups = reviewLookups();
  const items: QueueItem[] = states.map(({ r, s }) => {
    const actorPassage = s.claim.actorFrom === "context" ? ref(r.article, s.claim.actorPassageId) : undefined;
    const placePassage = s.claim.placeFrom === "context" ? ref(r.article, s.claim.placePassageId) : undefined;
    return {
      key: claimKey(r.article, r.id),
      article: r.article,
      claim: s.claim,
      status: s.status,
      rev: s.rev,
      reviewedBy: s.reviewedBy,
      reviewedAt: s.reviewedAt,
      placeInfo: s.claim.places.flatMap((p) => {
        const g = lookups.places.get(p.placeId);
        return g ? [{ id: g.id, kind: g.kind, nameEn: g.nameEn, nameAr: g.nameAr, point: g.point as [number, number] }] : [];
      }),
      articleTitle: r.article_title,
      articleLang: r.article_lang,
      articleAddedAt: r.article_created,
      passage: ref(r.article, s.claim.passageId) ?? { id: s.claim.passageId, text: s.claim.quote },
      ...(actorPassage ? { actorPassage } : {}),
      ...(placePassage ? { placePassage } : {}),
    };
  });
  return { items, total, page: q.page, limit: q.limit, pages: Math.max(1, Math.ceil(total / q.limit)) };
}
