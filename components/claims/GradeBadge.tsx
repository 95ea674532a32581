import { gradesMessages } from "@/lib/i18n/grades-messages";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import type { UiLang } from "@/lib/view/view-state";

/** A claim's Admiralty grade, "B2", with both scales spelled out for a pointer or a screen reader. */
export function GradeBadge({ claim, lang }: { claim: Pick<ClaimRow, "reliability" | "credibility">; lang: UiLang }) {
  const r = claim.reliability ?? "F";
  const c = claim.credibility ?? 6;
  const t = gradesMessages(lang);
  return (
    <>
      <abbr title={t.gradeTitle(r, c)} className="rounded border border-stone-300 px-1 font-mono text-[11px] text-stone-700 no-underline" data-testid="grade-badge" dir="ltr">
        {r}
        {c}
      </abbr>
      {/* abbr's title is not read by every screen reader; aria-label on an abbr is not allowed. */}
      <span className="sr-only"> ({t.gradeTitle(r, c)})</span>
    </>
  );
}
