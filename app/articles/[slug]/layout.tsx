import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { loadArticleBundle } from "@/lib/data/corpus";
import { Slug } from "@/lib/schema/article";

/**
 * Checks the slug before the page's loading boundary: once loading.tsx has streamed, a
 * notFound() from the page can only answer 200. Here an unknown article still gets its 404.
 */
export default async function ArticleLayout({ params, children }: { params: Promise<{ slug: string }>; children: ReactNode }) {
  const { slug } = await params;
  if (!Slug.safeParse(slug).success || !(await loadArticleBundle(slug))) notFound();
  return children;
}
