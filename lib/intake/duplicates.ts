import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../data/schema";
import { normalizeArticleUrl } from "./normalize-url";
import { jaccard, NEAR_DUPLICATE, shingles } from "./similarity";

/**
 * Is this article already in the store? The same address (normalised), the same text (its
 * sha256), or a near-identical text (similarity.ts). Only texts within 15% of this one's length
 * are compared word by word: a Jaccard of 0.9 cannot hold between texts further apart than that.
 */

export interface Duplicate {
  slug: string;
  title: string;
  reason: "url" | "text";
  /** 1 for the same text; the shingle similarity otherwise. */
  similarity?: number;
}

/** `urls`: every address the article is known by (the one typed, the page's canonical one). */
export async function findDuplicate(k: Kysely<Database>, input: { urls?: (string | undefined)[]; text?: string }): Promise<Duplicate | null> {
  const keys = new Set((input.urls ?? []).map((u) => (u ? normalizeArticleUrl(u) : null)).filter((u): u is string => !!u));
  if (keys.size) {
    const rows = await k.selectFrom("articles").select(["slug", "title", "url"]).where("url", "is not", null).execute();
    const hit = rows.find((r) => r.url && keys.has(normalizeArticleUrl(r.url) ?? ""));
    if (hit) return { slug: hit.slug, title: hit.title, reason: "url" };
  }
  const text = input.text?.trim();
  if (!text) return null;
  const sha = createHash("sha256").update(input.text!).digest("hex");
  const same = await k.selectFrom("articles").select(["slug", "title"]).where("sha256", "=", sha).executeTakeFirst();
  if (same) return { slug: same.slug, title: same.title, reason: "text", similarity: 1 };
  const len = text.length;
  const near = await k
    .selectFrom("articles")
    .select(["slug", "title", "text"])
    .where((eb) => eb.between(eb.fn<number>("length", ["text"]), Math.floor(len * 0.85), Math.ceil(len * 1.15)))
    .execute();
  const mine = shingles(text);
  let best: Duplicate | null = null;
  for (const r of near) {
    const s = jaccard(mine, shingles(r.text));
    if (s >= NEAR_DUPLICATE && s > (best?.similarity ?? 0)) best = { slug: r.slug, title: r.title, reason: "text", similarity: s };
  }
  return best;
}
