import { messages } from "@/lib/i18n/messages";
import { KIND_LABEL } from "@/lib/i18n/labels";
import type { ClaimKind } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";

/** Claims by kind as labelled bars; zero kinds stay listed so absences are visible too. */
export function KindCounts({ byKind, lang }: { byKind: Record<ClaimKind, number>; lang: UiLang }) {
  const max = Math.max(1, ...Object.values(byKind));
  return (
    <section aria-labelledby="kinds-heading">
      <h2 id="kinds-heading" className="mb-2 text-lg font-semibold">
        {messages(lang).claimsByKind}
      </h2>
      <dl className="space-y-1 text-sm" data-testid="kind-counts">
        {(Object.keys(byKind) as ClaimKind[]).map((k) => (
          <div key={k} className="grid grid-cols-[10rem_2rem_1fr] items-center gap-2">
            <dt>{KIND_LABEL[lang][k]}</dt>
            <dd className="text-end tabular-nums">{byKind[k]}</dd>
            <dd aria-hidden className="h-2 rounded-e bg-amber-600" style={{ width: `${(byKind[k] / max) * 100}%` }} />
          </div>
        ))}
      </dl>
    </section>
  );
}
