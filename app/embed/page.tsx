import type { Metadata } from "next";
import { EmbedView } from "@/components/embed/EmbedView";
import { loadDashboardModel } from "@/lib/view/load-model";
import { fromParams } from "@/lib/view/url-codec";
import { filtersOf } from "@/lib/view/view-state";

export const metadata: Metadata = { title: "Embedded map", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The map for other sites' iframes; the only page they may frame (see next.config.js). */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const { view } = fromParams(await searchParams);
  return <EmbedView initialView={view} initialModel={await loadDashboardModel(filtersOf(view))} />;
}
