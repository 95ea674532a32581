import type { Metadata } from "next";
import { EmbedView } from "@/components/embed/EmbedView";
import { loadDashboardModel, loadWireModel } from "@/lib/view/load-model";
import { messages } from "@/lib/i18n/messages";
import { dropUnknownActors, fromParams } from "@/lib/view/url-codec";
import { filtersOf } from "@/lib/view/view-state";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: messages(fromParams(await searchParams).view.lang).embedTitle, robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The map for other sites' iframes; the only page they may frame (see next.config.js). */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const decoded = fromParams(await searchParams);
  const first = await loadDashboardModel(filtersOf(decoded.view));
  // An unknown group would empty the frame without a word; the embed has no room for the notice.
  const { view } = dropUnknownActors(decoded, new Set(first.actors.map((a) => a.id)));
  return <EmbedView initialView={view} initialModel={await loadWireModel(filtersOf(view))} />;
}
