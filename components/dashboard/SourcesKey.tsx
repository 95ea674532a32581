import { RECRUIT_COLOR } from "@/lib/map/claim-layers";
import { SOURCES_KEY_TEXT, sourcesSteps } from "@/lib/view/sources-key";
import type { UiLang } from "@/lib/view/view-state";

/** What the shades mean when the map is shaded by independent sources (`shade=sources`). */
export function SourcesKey({ max, lang }: { max: number; lang: UiLang }) {
  const t = SOURCES_KEY_TEXT[lang];
  return (
    <section aria-labelledby="sources-key-title" className="space-y-1 text-[11px] text-stone-600" data-testid="sources-key">
      <h3 id="sources-key-title" className="text-xs font-semibold text-stone-800">
        {t.title}
      </h3>
      <p>{t.what}</p>
      <ul className="space-y-1">
        {sourcesSteps(max, lang).map((s) => (
          <li key={s.n} className="flex items-center gap-2" data-testid={`sources-key-${s.n}`}>
            <span aria-hidden className="inline-flex w-6 justify-center">
              <span className="inline-block rounded-full" style={{ width: s.radius * 2, height: s.radius * 2, background: RECRUIT_COLOR, opacity: 0.85 }} />
            </span>
            <span aria-hidden className="inline-block w-5" style={{ height: s.lineWidth, background: RECRUIT_COLOR }} />
            {s.label}
          </li>
        ))}
      </ul>
      <p>{t.scale(max)}</p>
    </section>
  );
}
