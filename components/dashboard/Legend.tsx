import { ACTIVITY_RAMP, LOSS_RAMP, RECRUIT_COLOR } from "@/lib/map/claim-layers";
import { messages } from "@/lib/i18n/messages";
import { LAYER_LABEL } from "@/lib/i18n/labels";
import type { ActorInfo } from "@/lib/view/dashboard-model";
import { type UiLang, VIEW_LAYERS, type ViewLayer } from "@/lib/view/view-state";

/**
 * A ramp runs the way its labels read: low to high from the start edge, so in Arabic from right
 * to left. The labels below are a flex row, which the page direction already mirrors.
 */
const ramp = (colors: readonly string[], lang: UiLang) => `linear-gradient(to ${lang === "ar" ? "left" : "right"}, ${colors.join(", ")})`;

/** Each layer with its switch, how many claims it draws under the filters, and its key. */
export function Legend({ layers, counts, actors, lang, onToggle }: { layers: readonly ViewLayer[]; counts: Record<ViewLayer, number>; actors: ActorInfo[]; lang: UiLang; onToggle: (layer: ViewLayer, on: boolean) => void }) {
  const t = messages(lang);
  return (
    <fieldset className="space-y-2" data-testid="legend">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">{t.layers}</legend>
      {VIEW_LAYERS.map((layer) => (
        <div key={layer}>
          <label className="flex cursor-pointer items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-stone-800" checked={layers.includes(layer)} onChange={(e) => onToggle(layer, e.target.checked)} />
            <span className="flex-1">{LAYER_LABEL[lang][layer]}</span>
            <span className="text-xs tabular-nums text-stone-500" data-testid={`count-${layer}`}>
              {t.claimsCount(counts[layer])}
            </span>
          </label>
          {layers.includes(layer) && <Key layer={layer} actors={actors} lang={lang} />}
        </div>
      ))}
    </fieldset>
  );
}

function Key({ layer, actors, lang }: { layer: ViewLayer; actors: ActorInfo[]; lang: UiLang }) {
  const small = "ms-6 mt-1 text-[11px] text-stone-600";
  if (layer === "territorial-loss")
    return (
      <div className={small}>
        <div className="h-2 w-32 rounded-sm" style={{ background: ramp(LOSS_RAMP, lang) }} data-testid="ramp-territorial-loss" />
        <div className="flex w-32 justify-between tabular-nums">
          <span data-testid="ramp-low">0%</span>
          <span data-testid="ramp-high">100%</span>
        </div>
        <span className="me-1 inline-block size-2.5 rounded-full border-2 bg-white align-middle" style={{ borderColor: LOSS_RAMP[2] }} /> {lang === "ar" ? "مكان مذكور" : "place named as lost"}
      </div>
    );
  if (layer === "recruitment-hotspots")
    return (
      <div className={`${small} space-y-0.5`}>
        <p>
          <span className="me-1 inline-block size-2.5 rounded-full align-middle" style={{ background: RECRUIT_COLOR }} /> {lang === "ar" ? "مكان محدد (الحجم = عدد الادعاءات)" : "a place (size = claims)"}
        </p>
        <p>
          <span className="me-1 inline-block h-2.5 w-4 align-middle opacity-60" style={{ background: RECRUIT_COLOR }} /> {lang === "ar" ? "محافظة أو منطقة" : "a province or region"}
        </p>
        <p>
          <span className="me-1 inline-block h-2.5 w-4 align-middle opacity-25" style={{ background: RECRUIT_COLOR }} /> {lang === "ar" ? "دولة بأكملها" : "a whole country"}
        </p>
      </div>
    );
  if (layer === "allegiance-shifts")
    return (
      <ul className={`${small} grid grid-cols-2 gap-x-2`}>
        {actors.map((a) => (
          <li key={a.id}>
            <span className="me-1 inline-block h-0.5 w-4 align-middle" style={{ background: a.color, height: 3 }} />
            {lang === "ar" ? a.nameAr : a.nameEn}
          </li>
        ))}
      </ul>
    );
  return (
    <div className={small}>
      <div className="h-2 w-32 rounded-sm" style={{ background: ramp(ACTIVITY_RAMP, lang) }} data-testid="ramp-activity" />
      <div className="flex w-32 justify-between">
        <span data-testid="ramp-low">{lang === "ar" ? "أقل" : "fewer"}</span>
        <span data-testid="ramp-high">{lang === "ar" ? "أكثر" : "more"}</span>
      </div>
      <span>{lang === "ar" ? "عدد الادعاءات لكل دولة" : "claims per country"}</span>
    </div>
  );
}
