import type { ClaimInfo } from "@/lib/events/claim-info";
import { gradesMessages } from "@/lib/i18n/grades-messages";
import type { UiLang } from "@/lib/view/view-state";
import { GradeBadge } from "../claims/GradeBadge";
import { EditorClaimTools } from "./EditorClaimTools";

/** A claim's grade and event in the reader; editors also get the tools to change them. */
export function ClaimGradeLine({ claimId, info, lang, editor }: { claimId: string; info: ClaimInfo; lang: UiLang; editor: boolean }) {
  const t = gradesMessages(lang);
  return (
    <div className="mt-1 text-xs text-stone-700" data-testid="claim-grade-line">
      <GradeBadge claim={info} lang={lang} /> · {t.event} <code dir="ltr">{info.event}</code>
      {info.reports > 1 && <> · {t.eventHeading(info.reports, info.sources)}</>}
      {editor && <EditorClaimTools claimId={claimId} info={info} lang={lang} />}
    </div>
  );
}
