import { messages } from "../i18n/messages";
import { LAYER_LABEL } from "../i18n/labels";
import { formatList } from "../i18n/plural";
import type { ArticleRef } from "./dashboard-model";
import { formatShare } from "./figures";
import type { Mark } from "./marks";
import type { UiLang } from "./view-state";

/**
 * What a hover tooltip says about the marks under the cursor, so an analyst can scan the map
 * without clicking: the place, what each layer has there, how many claims, from which articles.
 */
export type HoverSummary = { place: string; lines: string[]; claims: string; articles: string };

export function hoverSummary(marks: readonly Mark[], sources: readonly Pick<ArticleRef, "slug" | "title">[], lang: UiLang): HoverSummary | null {
  const first = marks[0];
  if (!first) return null;
  const t = messages(lang);
  const name = (m: Mark) => (lang === "ar" ? m.nameAr : m.nameEn);
  const lines = marks.map((m) => {
    const what = m.layer === "territorial-loss" && m.figure ? formatShare(m.figure, lang) : t.claimsCount(m.claims);
    // Another place under the cursor (a province inside the country) is named; the same place is not.
    const where = m.placeId === first.placeId ? "" : ` (${name(m)})`;
    return `${LAYER_LABEL[lang][m.layer]}${where}: ${what}`;
  });
  // Marks carry counts, not ids: the claims under the cursor are at least the largest mark's
  // (a country's activity mark holds every claim of its places), and so are its articles.
  const most = marks.reduce((a, m) => (m.claims > a.claims ? m : a), first);
  const slugs = [...new Set(marks.flatMap((m) => m.articles))];
  const titleOf = new Map(sources.map((s) => [s.slug, s.title]));
  const titles = slugs.map((s) => titleOf.get(s)).filter((s): s is string => !!s);
  const shown = titles.slice(0, 2);
  const rest = Math.max(titles.length, ...marks.map((m) => m.articleCount)) - shown.length;
  return {
    place: name(first),
    lines,
    claims: t.claimsCount(most.claims),
    articles: shown.length ? formatList(shown, lang) + (rest > 0 ? (lang === "ar" ? ` و${rest} غيرها` : ` and ${rest} more`) : "") : rest > 0 ? t.articlesCount(rest) : "",
  };
}
