import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ClaimsOverTime } from "@/components/country/ClaimsOverTime";
import { FigureList } from "@/components/country/FigureList";
import { KindCounts } from "@/components/country/KindCounts";
import { PageChrome, withLang } from "@/components/country/PageChrome";
import { PassageList } from "@/components/country/PassageList";
import { ProvinceList } from "@/components/country/ProvinceList";
import { ShiftList } from "@/components/country/ShiftList";
import { SourcesNote } from "@/components/dashboard/SourcesNote";
import { CountryPlayback } from "@/components/timeline/CountryPlayback";
import { COUNTRY_SLUGS, countryBounds, countryPlace, loadCountryProfile } from "@/lib/country/load";
import { messages } from "@/lib/i18n/messages";
import { oembedAlternates } from "@/lib/oembed/page-metadata";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { loadDashboardModel } from "@/lib/view/load-model";
import { fromParams } from "@/lib/view/url-codec";
import { DEFAULT_VIEW, filtersOf, NO_FILTERS } from "@/lib/view/view-state";

type Props = { params: Promise<{ iso3: string }>; searchParams: Promise<SearchParams> };

export const generateStaticParams = () => COUNTRY_SLUGS.map((iso3) => ({ iso3 }));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  const sp = await searchParams;
  const lang = fromParams(sp).view.lang;
  const place = countryPlace(iso3);
  if (!place) return { title: messages(lang).countryNotFound };
  return { title: lang === "ar" ? place.nameAr : place.nameEn, alternates: await oembedAlternates(`/countries/${iso3.toLowerCase()}`, sp) };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { iso3: raw } = await params;
  const sp = await searchParams;
  const search = searchOf(sp);
  // One address per country: IRQ and Irq lead to /countries/irq.
  if (raw !== raw.toLowerCase() && COUNTRY_SLUGS.includes(raw.toLowerCase())) redirect(`/countries/${raw.toLowerCase()}${search ? `?${search}` : ""}`);
  const profile = await loadCountryProfile(raw);
  const home = countryBounds(raw);
  if (!profile || !home) notFound();
  const { lang, at, play, window: windowMonths } = fromParams(sp).view;
  const t = messages(lang);
  // `at` (the situation as of a month) narrows the map; the page's counts and lists stay whole.
  const model = await loadDashboardModel(filtersOf({ ...NO_FILTERS, countries: [profile.iso3], at, play, window: windowMonths }));
  const names = new Map(model.actors.map((a) => [a.id, a]));
  const name = lang === "ar" ? profile.nameAr : profile.nameEn;
  const others = COUNTRY_SLUGS.filter((c) => c !== raw.toLowerCase());
  return (
    <PageChrome lang={lang} pathname={`/countries/${raw.toLowerCase()}`} search={search} wide share={{ ...DEFAULT_VIEW, countries: [profile.iso3], lang, at }}>
      <p className="text-sm">
        <a href={withLang("/countries", lang)} className="text-sky-900 underline underline-offset-2">
          {t.allCountries}
        </a>
      </p>
      <h1 className="mt-1 text-3xl font-semibold" data-testid="country-name" data-iso3={profile.iso3}>
        {name}
      </h1>
      <p className="text-stone-600">
        {t.claimsCount(profile.summary.claims)} · {t.actorsCount(profile.summary.actors.length)} · {t.passagesCount(profile.passages.length)}
      </p>
      {/* The map and its play control: `at`, `play` and `window` in the URL, steps cut in the browser. */}
      <CountryPlayback
        iso3={profile.iso3}
        iso2={profile.provinces[0]?.iso.split("-")[0] ?? ""}
        home={home}
        lang={lang}
        name={`${t.mapOf} ${name}`}
        marks={model.marks}
        actors={model.actors}
        first={model.timeline.first}
        last={model.timeline.last}
        initial={{ at, play, window: windowMonths }}
      />
      <SourcesNote summary={model.sourceSummary} lang={lang} />
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <KindCounts byKind={profile.summary.byKind} lang={lang} />
        <ClaimsOverTime data={profile.timeline} lang={lang} />
        <ShiftList profile={profile} names={names} lang={lang} />
        <FigureList figures={profile.figures} lang={lang} />
      </div>
      <div className="mt-8 space-y-8">
        <PassageList passages={profile.passages} lang={lang} />
        <ProvinceList profile={profile} lang={lang} />
        <nav aria-labelledby="others-heading">
          <h2 id="others-heading" className="mb-2 text-lg font-semibold">
            {t.otherCountries}
          </h2>
          <ul className="flex flex-wrap gap-2" data-testid="other-countries">
            {others.map((c) => {
              const p = countryPlace(c)!;
              return (
                <li key={c} className="flex items-center gap-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm">
                  <a href={withLang(`/countries/${c}`, lang)} className="font-medium hover:underline">
                    {lang === "ar" ? p.nameAr : p.nameEn}
                  </a>
                  <a
                    href={withLang(`/compare?regions=${profile.iso3},${p.iso}`, lang)}
                    className="text-xs text-sky-900 underline"
                    aria-label={`${t.compare}: ${name} / ${lang === "ar" ? p.nameAr : p.nameEn}`}
                  >
                    {t.compare}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </PageChrome>
  );
}
