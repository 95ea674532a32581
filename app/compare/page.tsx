import type { Metadata } from "next";
import { CompareMaps } from "@/components/compare/CompareMaps";
import { CompareTable } from "@/components/compare/CompareTable";
import { PageChrome } from "@/components/country/PageChrome";
import { AsOfNote } from "@/components/timeline/AsOfNote";
import { RoutedPlayback } from "@/components/timeline/RoutedPlayback";
import { filterClaims } from "@/lib/view/filter-claims";
import { claimsWithin } from "@/lib/compare/within";
import { loadComparison, readRegions, regionSearchEntries } from "@/lib/compare/load";
import { modeOf } from "@/lib/compare/url";
import { type BBox, unionBBox } from "@/lib/country/projection";
import { HOME_BOUNDS } from "@/lib/map/base-style";
import { messages } from "@/lib/i18n/messages";
import { oembedAlternates } from "@/lib/oembed/page-metadata";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fullModelInputs, loadDashboardModel } from "@/lib/view/load-model";
import { marksFor } from "@/lib/view/aggregate";
import { targetsOf } from "@/lib/view/marks";
import { fromParams } from "@/lib/view/url-codec";
import { DEFAULT_VIEW, filtersOf, NO_FILTERS, type ViewState } from "@/lib/view/view-state";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const sp = await searchParams;
  return { title: messages(fromParams(sp).view.lang).compareTitle, alternates: await oembedAlternates("/compare", sp) };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { view } = fromParams(sp);
  const lang = view.lang;
  const t = messages(lang);
  const parsed = await readRegions(first(sp.regions));
  const comparison = parsed.regions.length ? await loadComparison(parsed) : null;
  const { claims, places } = await fullModelInputs();
  const { actors, timeline } = await loadDashboardModel(NO_FILTERS);
  const asOf = filtersOf({ ...NO_FILTERS, at: view.at, play: view.play, window: view.window });
  const regions = (comparison?.regions ?? []).map((r, i) => ({
    code: r.code,
    nameEn: r.nameEn,
    nameAr: r.nameAr,
    // `at`: each panel shows its region as of that month (the table below stays whole).
    marks: marksFor(filterClaims(claimsWithin(claims, parsed.regions[i]!, places), asOf), places),
    // Playing, the panel's sources keep the whole range's marks and each step is drawn over them
    // as feature state (lib/map/step-marks), so a step's navigation brings no new map style.
    ...(view.at ? { frame: marksFor(filterClaims(claimsWithin(claims, parsed.regions[i]!, places), NO_FILTERS), places) } : {}),
    bounds: r.bbox
      ? ([
          [r.bbox[0], r.bbox[1]],
          [r.bbox[2], r.bbox[3]],
        ] as [[number, number], [number, number]])
      : null,
    outline: targetsOf(parsed.regions[i]!),
  }));
  const box = unionBBox((comparison?.regions ?? []).flatMap((r) => (r.bbox ? [r.bbox as BBox] : [])));
  const home: [[number, number], [number, number]] = box
    ? [
        [box[0], box[1]],
        [box[2], box[3]],
      ]
    : HOME_BOUNDS;
  const camera = view.center && view.zoom !== null ? { center: view.center, zoom: view.zoom } : null;
  return (
    <PageChrome
      lang={lang}
      pathname="/compare"
      search={searchOf(sp)}
      wide
      share={{ ...DEFAULT_VIEW, countries: [...new Set((comparison?.regions ?? []).flatMap((r) => r.countries))] as ViewState["countries"], lang, at: view.at }}
    >
      <h1 className="text-2xl font-semibold">{t.compareTitle}</h1>
      <RoutedPlayback first={timeline.first} last={timeline.last} state={{ at: view.at, play: view.play, window: view.window }} lang={lang} />
      {view.at && <AsOfNote at={view.at} windowMonths={asOf.windowMonths} lang={lang} />}
      <p className="mt-1 mb-4 text-stone-700">{t.compareIntro}</p>
      {parsed.issues.length > 0 && (
        <div role="alert" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950" data-testid="compare-issues">
          <p className="font-semibold">{t.compareIssues}</p>
          <ul className="ms-5 list-disc">
            {parsed.issues.map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of messages, rendered once; two may read the same.
              <li key={n} lang="en">
                {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Keyed by the regions: adding or removing one refits every panel to its own region. */}
      <CompareMaps
        key={regions.map((r) => r.code).join(",")}
        regions={regions}
        actors={actors}
        home={home}
        initialCamera={camera}
        mode={modeOf(first(sp.mode))}
        lang={lang}
        entries={await regionSearchEntries()}
        play={{ at: view.at, play: view.play, window: view.window }}
      />
      {comparison && (
        <section aria-labelledby="table-heading" className="mt-6">
          <h2 id="table-heading" className="mb-2 text-lg font-semibold">
            {t.compare}
          </h2>
          <CompareTable comparison={comparison} lang={lang} />
        </section>
      )}
    </PageChrome>
  );
}
