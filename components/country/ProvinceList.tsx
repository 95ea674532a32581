import { messages } from "@/lib/i18n/messages";
import type { CountryProfile } from "@/lib/country/profile";
import type { UiLang } from "@/lib/view/view-state";

/** The country's provinces, those the claims name first, each a link to compare it. */
export function ProvinceList({ profile, lang }: { profile: CountryProfile; lang: UiLang }) {
  const t = messages(lang);
  const named = profile.provinces.filter((p) => p.claims > 0).length;
  return (
    <section aria-labelledby="provinces-heading">
      <h2 id="provinces-heading" className="mb-2 text-lg font-semibold">
        {t.provinces}{" "}
        <span className="text-sm font-normal text-stone-500">
          ({profile.provinces.length} · {t.provincesNamed(named)})
        </span>
      </h2>
      <ul className="columns-2 gap-4 text-sm sm:columns-3" data-testid="provinces">
        {profile.provinces.map((p) => (
          <li key={p.iso} className="break-inside-avoid">
            <a
              href={`/compare?regions=${profile.iso3},${p.iso}${lang === "ar" ? "&lang=ar" : ""}`}
              className="hover:underline"
              title={`${t.compareWith} ${lang === "ar" ? profile.nameAr : profile.nameEn}`}
            >
              {lang === "ar" ? p.nameAr : p.nameEn}
            </a>
            {p.claims > 0 && <span className="text-stone-500"> · {p.claims}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
