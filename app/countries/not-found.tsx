import { PageChrome } from "@/components/country/PageChrome";
import { messages } from "@/lib/i18n/messages";

/** An unknown country code. Not-found pages get no query, so the Arabic text follows the English. */
export default function CountryNotFound() {
  const en = messages("en");
  const ar = messages("ar");
  return (
    <PageChrome lang="en" pathname="/countries" search="">
      <h1 className="text-2xl font-semibold">{en.countryNotFound}</h1>
      <p className="mt-2 text-stone-800">{en.countryNotFoundBody}</p>
      <p className="mt-4">
        <a href="/countries" className="font-semibold text-sky-900 underline underline-offset-4">
          {en.allCountries}
        </a>
      </p>
      <div lang="ar" dir="rtl" className="mt-8 border-t border-stone-300 pt-4">
        <p className="text-xl font-semibold">{ar.countryNotFound}</p>
        <p className="mt-2 text-stone-800">{ar.countryNotFoundBody}</p>
        <p className="mt-4">
          <a href="/countries?lang=ar" className="font-semibold text-sky-900 underline underline-offset-4">
            {ar.allCountries}
          </a>
        </p>
      </div>
    </PageChrome>
  );
}
