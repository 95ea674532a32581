import { createHash } from "node:crypto";

/**
 * A slug for an article added in the browser: the title folded to ASCII, then 8 hex digits of
 * the text's hash, so two articles with one headline never share a slug and the same text
 * always gets the same one. An Arabic title has no ASCII form and gives "article-<hash>".
 */
export function slugForArticle(title: string | undefined, text: string): string {
  const folded = (title ?? "")
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  const stem = folded
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 8);
  return `${stem || "article"}-${hash}`;
}
