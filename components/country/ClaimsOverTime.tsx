import { messages } from "@/lib/i18n/messages";
import type { Timeline } from "@/lib/view/timeline";
import type { UiLang } from "@/lib/view/view-state";

const H = 48;

/**
 * A read-only monthly bar chart: month- and day-dated claims as solid bars, year-only claims as
 * a pale band across their year (the dashboard's Timeline brushes a filter; this page has none).
 */
export function ClaimsOverTime({ data, lang }: { data: Timeline; lang: UiLang }) {
  const t = messages(lang);
  const bins = data.bins;
  const max = Math.max(1, ...bins.map((x) => x.exact + x.yearOnly / 12));
  return (
    <section aria-labelledby="time-heading">
      <h2 id="time-heading" className="mb-2 text-lg font-semibold">
        {t.overTime}
      </h2>
      {bins.length === 0 ? (
        <p className="text-sm text-stone-600">{t.noClaims}</p>
      ) : (
        <figure>
          <svg
            viewBox={`0 0 ${bins.length} ${H}`}
            preserveAspectRatio="none"
            className="h-16 w-full rounded bg-stone-100"
            style={lang === "ar" ? { transform: "scaleX(-1)" } : undefined}
            role="img"
            aria-label={`${t.overTime}: ${bins[0]!.month} – ${bins[bins.length - 1]!.month}`}
            data-testid="claims-over-time"
          >
            {bins.map((b, i) => {
              const band = (b.yearOnly / 12 / max) * H;
              const bar = (b.exact / max) * H;
              return (
                <g key={b.month}>
                  {band > 0 && <rect x={i} y={H - band} width={1} height={band} className="fill-amber-200" />}
                  {bar > 0 && <rect x={i + 0.1} y={H - band - bar} width={0.8} height={bar} className="fill-amber-700" />}
                </g>
              );
            })}
          </svg>
          <figcaption className="mt-1 flex justify-between text-xs text-stone-600">
            <span>{bins[0]!.month.slice(0, 4)}</span>
            <span>
              {t.yearOnlyNote}
              {data.undated > 0 && ` · ${data.undated} ${t.undated}`}
            </span>
            <span>{bins[bins.length - 1]!.month.slice(0, 4)}</span>
          </figcaption>
        </figure>
      )}
    </section>
  );
}
