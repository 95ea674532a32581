"use client";

import { useEffect, useId, useState } from "react";
import type { UiLang } from "@/lib/view/view-state";
import { type PlaceHit, searchPlaces } from "./review-api";

/**
 * The claim's places: chips to remove, and a search by English or Arabic name (the gazetteer
 * API) whose results are buttons, so the keyboard reaches them with Tab.
 */
export function PlacePicker({
  lang,
  label,
  removeLabel,
  value,
  onChange,
}: {
  lang: UiLang;
  label: string;
  removeLabel: string;
  value: PlaceHit[];
  onChange: (v: PlaceHit[]) => void;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<PlaceHit[]>([]);
  useEffect(() => {
    if (!q.trim()) return setHits([]);
    const timer = setTimeout(() => {
      searchPlaces(q).then(
        (r) => setHits(r.places),
        () => setHits([]),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [q]);
  const name = (p: PlaceHit) => (lang === "ar" ? p.nameAr : p.nameEn);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <ul className="mb-2 flex flex-wrap gap-2">
        {value.map((p) => (
          <li key={p.id} className="flex items-center gap-1 rounded bg-sky-50 px-2 py-0.5 text-sm">
            {name(p)} <span className="text-stone-500">({p.kind})</span>
            <button
              type="button"
              aria-label={`${removeLabel}: ${name(p)}`}
              onClick={() => onChange(value.filter((x) => x.id !== p.id))}
              className="rounded px-1 hover:bg-sky-100 focus-visible:outline-2 focus-visible:outline-sky-700"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && hits[0] && (e.preventDefault(), onChange([...value.filter((x) => x.id !== hits[0]!.id), hits[0]!]), setQ(""))}
        autoComplete="off"
        className="w-full rounded border border-stone-400 bg-white px-2 py-1"
      />
      {hits.length > 0 && (
        <ul className="mt-1 max-h-40 overflow-auto rounded border border-stone-300 bg-white text-sm">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                onClick={() => (onChange([...value.filter((x) => x.id !== h.id), h]), setQ(""))}
                className="w-full px-2 py-1 text-start hover:bg-stone-100 focus-visible:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-700"
              >
                {name(h)} <span className="text-stone-500">· {h.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
