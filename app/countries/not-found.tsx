import { PageChrome } from "@/components/country/PageChrome";
import { BilingualNotFound } from "@/components/not-found/BilingualNotFound";
import { messages } from "@/lib/i18n/messages";

/** An unknown country code. */
export default function CountryNotFound() {
  const words = (lang: "en" | "ar") => {
    const t = messages(lang);
    return { title: t.countryNotFound, body: t.countryNotFoundBody, back: t.allCountries, href: lang === "ar" ? "/countries?lang=ar" : "/countries" };
  };
  return (
    <PageChrome lang="en" pathname="/countries" search="">
      <BilingualNotFound en={words("en")} ar={words("ar")} />
    </PageChrome>
  );
}
