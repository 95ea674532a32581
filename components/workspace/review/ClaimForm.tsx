"use client";

import { useEffect, useRef, useState } from "react";
import { KIND_LABEL } from "@/lib/i18n/labels";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import type { ClaimKind, PartialDate } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";
import { PlacePicker } from "./PlacePicker";
import type { PlaceHit } from "./review-api";

export interface ClaimFields {
  kind: ClaimKind;
  actors: string[];
  fromActor: string | null;
  toActor: string | null;
  places: PlaceHit[];
  date: string;
  certainty: "asserted" | "reported" | "hedged";
}

export interface GroupOption {
  id: string;
  nameEn: string;
  nameAr: string;
}

const KINDS = Object.keys(KIND_LABEL.en) as ClaimKind[];

/** "2017", "2017-08", "2017-08-14" as a stated date (never inferred: a person typed it). */
export function dateOf(s: string): PartialDate | null {
  const v = s.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return null;
  return { value: v, precision: v.length === 4 ? "year" : v.length === 7 ? "month" : "day", inferred: false };
}

/**
 * Editing a claim, or writing a new one on a selected span: kind, groups (from → to for pledges
 * and defections), places, date, certainty. Enter saves (the form's submit), Escape cancels.
 */
export function ClaimForm({
  lang,
  groups,
  initial,
  onSave,
  onCancel,
  busy,
}: {
  lang: UiLang;
  groups: GroupOption[];
  initial: ClaimFields;
  onSave: (f: ClaimFields) => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const t = workspaceMessages(lang);
  const [f, setF] = useState(initial);
  const [dateError, setDateError] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const name = (g: GroupOption) => (lang === "ar" ? g.nameAr : g.nameEn);
  const groupOptions = groups.map((g) => (
    <option key={g.id} value={g.id}>
      {name(g)}
    </option>
  ));
  const directed = f.kind === "pledge" || f.kind === "defection";
  const field = "w-full rounded border border-stone-400 bg-white px-2 py-1";
  const groupSelect = (label: string, value: string | null, set: (v: string | null) => void, id: string) => (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select id={id} value={value ?? ""} onChange={(e) => set(e.target.value || null)} className={field}>
        <option value="">{t.none}</option>
        {groupOptions}
      </select>
    </div>
  );
  return (
    <form
      data-testid="claim-form"
      className="mt-3 grid gap-3 rounded border border-sky-800 bg-sky-50/40 p-3 sm:grid-cols-2"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (f.date.trim() && !dateOf(f.date)) return setDateError(true);
        onSave(f);
      }}
    >
      <div>
        <label htmlFor="claim-kind" className="mb-1 block text-sm font-semibold">
          {t.kind}
        </label>
        <select ref={first} id="claim-kind" value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value as ClaimKind })} className={field}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[lang][k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="claim-certainty" className="mb-1 block text-sm font-semibold">
          {t.certainty}
        </label>
        <select id="claim-certainty" value={f.certainty} onChange={(e) => setF({ ...f, certainty: e.target.value as ClaimFields["certainty"] })} className={field}>
          <option value="asserted">asserted</option>
          <option value="reported">reported</option>
          <option value="hedged">hedged</option>
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="claim-groups" className="mb-1 block text-sm font-semibold">
          {t.groups}
        </label>
        <select id="claim-groups" multiple size={4} value={f.actors} onChange={(e) => setF({ ...f, actors: [...e.target.selectedOptions].map((o) => o.value) })} className={field}>
          {groupOptions}
        </select>
      </div>
      {directed && groupSelect(t.fromGroup, f.fromActor, (v) => setF({ ...f, fromActor: v }), "claim-from")}
      {directed && groupSelect(t.toGroup, f.toActor, (v) => setF({ ...f, toActor: v }), "claim-to")}
      <div className="sm:col-span-2">
        <PlacePicker lang={lang} label={t.placeSearch} removeLabel={t.remove} value={f.places} onChange={(places) => setF({ ...f, places })} />
      </div>
      <div>
        <label htmlFor="claim-date" className="mb-1 block text-sm font-semibold">
          {t.date}
        </label>
        <input id="claim-date" value={f.date} dir="ltr" aria-invalid={dateError} onChange={(e) => (setF({ ...f, date: e.target.value }), setDateError(false))} className={field} />
      </div>
      <div className="flex items-end gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-sky-900 px-3 py-1.5 font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:opacity-60"
        >
          {t.save}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-stone-500 px-3 py-1.5 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-700">
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
