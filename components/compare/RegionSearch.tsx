"use client";

import { useId, useMemo, useState } from "react";
import { messages } from "@/lib/i18n/messages";
import { type SearchEntry, searchRegions } from "@/lib/compare/search";
import type { UiLang } from "@/lib/view/view-state";

/** A search box over every country, province and region, by English or Arabic name or alias. */
export function RegionSearch({
  entries,
  exclude,
  disabled,
  lang,
  onAdd,
}: {
  entries: SearchEntry[];
  exclude: string[];
  disabled: boolean;
  lang: UiLang;
  onAdd: (code: string) => void;
}) {
  const t = messages(lang);
  const [query, setQuery] = useState("");
  const id = useId();
  const found = useMemo(() => searchRegions(query, entries).filter((e) => !exclude.includes(e.code)), [query, entries, exclude]);
  return (
    <div className="relative w-full max-w-md" data-testid="region-search">
      <label htmlFor={id} className="block text-sm font-semibold">
        {t.searchRegion}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        disabled={disabled}
        placeholder={disabled ? t.full : t.searchPlaceholder}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && found[0]) {
            onAdd(found[0].code);
            setQuery("");
          }
        }}
        className="mt-1 w-full rounded border border-stone-400 px-2 py-1 disabled:bg-stone-100"
        aria-describedby={`${id}-results`}
      />
      {query.trim() && (
        <ul id={`${id}-results`} aria-live="polite" className="absolute z-10 mt-1 w-full rounded border border-stone-300 bg-white shadow" data-testid="region-results">
          {found.length === 0 && <li className="px-2 py-1 text-sm text-stone-600">{t.noMatch}</li>}
          {found.map((e) => (
            <li key={e.code}>
              <button
                type="button"
                className="w-full px-2 py-1 text-start text-sm hover:bg-stone-100 focus-visible:bg-stone-100"
                onClick={() => {
                  onAdd(e.code);
                  setQuery("");
                }}
              >
                {lang === "ar" ? e.nameAr : e.nameEn} <span className="text-stone-500">· {lang === "ar" ? e.nameEn : e.nameAr}</span>{" "}
                <span className="text-xs text-stone-400">{e.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
