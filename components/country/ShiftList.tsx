import { formatDate } from "@/components/claims/ClaimCard";
import { messages } from "@/lib/i18n/messages";
import type { CountryProfile } from "@/lib/country/profile";
import type { UiLang } from "@/lib/view/view-state";
import { arrow, type Names, nameIn } from "./names";
import { SourceLink } from "./SourceLink";

/** The groups named and each stated shift between them, with the passages that say so. */
export function ShiftList({ profile, names, lang }: { profile: CountryProfile; names: Names; lang: UiLang }) {
  const t = messages(lang);
  return (
    <section aria-labelledby="actors-heading" className="space-y-3">
      <h2 id="actors-heading" className="text-lg font-semibold">
        {t.actorsPresent}
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm" data-testid="actors">
        {profile.summary.actors.map((id) => (
          <li key={id} className="rounded-full border border-stone-300 bg-white px-2 py-0.5">
            {nameIn(names, id, lang)}
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">{t.shifts}</h3>
      {profile.shifts.length === 0 ? (
        <p className="text-sm text-stone-600">{t.noShifts}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="shifts">
          {profile.shifts.map((s) => (
            <li key={`${s.from}>${s.to}`}>
              <span className="font-medium">
                {nameIn(names, s.from, lang)} {arrow(lang)} {nameIn(names, s.to, lang)}
              </span>
              <ul className="ms-4 list-disc text-stone-700">
                {s.claims.map((c) => (
                  <li key={c.claimId}>
                    <span lang="en">{c.summary}</span> · {formatDate(c.date, lang)} ·{" "}
                    <SourceLink article={c.article} passageId={c.passageId} lang={lang}>
                      {t.openPassage}
                    </SourceLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
