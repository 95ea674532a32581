import type { UiLang, ViewLayer } from "./view-state";

/**
 * The key of `shade=sources` (issue 16 §1): what 1, 2 and 3 or more independent sources look
 * like. Town circles grow with the count itself, by the same stops as the map's circle-radius
 * (lib/map/claim-layers, tested against it); province and country lines and shades are scaled
 * against the place reported by the most outlets in view, so their key needs that maximum.
 */
export const RADIUS_STOPS = [
  [1, 6],
  [10, 16],
] as const;

/** A town circle's radius (px) for a count, as MapLibre interpolates the stops. */
export function pointRadius(n: number): number {
  const [[v0, r0], [v1, r1]] = RADIUS_STOPS;
  const v = Math.min(Math.max(n, v0), v1);
  return r0 + ((v - v0) * (r1 - r0)) / (v1 - v0);
}

export type SourcesStep = { n: 1 | 2 | 3; label: string; radius: number; lineWidth: number };

const LABEL = { en: ["1 source", "2 sources", "3 or more sources"], ar: ["مصدر واحد", "مصدران", "3 مصادر أو أكثر"] } as const;

/** The key's three steps; `max`: the most sources of any place drawn (at least 1). */
export function sourcesSteps(max: number, lang: UiLang): SourcesStep[] {
  const top = Math.max(1, max);
  return ([1, 2, 3] as const).map((n, i) => ({ n, label: LABEL[lang][i]!, radius: pointRadius(n), lineWidth: 1.5 + 2 * Math.min(1, n / top) }));
}

/** The most independent sources behind any mark the key describes (stated shares of loss keep their own scale). */
export function maxSources(marks: readonly { layer: ViewLayer; sources?: number }[], layers: readonly ViewLayer[]): number {
  let max = 1;
  for (const m of marks) if (m.layer !== "territorial-loss" && layers.includes(m.layer) && (m.sources ?? 1) > max) max = m.sources ?? 1;
  return max;
}

export const SOURCES_KEY_TEXT = {
  en: {
    title: "Shaded by independent sources",
    what: "How many different outlets report a place (two articles of one wire count once), not how many events. Stated shares of loss keep their own colours.",
    scale: (max: number) =>
      `Towns: circle size. Provinces and countries: line thickness and shade, against the place most reported in view (${max} ${max === 1 ? "source" : "sources"}).`,
  },
  ar: {
    title: "التظليل حسب المصادر المستقلة",
    what: "عدد وسائل الإعلام المختلفة التي أوردت المكان (مقالان من وكالة واحدة يُحسبان مرة واحدة)، لا عدد الأحداث. النسب المذكورة للأراضي المفقودة تبقى بألوانها.",
    scale: (max: number) => `البلدات: حجم الدائرة. المحافظات والدول: سماكة الخط ودرجة اللون، قياسًا إلى أكثر مكان ورودًا في العرض (${max} ${max === 1 ? "مصدر" : "مصادر"}).`,
  },
} satisfies Record<UiLang, Record<string, unknown>>;
