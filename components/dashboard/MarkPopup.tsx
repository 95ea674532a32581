"use client";

import { Popup } from "@vis.gl/react-maplibre";
import { messages } from "@/lib/i18n/messages";
import { LAYER_LABEL, PRECISION_LABEL } from "@/lib/i18n/labels";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import type { Mark } from "@/lib/view/marks";
import type { UiLang } from "@/lib/view/view-state";
import { type ActorNames, ClaimCard } from "../claims/ClaimCard";

const MAX_CARDS = 12;

/**
 * The selected mark's popup: what the layer says about the place and every claim behind it,
 * each with its passage. Other marks under the same click are offered as buttons.
 */
export function MarkPopup({ mark, others, claims, actors, lang, onSelect, onClose }: { mark: Mark; others: Mark[]; claims: ReadonlyMap<string, ClaimRow>; actors: ActorNames; lang: UiLang; onSelect: (id: string) => void; onClose: () => void }) {
  const t = messages(lang);
  // A popup quotes a dozen claims at most; the table (and the CSV) list them all.
  const rows = mark.claimIds.map((id) => claims.get(id)).filter((c): c is ClaimRow => !!c).slice(0, MAX_CARDS);
  return (
    <Popup longitude={mark.point[0]} latitude={mark.point[1]} onClose={onClose} closeOnClick={false} maxWidth="380px">
      <div dir={lang === "ar" ? "rtl" : "ltr"} lang={lang} className="max-h-[38vh] space-y-2 overflow-y-auto p-1 text-start" data-testid="mark-popup" role="dialog" aria-label={`${LAYER_LABEL[lang][mark.layer]}: ${lang === "ar" ? mark.nameAr : mark.nameEn}`}>
        <header>
          <p className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">{LAYER_LABEL[lang][mark.layer]}</p>
          <h3 className="text-base font-semibold">
            {lang === "ar" ? mark.nameAr : mark.nameEn} <span className="text-xs font-normal text-stone-500">({PRECISION_LABEL[lang][mark.precision]})</span>
          </h3>
          {mark.layer === "territorial-loss" && mark.value > 0 && <p className="text-sm">{lang === "ar" ? `النسبة المذكورة للأراضي المفقودة: ${mark.value}٪` : `Share stated as lost: ${mark.value}%`}</p>}
          <p className="text-xs text-stone-500">{t.claimsCount(mark.claimIds.length)}</p>
        </header>
        {rows.map((c) => (
          <ClaimCard key={c.id} claim={c} actors={actors} lang={lang} />
        ))}
        {mark.claimIds.length > rows.length && <p className="text-xs text-stone-600">{t.moreInTable(mark.claimIds.length - rows.length)}</p>}
        {others.length > 0 && (
          <nav aria-label="Other layers here" className="flex flex-wrap gap-1 border-t border-stone-200 pt-2">
            {others.map((o) => (
              <button key={o.id} type="button" className="rounded border border-stone-300 px-1.5 py-0.5 text-xs hover:bg-stone-100" onClick={() => onSelect(o.id)}>
                {LAYER_LABEL[lang][o.layer]} · {lang === "ar" ? o.nameAr : o.nameEn}
              </button>
            ))}
          </nav>
        )}
      </div>
    </Popup>
  );
}
