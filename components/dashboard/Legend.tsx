import Link from "next/link";
import { ACTIVITY_RAMP, JOINT_OUTLINE, LOSS_RAMP, RECRUIT_COLOR } from "@/lib/map/claim-layers";
import { formatList } from "@/lib/i18n/plural";
import { messages } from "@/lib/i18n/messages";
import { LAYER_LABEL } from "@/lib/i18n/labels";
import type { ShiftKey } from "@/lib/view/legend-keys";
import { ControlKey } from "../timeline/ControlKey";
import { type UiLang, VIEW_LAYERS, type ViewLayer } from "@/lib/view/view-state";

/**
 * A ramp runs the way its labels read: low to high from the start edge, so in Arabic from right
 * to left. The labels below are a flex row, which the page direction already mirrors.
 */
const ramp = (colors: readonly string[], lang: UiLang) => `linear-gradient(to ${lang === "ar" ? "left" : "right"}, ${colors.join(", ")})`;

/** Each layer with its switch, how many claims it draws under the filters, and its key. */
export function Legend({
  layers,
  counts,
  shift,
  lang,
  onToggle,
}: {
  layers: readonly ViewLayer[];
  counts: Record<ViewLayer, number>;
  shift: ShiftKey;
  lang: UiLang;
  onToggle: (layer: ViewLayer, on: boolean) => void;
}) {
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
          {layers.includes(layer) && <Key layer={layer} shift={shift} lang={lang} />}
        </div>
      ))}
      <p className="text-[11px]">
        <Link href={lang === "ar" ? "/about?lang=ar" : "/about"} className="text-blue-800 underline" data-testid="legend-about">
          {t.aboutLink}
        </Link>
      </p>
    </fieldset>
  );
}

function Key({ layer, shift, lang }: { layer: ViewLayer; shift: ShiftKey; lang: UiLang }) {
  const small = "ms-6 mt-1 space-y-0.5 text-[11px] text-stone-600";
  const ar = lang === "ar";
  if (layer === "territorial-loss")
    return (
      <div className={small}>
        <p>{ar ? "اللون: النسبة المذكورة للأراضي المفقودة" : "Colour: the share of territory stated as lost"}</p>
        <div className="h-2 w-32 rounded-sm" style={{ background: ramp(LOSS_RAMP, lang) }} data-testid="ramp-territorial-loss" />
        <div className="flex w-32 justify-between tabular-nums">
          <span data-testid="ramp-low">0%</span>
          <span data-testid="ramp-high">100%</span>
        </div>
        <p data-testid="key-joint">
          <span className="me-1 inline-block h-2.5 w-4 border-2 border-dashed align-middle" style={{ borderColor: JOINT_OUTLINE, background: `${LOSS_RAMP[1]}66` }} />
          {ar ? "رقم واحد مذكور عن الأماكن المحاطة معًا، لا عن كلٍّ منها" : "one figure stated for the outlined places together, not for each"}
        </p>
        <p>
          <span className="me-1 inline-block size-2.5 rounded-full border-2 bg-white align-middle" style={{ borderColor: LOSS_RAMP[2] }} />{" "}
          {ar ? "مكان مذكور أنه فُقد" : "a place named as lost"}
        </p>
      </div>
    );
  if (layer === "recruitment-hotspots")
    return (
      <div className={small}>
        <p>{ar ? "أزرق: أماكن يُذكر فيها التجنيد (أسمك = ادعاءات أكثر)" : "Blue: places where recruitment is reported (thicker = more claims)"}</p>
        <p>
          <span className="me-1 inline-block size-2.5 rounded-full align-middle" style={{ background: RECRUIT_COLOR }} />{" "}
          {ar ? "مكان محدد (الحجم = عدد الادعاءات)" : "a place (size = claims)"}
        </p>
        <p>
          <span className="me-1 inline-block h-2.5 w-4 border-2 align-middle" style={{ borderColor: RECRUIT_COLOR }} />{" "}
          {ar ? "محافظة أو منطقة (خط متصل)" : "a province or region (solid line)"}
        </p>
        <p>
          <span className="me-1 inline-block h-2.5 w-4 border-2 border-dashed align-middle" style={{ borderColor: RECRUIT_COLOR }} />{" "}
          {ar ? "دولة بأكملها (خط متقطع)" : "a whole country (dashed line)"}
        </p>
      </div>
    );
  if (layer === "control-changes") return <ControlKey lang={lang} />;
  if (layer === "allegiance-shifts")
    return (
      <div className={small} data-testid="key-shifts">
        <p>{ar ? "لون الخط: الجماعة التي انتقل إليها المبايعون أو المنشقون" : "Line colour: the group people moved to"}</p>
        <ul className="grid grid-cols-2 gap-x-2">
          {shift.colours.map((a) => (
            <li key={a.id}>
              <span className="me-1 inline-block w-4 align-middle" style={{ background: a.color, height: 3 }} />
              {ar ? a.nameAr : a.nameEn}
            </li>
          ))}
        </ul>
        {shift.people.length > 0 && (
          <>
            <p className="pt-1 font-semibold" id="key-people">
              {messages(lang).people}
            </p>
            <ul aria-labelledby="key-people" data-testid="key-people">
              {shift.people.map((p) => (
                <li key={p.id}>
                  {ar ? p.nameAr : p.nameEn}
                  {p.of.length > 0 &&
                    ` (${formatList(
                      p.of.map((g) => (ar ? g.nameAr : g.nameEn)),
                      lang,
                    )})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  return (
    <div className={small}>
      <p>{ar ? "رمادي: كل الادعاءات عن كل دولة، من أي نوع" : "Grey: every claim about each country, of any kind"}</p>
      <div className="h-2 w-32 rounded-sm" style={{ background: ramp(ACTIVITY_RAMP, lang) }} data-testid="ramp-activity" />
      <div className="flex w-32 justify-between">
        <span data-testid="ramp-low">{ar ? "أقل" : "fewer"}</span>
        <span data-testid="ramp-high">{ar ? "أكثر" : "more"}</span>
      </div>
    </div>
  );
}
