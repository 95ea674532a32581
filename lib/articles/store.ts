import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { Article, Claim, Slug, type PartialDate } from "../schema/article";
import { applyCuration, Curation, type Merged } from "./curation";

/**
 * Read side of geodata/articles: the merged view (automatic claims with the reviewer's
 * curation applied) that the app and the API serve. No React, no server-only import: the
 * CLI uses it too.
 */

export const ClaimsFile = z.array(Claim);

export function dataDir(): string {
  // Read at run time from the checkout; not traced into the server bundle.
  return process.env.ATLAS_DATA_DIR ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), "geodata/articles");
}

export const articleFiles = (slug: string, dir = dataDir()) => ({
  article: path.join(/*turbopackIgnore: true*/ dir, `${slug}.article.json`),
  claims: path.join(/*turbopackIgnore: true*/ dir, `${slug}.claims.json`),
  curated: path.join(/*turbopackIgnore: true*/ dir, `${slug}.curated.json`),
});

export interface ArticleBundle extends Merged {
  curated: boolean;
}

export interface ArticleListing {
  slug: string;
  title: string;
  lang: Article["lang"];
  source?: string;
  published?: PartialDate;
  passages: number;
  claims: number;
  curated: boolean;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The merged article and final claims for a slug, or null if there is no such article. */
export function loadArticleBundle(slug: string, dir = dataDir()): ArticleBundle | null {
  if (!Slug.safeParse(slug).success) return null;
  const f = articleFiles(slug, dir);
  if (!existsSync(f.article)) return null;
  const article = Article.parse(readJson(f.article));
  const auto = existsSync(f.claims) ? ClaimsFile.parse(readJson(f.claims)) : [];
  const cur = existsSync(f.curated) ? Curation.parse(readJson(f.curated)) : undefined;
  return { ...applyCuration(article, auto, cur), curated: cur !== undefined };
}

/** Every article in the data dir, sorted by slug, summarised from the merged view. */
export function listArticles(dir = dataDir()): ArticleListing[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".article.json"))
    .map((n) => n.slice(0, -".article.json".length))
    .sort()
    .flatMap((slug) => {
      const b = loadArticleBundle(slug, dir);
      if (!b) return [];
      const a = b.article;
      return [{
        slug, title: a.title, lang: a.lang, passages: a.passages.length, claims: b.claims.length, curated: b.curated,
        ...(a.source ? { source: a.source } : {}), ...(a.published ? { published: a.published } : {}),
      }];
    });
}

/** All final claims across articles, for building map layers. */
export function loadAllClaims(dir = dataDir()): Claim[] {
  return listArticles(dir).flatMap((l) => loadArticleBundle(l.slug, dir)?.claims ?? []);
}
