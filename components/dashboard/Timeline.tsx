"use client";

import { useRef, useState } from "react";
import { messages } from "@/lib/i18n/messages";
import { intervalOf } from "@/lib/view/date-range";
import type { Timeline as TimelineData } from "@/lib/view/timeline";
import { binLabel, undatedNote } from "@/lib/view/timeline-labels";
import type { UiLang } from "@/lib/view/view-state";

const H = 64;

/**
 * Claims per month, with a brush: drag across months to set the date filter, Escape to clear.
 * Month- and day-dated claims are solid bars; year-only claims are a pale band over their year.
 */
export function Timeline({
  data,
  from,
  to,
  at = null,
  lang,
  onRange,
}: {
  data: TimelineData;
  from: string | null;
  to: string | null;
  at?: string | null;
  lang: UiLang;
  onRange: (from: string | null, to: string | null) => void;
}) {
  const t = messages(lang);
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const bins = data.bins;
  if (bins.length === 0) return <p className="text-xs text-stone-500">{t.noClaims}</p>;
  const max = Math.max(1, ...bins.map((b) => b.exact + b.yearOnly / 12));
  const w = 100 / bins.length;
  const indexAt = (clientX: number) => {
    const r = svg.current!.getBoundingClientRect();
    const x = lang === "ar" ? r.right - clientX : clientX - r.left;
    return Math.max(0, Math.min(bins.length - 1, Math.floor((x / r.width) * bins.length)));
  };
  const selected = (i: number) => {
    if (drag) return i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b);
    const m = bins[i]!.month;
    return (!!from || !!to) && (!from || intervalOf(m).end >= intervalOf(from).start) && (!to || intervalOf(m).start <= intervalOf(to).end);
  };
  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading" className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">
        {t.timeline}
      </h2>
      <div className="flex items-stretch gap-1">
        {/* The count axis: bars are scaled to the busiest month, so say what full height means. */}
        <div className="flex h-16 flex-col justify-between text-end text-[10px] leading-none tabular-nums text-stone-500" data-testid="timeline-axis" aria-hidden>
          <span>{Math.round(max * 10) / 10}</span>
          <span>0</span>
        </div>
        <svg
          ref={svg}
          role="group"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the timeline is a control (arrow keys move the brush), described by its hint.
          tabIndex={0}
          aria-label={`${t.timeline}: ${bins[0]!.month} – ${bins[bins.length - 1]!.month}`}
          aria-describedby="timeline-hint"
          viewBox={`0 0 100 ${H}`}
          preserveAspectRatio="none"
          className="h-16 min-w-0 flex-1 cursor-crosshair touch-none rounded bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-700"
          style={lang === "ar" ? { transform: "scaleX(-1)" } : undefined}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            const i = indexAt(e.clientX);
            setDrag({ a: i, b: i });
          }}
          onPointerMove={(e) => drag && setDrag({ ...drag, b: indexAt(e.clientX) })}
          onPointerUp={() => {
            if (!drag) return;
            const [a, b] = [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)];
            setDrag(null);
            onRange(bins[a]!.month, bins[b]!.month);
          }}
          onKeyDown={(e) => e.key === "Escape" && onRange(null, null)}
        >
          {bins.map((b, i) => {
            const band = (b.yearOnly / 12 / max) * (H - 4);
            const bar = (b.exact / max) * (H - 4);
            const on = selected(i);
            return (
              <g key={b.month} data-month={b.month}>
                {on && <rect x={i * w} y={0} width={w} height={H} fill="#fde68a" />}
                {band > 0 && <rect x={i * w} y={H - band} width={w} height={band} fill="#a8a29e" opacity={0.5} />}
                {bar > 0 && <rect x={i * w + w * 0.1} y={H - band - bar} width={w * 0.8} height={bar} fill={on ? "#92400e" : "#44403c"} />}
                {/* The playback's step (?at=): a line at the end of its month. */}
                {at === b.month && <rect x={(i + 1) * w - 0.6} y={0} width={0.6} height={H} fill="#1d4ed8" data-testid="timeline-at" />}
                <title>{binLabel(b, lang)}</title>
              </g>
            );
          })}
        </svg>
      </div>
      <p className="text-[10px] text-stone-500">{lang === "ar" ? "الارتفاع: الادعاءات في الشهر" : "Height: claims per month"}</p>
      <div className="mt-0.5 flex justify-between text-[11px] tabular-nums text-stone-500">
        <span>{bins[0]!.month.slice(0, 4)}</span>
        <span>{bins[bins.length - 1]!.month.slice(0, 4)}</span>
      </div>
      {data.undated > 0 && (
        <p className="text-xs font-medium text-stone-700" data-testid="timeline-undated">
          {undatedNote(data.undated, lang)}
        </p>
      )}
      <p id="timeline-hint" className="text-[11px] text-stone-500">
        {t.brushHint}
      </p>
    </section>
  );
}
