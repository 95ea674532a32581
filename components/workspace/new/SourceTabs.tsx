"use client";

import { type KeyboardEvent, useRef } from "react";

export type Source = "paste" | "upload" | "url";
const ORDER: Source[] = ["paste", "upload", "url"];

/**
 * The three ways in, as an ARIA tab list: arrow keys move between tabs (mirrored in RTL, where
 * "next" is to the left), Home and End jump, and only the selected tab is in the tab order.
 */
export function SourceTabs({ value, onChange, labels, label, rtl }: { value: Source; onChange: (s: Source) => void; labels: Record<Source, string>; label: string; rtl: boolean }) {
  const refs = useRef<Record<Source, HTMLButtonElement | null>>({ paste: null, upload: null, url: null });
  const move = (e: KeyboardEvent) => {
    const i = ORDER.indexOf(value);
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    const next = step !== undefined ? ORDER[(i + step + ORDER.length) % ORDER.length] : e.key === "Home" ? ORDER[0] : e.key === "End" ? ORDER[ORDER.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="flex gap-1 border-b border-stone-300" onKeyDown={move}>
      {ORDER.map((s) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[s] = el;
          }}
          type="button"
          role="tab"
          id={`intake-tab-${s}`}
          // Only the shown panel exists; pointing at an absent one is an ARIA error.
          aria-controls={value === s ? `intake-panel-${s}` : undefined}
          aria-selected={value === s}
          tabIndex={value === s ? 0 : -1}
          onClick={() => onChange(s)}
          className={`-mb-px rounded-t border px-3 py-2 focus-visible:outline-2 focus-visible:outline-sky-700 ${value === s ? "border-stone-300 border-b-white bg-white font-semibold" : "border-transparent text-stone-700 hover:text-stone-950"}`}
        >
          {labels[s]}
        </button>
      ))}
    </div>
  );
}
