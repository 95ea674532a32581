import type { Metadata } from "next";
import { formatDate } from "@/components/claims/ClaimCard";
import { CountryOutlines } from "@/components/country/CountryOutline";
import { PageChrome, withLang } from "@/components/country/PageChrome";
import { ListTable } from "@/components/list/ListTable";
import { COUNTRY_SLUGS, countryPlace, loadCountryProfile } from "@/lib/country/load";
import { type BBox, unionBBox } from "@/lib/country/projection";
import { boundaryIndex } from "@/lib/geo/boundaries";
import { messages } from "@/lib/i18n/messages";
import { searchOf, type SearchParams } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";
import { bbox } from "@turf/turf";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: messages(fromParams(await searchParams).view.lang).countries };
}

export default async function CountriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const { lang } = fromParams(sp).view;
  const t = messages(lang);
  const index = boundaryIndex();
  const profiles = await Promise.all(COUNTRY_SLUGS.map((slug) => loadCountryProfile(slug)));
  const rows = COUNTRY_SLUGS.map((slug, i) => ({ slug, place: countryPlace(slug)!, profile: profiles[i]!, shape: index.countries.get(slug.toUpperCase()) })).sort((a, b) =>
    (lang === "ar" ? a.place.nameAr : a.place.nameEn).localeCompare(lang === "ar" ? b.place.nameAr : b.place.nameEn, lang),
  );
  const most = Math.max(1, ...rows.map((r) => r.profile.summary.claims));
  const shapes = rows.flatMap(({ slug, place, shape, profile }) =>
    shape
      ? [
          {
            iso3: place.iso!,
            name: lang === "ar" ? place.nameAr : place.nameEn,
            href: withLang(`/countries/${slug}`, lang),
            geometry: shape.geometry,
            share: profile.summary.claims / most,
            labelAt: place.point,
          },
        ]
      : [],
  );
  const frame = unionBBox(shapes.map((s) => bbox(s.geometry) as BBox));
  return (
    <PageChrome lang={lang} pathname="/countries" search={searchOf(sp)}>
      <h1 className="text-2xl font-semibold">{t.countries}</h1>
      <p className="mt-1 mb-4 text-stone-700">{t.countriesIntro}</p>
      {frame && <CountryOutlines shapes={shapes} bbox={frame} width={640} height={300} label={t.countries} testId="countries-overview" />}
      <p className="mt-1 text-xs text-stone-600">{lang === "ar" ? "الظل: عدد الادعاءات عن كل دولة (الأغمق أكثر)." : "Shade: claims about each country (darker = more)."}</p>
      <ListTable
        testId="countries-table"
        className="mt-6"
        columns={[
          { label: t.countryLine },
          { label: t.table, figure: true },
          { label: t.actorsPresent, className: "ps-4" },
          { label: t.latestClaim },
          { label: t.compare, hiddenLabel: true },
        ]}
        rows={rows.map(({ slug, place, profile }) => ({
          key: slug,
          data: { "data-iso3": place.iso },
          head: (
            <a href={withLang(`/countries/${slug}`, lang)} className="text-sky-900 underline underline-offset-2">
              {lang === "ar" ? place.nameAr : place.nameEn}
            </a>
          ),
          cells: [
            profile.summary.claims,
            t.actorsCount(profile.summary.actors.length),
            profile.latest ? formatDate(profile.latest, lang) : t.noDatedClaim,
            <a key="compare" href={withLang(`/compare?regions=${place.iso},${slug === "irq" ? "SYR" : "IRQ"}`, lang)} className="text-xs text-sky-900 underline">
              {t.compare}
            </a>,
          ],
        }))}
      />
    </PageChrome>
  );
}
