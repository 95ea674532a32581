import { z } from "zod";
import { Article, Claim, HttpUrl, PartialDate, Slug, type Passage } from "../schema/article";

/**
 * A reviewer's corrections to an automatic result, kept in <slug>.curated.json beside it.
 * Everything is keyed by ids that survive re-ingestion: passage ids hash the passage text and
 * auto claim ids hash passage id + kind + actors + places. The curated file always wins.
 */

export const CuratedClaim = Claim.extend({
  method: z.literal("curated"),
  /** Why the reviewer decided as they did (dates inferred, translation problems ...). */
  note: z.string().optional(),
});
export type CuratedClaim = z.infer<typeof CuratedClaim>;

const ClaimPatch = Claim.omit({ id: true, article: true, method: true }).partial();

export const Gloss = z.object({
  glossEn: z.string().min(1),
  /** Glosses are translations made by the reviewer, never the source's own words. */
  translation: z.literal(true),
  glossNote: z.string().optional(),
});

export const Curation = z.object({
  version: z.literal(1),
  article: Slug,
  reviewedBy: z.string().optional(),
  reviewedAt: z.string().optional(),
  /** "replace": the reviewed claims are the whole set, automatic ones are ignored. */
  autoClaims: z.enum(["merge", "replace"]).default("merge"),
  metadata: z
    .object({
      title: z.string().optional(),
      source: z.string().optional(),
      url: HttpUrl.optional(),
      published: PartialDate.optional(),
      publishedNote: z.string().optional(),
    })
    .default({}),
  glosses: z.record(z.string(), Gloss).default({}),
  remove: z.array(z.object({ id: z.string(), reason: z.string().optional() })).default([]),
  patch: z.array(z.object({ id: z.string(), set: ClaimPatch, note: z.string().optional() })).default([]),
  add: z.array(CuratedClaim).default([]),
});
export type Curation = z.infer<typeof Curation>;

export interface Merged {
  article: Article;
  claims: Claim[];
  notes: Record<string, string>;
  /** References to passages/claims that no longer exist, quotes that do not match ... */
  warnings: string[];
}

function checkQuote(c: Claim, passages: Map<string, Passage>, warnings: string[]): boolean {
  const p = passages.get(c.passageId);
  if (!p) return (warnings.push(`claim ${c.id}: unknown passage ${c.passageId}`), false);
  if (p.text.slice(c.span.start, c.span.end) !== c.quote) return (warnings.push(`claim ${c.id}: quote is not passage text at its span`), false);
  return true;
}

/** Applies a curation to an automatic result; the result is validated again. */
export function applyCuration(article: Article, auto: Claim[], cur?: Curation): Merged {
  const warnings: string[] = [];
  const notes: Record<string, string> = {};
  if (!cur) return { article, claims: auto, notes, warnings };
  const passages = new Map(article.passages.map((p) => [p.id, p]));
  for (const id of Object.keys(cur.glosses)) if (!passages.has(id)) warnings.push(`gloss for unknown passage ${id}`);
  const merged = Article.parse({
    ...article,
    ...Object.fromEntries(Object.entries(cur.metadata).filter(([, v]) => v !== undefined)),
    passages: article.passages.map((p) => {
      const g = cur.glosses[p.id];
      return g ? { ...p, glossEn: g.glossEn, ...(g.glossNote ? { glossNote: g.glossNote } : {}) } : p;
    }),
  });
  const removed = new Set(cur.remove.map((r) => r.id));
  const known = new Set(auto.map((c) => c.id));
  for (const id of [...removed, ...cur.patch.map((p) => p.id)]) if (!known.has(id) && cur.autoClaims === "merge") warnings.push(`curation refers to unknown claim ${id}`);
  const patches = new Map(cur.patch.map((p) => [p.id, p]));
  let claims: Claim[] = cur.autoClaims === "replace" ? [] : auto.filter((c) => !removed.has(c.id));
  claims = claims.map((c) => {
    const p = patches.get(c.id);
    if (!p) return c;
    if (p.note) notes[c.id] = p.note;
    return Claim.parse({ ...c, ...p.set, method: "curated" });
  });
  for (const a of cur.add) {
    const { note, ...c } = a;
    if (note) notes[c.id] = note;
    claims = claims.filter((x) => x.id !== c.id);
    claims.push(Claim.parse(c));
  }
  claims = claims.filter((c) => checkQuote(c, passages, warnings));
  return { article: merged, claims, notes, warnings };
}
