"use client";

import { useState } from "react";
import { ListTable } from "@/components/list/ListTable";
import { apiErrorMessage } from "@/lib/api/fetcher";
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
    const res = await fetch(`/api/sources/${encodeURIComponent(id)}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reliability }),
    }).catch(() => null);
    if (res?.ok) return setStatus({ id, ok: true, text: t.done });
    setGrades((g) => new Map(g).set(id, previous));
    setStatus({ id, ok: false, text: `${t.failed}: ${(await apiErrorMessage(res)) ?? res?.status ?? "network"}` });
  }
  if (outlets.length === 0) return <p className="text-stone-700">{t.noOutlets}</p>;
  return (
    <>
      <ListTable
        testId="sources-table"
        className="max-w-2xl"
        columns={[{ label: t.outlet }, { label: t.articles, figure: true }, { label: t.reliability, className: "ps-4" }]}
        rows={outlets.map((o) => ({
          key: o.id,
          data: { "data-source": o.id },
          head: <bdi>{o.name}</bdi>,
          cells: [
            o.articles,
            <select
              key="grade"
              aria-label={`${t.reliability}: ${o.name}`}
              className="rounded border border-stone-300 px-1 py-0.5 font-mono"
              value={grades.get(o.id)}
              onChange={(e) => save(o.id, e.target.value)}
            >
              {RELIABILITY.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>,
          ],
        }))}
      />
      <p role="status" className={`mt-2 text-sm ${status?.ok === false ? "text-red-800" : "text-stone-700"}`}>
        {status?.text}
      </p>
    </>
  );
}
