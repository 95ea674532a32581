import { messages } from "@/lib/i18n/messages";
import { KIND_LABEL } from "@/lib/i18n/labels";
import type { ClaimWording } from "@/lib/reader/claim-text";
import { formatPartialDate } from "@/lib/reader/format";
import { mapHrefForClaim } from "@/lib/reader/links";
import type { Claim } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";
import type { ClaimInfo } from "@/lib/events/claim-info";
import { AttributionText } from "../claims/AttributionText";
import { ClaimGradeLine } from "../grades/ClaimGradeLine";

/** The claims one passage supports, worded in the interface language (as the map's popups are), with their grades. */
export function ClaimList({
  claims,
  notes,
  lang,
  labelId,
  wording,
  info,
  editor = false,
}: {
  claims: readonly Claim[];
  notes: Record<string, string>;
  lang: UiLang;
  labelId: string;
  wording: ClaimWording;
  info?: Record<string, ClaimInfo>;
  editor?: boolean;
}) {
  const m = messages(lang);
  return (
    <div lang={lang} className="mt-3">
      <p id={labelId} className="text-xs font-semibold uppercase tracking-wide text-stone-600">
        {m.claimsFromPassage}
      </p>
      <ul aria-labelledby={labelId} className="mt-1 space-y-2">
        {claims.map((c) => {
          const href = mapHrefForClaim(c, lang);
          const note = notes[c.id];
          return (
            <li key={c.id} id={`claim-${c.id}`} data-claim={c.id} className="rounded border border-stone-200 bg-white p-2 text-sm">
              <span className="me-2 inline-block rounded bg-stone-800 px-1.5 py-0.5 text-xs font-semibold text-white">{KIND_LABEL[lang][c.kind]}</span>
              <span lang={lang} data-testid="reader-claim-summary">
                {wording.summary(c)}
              </span>
              <p className="mt-1 text-xs text-stone-700">
                {c.date ? (
                  <>
                    {m.date}: <time dateTime={c.date.value}>{formatPartialDate(c.date, lang)}</time>
                    {c.date.inferred ? <span className="ms-1 rounded bg-stone-200 px-1 text-stone-800">{m.inferred}</span> : null}
                    {" · "}
                  </>
                ) : null}
                {m[c.certainty]}
                {c.attribution ? (
                  <>
                    {" · "}
                    {m.via} <AttributionText text={c.attribution} lang={lang} groupAr={wording.groupAr} />
                  </>
                ) : null}
              </p>
              {info?.[c.id] ? <ClaimGradeLine claimId={c.id} info={info[c.id]!} lang={lang} editor={editor} /> : null}
              {note ? (
                <details className="mt-1 text-xs text-stone-700">
                  <summary className="cursor-pointer">{m.reviewerNote}</summary>
                  <p lang="en" dir="ltr" className="mt-1">
                    {note}
                  </p>
                </details>
              ) : null}
              <p className="mt-1 text-xs">
                {href ? (
                  <a href={href} className="font-semibold text-sky-900 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-700">
                    {m.showOnMap}
                    <span className="sr-only">: {KIND_LABEL[lang][c.kind]}</span>
                  </a>
                ) : (
                  <span className="text-stone-600">{m.notDrawn}</span>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
