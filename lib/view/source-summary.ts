import type { PartialDate } from "../schema/article";

/**
 * Where a view's claims come from, in the few figures a reader needs to weigh them: how many
 * articles, how many outlets (and how many articles name none), the latest publication date, and
 * how many of the claims a reviewer has checked. Shown on every map view, because the map's
 * only other credits are the base map's, which read as if they were the data's.
 */
export type SourcedArticle = { slug: string; source?: string; published?: PartialDate; curated?: boolean };
export type SourceSummary = {
  articles: number;
  /** Distinct outlets named by the articles. */
  outlets: number;
  /** Articles that name no outlet. */
  unnamed: number;
  /** The latest publication date among the articles, null when none states one. */
  latest: PartialDate | null;
  /** Claims from reviewed (curated) articles, of `claims`. */
  reviewed: number;
  claims: number;
};

export function sourceSummary(articles: readonly SourcedArticle[], claims: readonly { article: string }[]): SourceSummary {
  const outlets = new Set(articles.flatMap((a) => (a.source?.trim() ? [a.source.trim().toLowerCase()] : [])));
  // ISO prefixes compare as strings; on a tie the more precise date is the later-known one.
  const latest = articles.reduce<PartialDate | null>((best, a) => (a.published && (!best || a.published.value > best.value) ? a.published : best), null);
  const curated = new Set(articles.filter((a) => a.curated).map((a) => a.slug));
  return {
    articles: articles.length,
    outlets: outlets.size,
    unnamed: articles.filter((a) => !a.source?.trim()).length,
    latest,
    reviewed: claims.filter((c) => curated.has(c.article)).length,
    claims: claims.length,
  };
}
