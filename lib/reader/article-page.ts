import type { ArticleBundle } from "../articles/store";
import { inTextOrder, pageOfIndex, pageStarts, pagingOf } from "./pages";

/** `GET /api/articles/{slug}` answers a page of passages at a time (issue 17 item 5). */
export const API_PAGE = { defaultLimit: 500, maxLimit: 2000 } as const;

export interface ArticlePageQuery {
  page?: number;
  limit?: number;
  /** Picks the page that holds this passage (for a popup quoting it). */
  passage?: string;
}

export interface ArticlePage extends Omit<ArticleBundle, "article"> {
  article: ArticleBundle["article"];
  paging: { page: number; pages: number; limit: number; passages: number; claims: number };
}

/**
 * The bundle cut to one page: that page's passages (in text order), the claims resting on them
 * and their notes; the article's text and metadata whole, so offsets keep their meaning.
 * null when the page or the passage is not in the article.
 */
export function articlePage(bundle: ArticleBundle, q: ArticlePageQuery): ArticlePage | null {
  const limit = q.limit ?? API_PAGE.defaultLimit;
  const ordered = inTextOrder(bundle.article.passages);
  const starts = pageStarts(
    ordered.map(() => 0),
    { passages: limit, chars: Infinity },
  );
  let page = q.page ?? 1;
  if (q.passage !== undefined) {
    const at = ordered.findIndex((p) => p.id === q.passage);
    if (at < 0) return null;
    page = pageOfIndex(starts, at);
  }
  if (page > starts.length) return null;
  const { from, to } = pagingOf(starts, ordered.length, page);
  const passages = ordered.slice(from, to);
  const ids = new Set(passages.map((p) => p.id));
  const claims = bundle.claims.filter((c) => ids.has(c.passageId));
  const notes = Object.fromEntries(claims.filter((c) => bundle.notes[c.id] !== undefined).map((c) => [c.id, bundle.notes[c.id]!]));
  return {
    ...bundle,
    article: { ...bundle.article, passages },
    claims,
    notes,
    paging: { page, pages: starts.length, limit, passages: ordered.length, claims: bundle.claims.length },
  };
}
