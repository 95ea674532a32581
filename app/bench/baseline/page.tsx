import type { Metadata } from "next";
import { plainMarks } from "@/lib/map/mark-states";
import { loadDashboardModel } from "@/lib/view/load-model";
import { fromParams } from "@/lib/view/url-codec";
import { filtersOf } from "@/lib/view/view-state";
import { BaselineMap } from "./BaselineMap";

// Exists for `npm run bench` only: the dashboard's transfer size and time to map idle are budgeted
// as ratios against this page, which draws the same map as the dashboard for the same URL (base
// layers, and the view's claim layers with their shading, points and labels) with the same
// MapLibre build and nothing else. `?layers=none` gives the base map alone. Not linked from
// anywhere and kept out of search indexes.
export const metadata: Metadata = {
  title: "Benchmark baseline",
  robots: { index: false, follow: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function BenchBaselinePage({ searchParams }: { searchParams: SearchParams }) {
  const { view } = fromParams(await searchParams);
  const marks = plainMarks(await loadDashboardModel(filtersOf(view)), view.layers, view.lang);
  return (
    <div style={{ width: "100vw", height: "100vh" }}>
      <BaselineMap lang={view.lang} layers={view.layers} marks={marks} />
    </div>
  );
}
