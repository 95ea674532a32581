import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { currentActor, hasRole } from "@/lib/auth/guard";
import { loadGazetteer } from "@/lib/geo/geodata-files";
import { oembedAlternates } from "@/lib/oembed/page-metadata";
import { loadDashboardModel, loadWireModel } from "@/lib/view/load-model";
import { messages } from "@/lib/i18n/messages";
import { dropUnknownActors, fromParams } from "@/lib/view/url-codec";
import { filtersOf } from "@/lib/view/view-state";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { alternates: await oembedAlternates("/", await searchParams) };
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const decoded = fromParams(await searchParams);
  // "Show unreviewed" is for signed-in editors; for anyone else the parameter is dropped.
  const actor = await currentActor();
  const canReview = !!actor && hasRole(actor, "editor");
  if (decoded.view.unreviewed && !canReview) decoded.view = { ...decoded.view, unreviewed: false };
  const opts = { unreviewed: !!decoded.view.unreviewed };
  const first = await loadDashboardModel(filtersOf(decoded.view), opts);
  const { view, issues } = dropUnknownActors(decoded, new Set(first.actors.map((a) => a.id)), messages(decoded.view.lang).unknownActor);
  const countries = loadGazetteer()
    .places.filter((p) => p.kind === "country")
    .map((p) => ({ iso3: p.iso!, nameEn: p.nameEn, nameAr: p.nameAr }))
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  return <Dashboard initialView={view} initialModel={await loadWireModel(filtersOf(view), opts)} issues={issues} countries={countries} canReview={canReview} />;
}
