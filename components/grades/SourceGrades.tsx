"use client";

import { useState } from "react";
import type { Outlet } from "@/lib/grades/outlets";
import { RELIABILITY } from "@/lib/grades/scales";
import { gradesMessages } from "@/lib/i18n/grades-messages";
import type { UiLang } from "@/lib/view/view-state";

/** The outlets with a reliability menu each; a change is saved at once (PATCH, audited). */
export function SourceGrades({ outlets, lang }: { outlets: Outlet[]; lang: UiLang }) {
  const t = gradesMessages(lang);
  const [grades, setGrades] = useState(() => new Map(outlets.map((o) => [o.id, o.reliability])));
  const [status, setStatus] = useState<{ id: string; ok: boolean; text: string } | null>(null);
  async function save(id: string, reliability: string) {
    const previous = grades.get(id)!;
    setGrades((g) => new Map(g).set(id, reliability as Outlet["reliability"]));
    const res = await fetch(`/api/sources/${encodeURIComponent(id)}`, { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ reliability }) }).catch(() => null);
    if (res?.ok) return setStatus({ id, ok: true, text: t.done });
    setGrades((g) => new Map(g).set(id, previous));
    const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setStatus({ id, ok: false, text: `${t.failed}: ${body?.error?.message ?? res?.status ?? "network"}` });
  }
  if (outlets.length === 0) return <p className="text-stone-700">{t.noOutlets}</p>;
  return (
    <>
      <table className="w-full max-w-2xl border-collapse text-sm" data-testid="sources-table">
        <thead className="bg-stone-100 text-xs text-stone-600">
          <tr>
            <th scope="col" className="px-2 py-1 text-start">{t.outlet}</th>
            <th scope="col" className="px-2 py-1 text-start">{t.articles}</th>
            <th scope="col" className="px-2 py-1 text-start">{t.reliability}</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.id} className="border-t border-stone-200" data-source={o.id}>
              <th scope="row" className="px-2 py-1 text-start font-normal">
                <bdi>{o.name}</bdi>
              </th>
              <td className="px-2 py-1 tabular-nums">{o.articles}</td>
              <td className="px-2 py-1">
                <select aria-label={`${t.reliability}: ${o.name}`} className="rounded border border-stone-300 px-1 py-0.5 font-mono" value={grades.get(o.id)} onChange={(e) => save(o.id, e.target.value)}>
                  {RELIABILITY.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className={`mt-2 text-sm ${status?.ok === false ? "text-red-800" : "text-stone-700"}`}>
        {status?.text}
      </p>
    </>
  );
}
