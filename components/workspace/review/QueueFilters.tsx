"use client";

import { KIND_LABEL } from "@/lib/i18n/labels";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { ClaimKind } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";
import type { GroupOption } from "./ClaimForm";

export interface FilterOptions {
  articles: { slug: string; title: string }[];
  countries: { iso3: string; nameEn: string; nameAr: string }[];
  groups: GroupOption[];
}

export type Filters = Partial<Record<"status" | "article" | "country" | "group" | "kind" | "minConfidence", string>>;

/** The queue's filters as a plain form: Apply (or Enter) reads them all at once. */
export function QueueFilters({ lang, options, value, onApply }: { lang: UiLang; options: FilterOptions; value: Filters; onApply: (f: Filters) => void }) {
  const t = workspaceMessages(lang);
  const field = "w-full rounded border border-stone-400 bg-white px-2 py-1 text-sm";
  const sel = (name: keyof Filters, label: string, opts: [string, string][], withAny = true) => (
    <div>
      <label htmlFor={`f-${name}`} className="mb-1 block text-xs font-semibold text-stone-700">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value[name] ?? ""} className={field}>
        {withAny && <option value="">{t.any}</option>}
        {opts.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      aria-label={t.filters}
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-stone-300 bg-white p-3 sm:grid-cols-4 lg:grid-cols-7"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onApply(Object.fromEntries([...data.entries()].filter(([, v]) => String(v) !== "").map(([k, v]) => [k, String(v)])) as Filters);
      }}
    >
      {sel(
        "status",
        t.status,
        [
          ["proposed", t.proposed],
          ["accepted", t.accepted],
          ["rejected", t.rejected],
        ],
        false,
      )}
      {sel(
        "article",
        t.article,
        options.articles.map((a) => [a.slug, a.title]),
      )}
      {sel(
        "country",
        t.country,
        options.countries.map((c) => [c.iso3, lang === "ar" ? c.nameAr : c.nameEn]),
      )}
      {sel(
        "group",
        t.group,
        options.groups.map((g) => [g.id, lang === "ar" ? g.nameAr : g.nameEn]),
      )}
      {sel(
        "kind",
        t.kind,
        (Object.keys(KIND_LABEL[lang]) as ClaimKind[]).map((k) => [k, KIND_LABEL[lang][k]]),
      )}
      <div>
        <label htmlFor="f-minConfidence" className="mb-1 block text-xs font-semibold text-stone-700">
          {t.minConfidence}
        </label>
        <input id="f-minConfidence" name="minConfidence" type="number" min={0} max={1} step={0.05} defaultValue={value.minConfidence ?? ""} dir="ltr" className={field} />
      </div>
      <div className="flex items-end">
        <button
          type="submit"
          className="rounded bg-sky-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
        >
          {t.apply}
        </button>
      </div>
    </form>
  );
}
