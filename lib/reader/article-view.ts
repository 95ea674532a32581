import type { Article, Claim, Passage } from "../schema/article";
import { mentionsFromClaims, mergeMentions } from "./mentions";
import { segmentPassage, type Mention, type Run } from "./segments";

/** The article as the reader lays it out: paragraphs of passages, each with its runs and claims. */

export interface PassageView {
  passage: Passage;
  runs: Run[];
  /** Claims this passage supports, in the order their quotes appear. */
  claims: Claim[];
}

export interface ParagraphView {
  index: number;
  passages: PassageView[];
}

export function claimsByPassage(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) out.set(c.passageId, [...(out.get(c.passageId) ?? []), c]);
  for (const list of out.values()) list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}

/**
 * `find` is the mention finder (the pipeline's matchers on the server, anything in tests).
 * Passages are grouped by their paragraph index, in text order.
 */
export function buildArticleView(article: Pick<Article, "passages">, claims: readonly Claim[], find: (text: string) => Mention[] = () => []): ParagraphView[] {
  const byPassage = claimsByPassage(claims);
  const paragraphs = new Map<number, PassageView[]>();
  const ordered = [...article.passages].sort((a, b) => a.start - b.start);
  for (const passage of ordered) {
    const own = byPassage.get(passage.id) ?? [];
    const mentions = mergeMentions(find(passage.text), mentionsFromClaims(passage.text, own));
    const runs = segmentPassage(
      passage.text,
      mentions,
      own.map((c) => ({ id: c.id, start: c.span.start, end: c.span.end })),
    );
    paragraphs.set(passage.paragraph, [...(paragraphs.get(passage.paragraph) ?? []), { passage, runs, claims: own }]);
  }
  return [...paragraphs.entries()].sort(([a], [b]) => a - b).map(([index, passages]) => ({ index, passages }));
}
