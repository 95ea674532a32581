"use client";

import { useEffect, useId, useState } from "react";
import { messages } from "@/lib/i18n/messages";
import { KIND_LABEL } from "@/lib/i18n/labels";
import type { ActorInfo } from "@/lib/view/dashboard-model";
import { ClaimKind, DateBound, type Filters, type UiLang } from "@/lib/view/view-state";

export type CountryName = { iso3: string; nameEn: string; nameAr: string };

type Props = { filters: Filters; actors: ActorInfo[]; countries: CountryName[]; lang: UiLang; onChange: (patch: Partial<Filters>) => void };

/** Filters by group, kind of claim, country and date range; every control works by keyboard. */
export function FilterBar({ filters, actors, countries, lang, onChange }: Props) {
  const t = messages(lang);
  const name = (x: { nameEn: string; nameAr: string }) => (lang === "ar" ? x.nameAr : x.nameEn);
  const active = filters.actors.length + filters.kinds.length + filters.countries.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
  return (
    <section aria-labelledby="filters-heading" className="space-y-2" data-testid="filters">
      <div className="flex items-center justify-between">
        <h2 id="filters-heading" className="text-xs font-semibold uppercase tracking-wide text-stone-500">
          {t.filters}
        </h2>
        {active > 0 && (
          <button type="button" className="text-xs text-blue-800 underline" onClick={() => onChange({ actors: [], kinds: [], countries: [], from: null, to: null })}>
            {t.clearFilters}
          </button>
        )}
      </div>
      <Choice
        legend={t.actor}
        options={[
          ...actors.filter((a) => a.kind !== "person").map((a) => ({ value: a.id, label: name(a), swatch: a.color, href: groupHref(a.id, lang) })),
          ...actors.filter((a) => a.kind === "person").map((a) => ({ value: a.id, label: name(a), section: t.people, href: groupHref(a.id, lang) })),
        ]}
        selected={filters.actors}
        any={t.any}
        onChange={(actors) => onChange({ actors })}
        testId="filter-actor"
      />
      <Choice
        legend={t.kind}
        options={ClaimKind.options.map((k) => ({ value: k, label: KIND_LABEL[lang][k] }))}
        selected={filters.kinds}
        any={t.any}
        onChange={(kinds) => onChange({ kinds: kinds as Filters["kinds"] })}
        testId="filter-kind"
      />
      <Choice
        legend={t.country}
        options={countries.map((c) => ({ value: c.iso3, label: name(c) }))}
        selected={filters.countries}
        any={t.any}
        onChange={(c) => onChange({ countries: c as Filters["countries"] })}
        testId="filter-country"
      />
      <div className="grid grid-cols-2 gap-2">
        <DateInput label={t.from} value={filters.from} onCommit={(from) => onChange({ from })} errorText={t.badDate} testId="filter-from" />
        <DateInput label={t.to} value={filters.to} onCommit={(to) => onChange({ to })} errorText={t.badDate} testId="filter-to" />
      </div>
    </section>
  );
}

/** A group's page, in the dashboard's language (the filters link each group to it). */
const groupHref = (id: string, lang?: string) => `/groups/${encodeURIComponent(id)}${lang === "ar" ? "?lang=ar" : ""}`;
const groupPageLabel = (href: string) => (href.endsWith("lang=ar") ? "صفحة الجماعة" : "group page");

function Choice({
  legend,
  options,
  selected,
  any,
  onChange,
  testId,
}: {
  legend: string;
  options: { value: string; label: string; swatch?: string; section?: string; href?: string }[];
  selected: readonly string[];
  any: string;
  onChange: (v: string[]) => void;
  testId: string;
}) {
  const summary = selected.length
    ? options
        .filter((o) => selected.includes(o.value))
        .map((o) => o.label)
        .join(", ")
    : any;
  return (
    <details className="group rounded border border-stone-300 bg-white" data-testid={testId}>
      <summary className="flex cursor-pointer items-center justify-between gap-2 px-2 py-1 text-sm">
        <span className="text-stone-600">{legend}</span>
        <span className="truncate text-stone-900">{summary}</span>
      </summary>
      <fieldset className="max-h-48 space-y-0.5 overflow-y-auto border-t border-stone-200 px-2 py-1">
        <legend className="sr-only">{legend}</legend>
        {options.map((o, i) => (
          <div key={o.value} className={o.href ? "flex items-center justify-between gap-2" : undefined}>
            {/* People are listed apart from groups: a leader is not a group. */}
            {o.section && o.section !== options[i - 1]?.section && <p className="mt-1 border-t border-stone-200 pt-1 text-xs font-semibold text-stone-500">{o.section}</p>}
            <label className="flex cursor-pointer items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-stone-800"
                checked={selected.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
              />
              {o.swatch && <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ background: o.swatch }} />}
              {o.label}
            </label>
            {/* Beside the checkbox, not inside its label: a link within a label would toggle it. */}
            {o.href && (
              <a href={o.href} className="shrink-0 text-xs text-sky-900 underline" data-testid="filter-actor-page">
                <span aria-hidden>↗</span>
                <span className="sr-only">{`${o.label}: ${groupPageLabel(o.href)}`}</span>
              </a>
            )}
          </div>
        ))}
      </fieldset>
    </details>
  );
}

/**
 * A date as precise as known (2017, 2017-08, 2017-08-14); checked when the field is left. A bad
 * one is kept in the field, not applied, and says why in words (a red border alone says nothing
 * to a screen reader or to someone who cannot tell red).
 */
function DateInput({
  label,
  value,
  onCommit,
  errorText,
  testId,
}: {
  label: string;
  value: string | null;
  onCommit: (v: string | null) => void;
  errorText: string;
  testId: string;
}) {
  const [text, setText] = useState(value ?? "");
  const [error, setError] = useState(false);
  const errorId = useId();
  useEffect(() => {
    setText(value ?? "");
    setError(false);
  }, [value]);
  const commit = () => {
    const v = text.trim();
    if (v === "") {
      setError(false);
      return onCommit(null);
    }
    const ok = DateBound.safeParse(v).success;
    setError(!ok);
    if (ok && v !== value) onCommit(v);
  };
  return (
    <div className="text-xs text-stone-600">
      <label>
        {label}
        <input
          dir="ltr"
          inputMode="numeric"
          placeholder="YYYY-MM"
          value={text}
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === "Enter" && commit()}
          data-testid={testId}
          className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1 text-sm text-stone-900 aria-[invalid=true]:border-red-600"
        />
      </label>
      {error && (
        <p id={errorId} role="alert" className="mt-0.5 text-red-800">
          {errorText}
        </p>
      )}
    </div>
  );
}
