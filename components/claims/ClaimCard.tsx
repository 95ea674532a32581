import { messages } from "@/lib/i18n/messages";
import { formatList } from "@/lib/i18n/plural";
import { KIND_LABEL } from "@/lib/i18n/labels";
import { claimSummary } from "@/lib/view/claim-summary";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import type { UiLang } from "@/lib/view/view-state";
import { AttributionText } from "./AttributionText";
import { GradeBadge } from "./GradeBadge";
import { PassageQuote } from "./PassageQuote";

export type ActorNames = ReadonlyMap<string, { nameEn: string; nameAr: string; color: string }>;

export function formatDate(d: ClaimRow["date"], lang: UiLang): string {
  if (!d) return messages(lang).undated;
  const [y, m, day] = d.value.split("-").map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, day ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d.precision === "day" ? { year: "numeric", month: "long", day: "numeric" } : d.precision === "month" ? { year: "numeric", month: "long" } : { year: "numeric" };
  return date.toLocaleDateString(lang === "ar" ? "ar" : "en-GB", { ...opts, timeZone: "UTC" });
}

/** One claim: what it says, who, when (marked when inferred), how sure, and the passage behind it. */
export function ClaimCard({ claim, actors, lang }: { claim: ClaimRow; actors: ActorNames; lang: UiLang }) {
  const t = messages(lang);
  const name = (id: string) => (lang === "ar" ? actors.get(id)?.nameAr : actors.get(id)?.nameEn) ?? id;
  const groupAr = (nameEn: string) => [...actors.values()].find((a) => a.nameEn === nameEn)?.nameAr;
  const certainty = claim.certainty === "asserted" ? t.asserted : claim.certainty === "reported" ? t.reported : t.hedged;
  return (
    <article className="space-y-1 border-t border-stone-200 pt-2 first:border-t-0 first:pt-0" data-testid="claim-card">
      <p className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">
        {KIND_LABEL[lang][claim.kind]} · {formatDate(claim.date, lang)}
        {claim.date?.inferred && <span title={t.inferred}> ({t.inferred})</span>} <GradeBadge claim={claim} lang={lang} />
      </p>
      <p lang={lang} className="text-sm font-medium text-stone-900" data-testid="claim-summary">
        {claimSummary(claim, lang, name)}
      </p>
      <p className="text-xs text-stone-600">
        {claim.fromActor && claim.toActor ? `${name(claim.fromActor)} ${lang === "ar" ? "←" : "→"} ${name(claim.toActor)}` : formatList(claim.actors.map(name), lang)}
        {" · "}
        {certainty}
        {claim.attribution && (
          <>
            {" · "}
            {t.via} <AttributionText text={claim.attribution} lang={lang} groupAr={groupAr} />
          </>
        )}
      </p>
      <PassageQuote article={claim.article} passageId={claim.passageId} span={claim.span} lang={lang} />
    </article>
  );
}
