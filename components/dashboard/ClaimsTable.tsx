"use client";

import { Fragment, memo, useMemo, useState } from "react";
import { byEvent } from "@/lib/events/by-event";
import { gradesMessages } from "@/lib/i18n/grades-messages";
import { formatList } from "@/lib/i18n/plural";
import { claimSummary } from "@/lib/view/claim-summary";
import { messages } from "@/lib/i18n/messages";
import { KIND_LABEL } from "@/lib/i18n/labels";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import type { Filters, UiLang } from "@/lib/view/view-state";
import { type ActorNames, formatDate } from "../claims/ClaimCard";
import { GradeBadge } from "../claims/GradeBadge";
import { useClaimPage } from "./use-claim-page";

type SortKey = "date" | "kind" | "place" | "summary";

const sorters: Record<SortKey, (a: ClaimRow, b: ClaimRow) => number> = {
  date: (a, b) => (a.date?.value ?? "9999").localeCompare(b.date?.value ?? "9999"),
  kind: (a, b) => a.kind.localeCompare(b.kind),
  place: (a, b) => (a.places[0]?.nameEn ?? "~").localeCompare(b.places[0]?.nameEn ?? "~"),
  summary: (a, b) => a.summary.localeCompare(b.summary),
};

/**
 * The claims in view as a table: the accessible alternative to the map, filtered the same way,
 * sortable by column, each row linking to its passage and able to show its claim on the map.
 */
const PAGE = 100;
const NO_ROWS: ClaimRow[] = [];

/**
 * Memoised: a playback step changes the dashboard's view every second, but the table follows
 * `at` only once the steps rest (Dashboard hands it settled filters), so a step re-renders no row.
 */
export const ClaimsTable = memo(function ClaimsTable({
  filters,
  unreviewed = false,
  total,
  actors,
  lang,
  onShow,
  groupByEvent = false,
}: {
  filters: Filters;
  unreviewed?: boolean;
  total: number;
  actors: ActorNames;
  lang: UiLang;
  onShow: (row: ClaimRow) => void;
  groupByEvent?: boolean;
}) {
  const t = messages(lang);
  const g = gradesMessages(lang);
  // The rows (2,000 at most, sorted here) come from the API once the table is rendered.
  const { data, error } = useClaimPage(total > 0 ? filters : null, { unreviewed });
  const claims = data?.rows ?? NO_ROWS;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "date", dir: 1 });
  // Rows are drawn a page at a time: ten thousand rows would cost more than the map itself.
  const [limit, setLimit] = useState(PAGE);
  const sorted = useMemo(() => [...claims].sort((a, b) => sort.dir * sorters[sort.key](a, b) || a.id.localeCompare(b.id)), [claims, sort]);
  // Grouped, an event's reports follow its first one in the chosen order (issue 16 §1).
  const rows = useMemo(() => (groupByEvent ? byEvent(sorted).flatMap((e) => e.rows) : sorted), [sorted, groupByEvent]).slice(0, limit);
  const groupOf = useMemo(
    () => new Map(groupByEvent ? byEvent(rows).flatMap((e) => e.rows.map((r, i) => [r.id, i === 0 && e.rows.length > 1 ? e : null] as const)) : []),
    [rows, groupByEvent],
  );
  const name = (id: string) => (lang === "ar" ? actors.get(id)?.nameAr : actors.get(id)?.nameEn) ?? id;
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : "none"} className="px-2 py-1 text-start font-semibold">
      <button type="button" className="inline-flex items-center gap-1 hover:underline" onClick={() => setSort((s) => ({ key, dir: s.key === key ? (-s.dir as 1 | -1) : 1 }))}>
        {label}
        <span aria-hidden className="text-stone-400">
          {sort.key === key ? (sort.dir === 1 ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
  const plainHeader = (label: string) => (
    <th scope="col" className="px-2 py-1 text-start font-semibold">
      {label}
    </th>
  );
  if (total === 0) return <p className="p-4 text-sm text-stone-600">{t.noClaims}</p>;
  if (!data)
    return (
      <p className="p-4 text-sm text-stone-600" role="status" data-testid="table-loading">
        {error ? error.message : lang === "ar" ? "جارٍ تحميل الادعاءات…" : "Loading claims…"}
      </p>
    );
  return (
    <div className="overflow-x-auto">
      {/* On a phone the table is wider than the screen: say so, since nothing else shows it scrolls. */}
      <p className="px-2 pt-1 text-xs text-stone-500 md:hidden" data-testid="table-scroll-cue">
        {lang === "ar" ? "← مرّر أفقيًا لرؤية كل الأعمدة" : "Scroll sideways for every column →"}
      </p>
      <table className="w-full border-collapse text-sm" data-testid="claims-table">
        <caption className="sr-only">{t.tableCaption}</caption>
        <thead className="bg-stone-100 text-xs text-stone-600">
          <tr>
            {header("date", t.date)}
            {header("kind", t.kind)}
            {header("summary", t.summary)}
            {header("place", t.place)}
            {plainHeader(t.actor)}
            {plainHeader(g.grade)}
            {plainHeader(t.passage)}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <Fragment key={c.id}>
              {groupOf.get(c.id) && (
                <tr className="border-t border-stone-300 bg-stone-50" data-testid="event-group" data-event={c.event}>
                  <th scope="rowgroup" colSpan={7} className="px-2 py-1 text-start text-xs font-semibold text-stone-700">
                    {g.eventHeading(groupOf.get(c.id)!.rows.length, groupOf.get(c.id)!.sources)}
                  </th>
                </tr>
              )}
              <tr className="border-t border-stone-200 align-top" data-claim={c.id} data-event={c.event}>
                <td className="whitespace-nowrap px-2 py-1 tabular-nums">
                  {formatDate(c.date, lang)}
                  {c.date?.inferred && <span className="text-stone-500"> ({t.inferred})</span>}
                </td>
                <td className="px-2 py-1">{KIND_LABEL[lang][c.kind]}</td>
                <td className="px-2 py-1">
                  {claimSummary(c, lang, name)}
                  {c.unreviewed && (
                    <span className="ms-1 rounded border border-dashed border-amber-700 px-1 text-xs text-amber-900">{lang === "ar" ? "غير مراجَع" : "unreviewed"}</span>
                  )}
                </td>
                <td className="px-2 py-1">
                  {c.places.length ? (
                    formatList(
                      c.places.map((p) => (lang === "ar" ? p.nameAr : p.nameEn)),
                      lang,
                    )
                  ) : (
                    <span className="text-stone-500">{t.notDrawn}</span>
                  )}
                </td>
                <td className="px-2 py-1">
                  {c.fromActor && c.toActor ? `${name(c.fromActor)} ${lang === "ar" ? "←" : "→"} ${name(c.toActor)}` : formatList(c.actors.map(name), lang)}
                </td>
                <td className="px-2 py-1">
                  <GradeBadge claim={c} lang={lang} />
                </td>
                <td className="whitespace-nowrap px-2 py-1">
                  <a className="text-blue-800 underline" href={`/articles/${encodeURIComponent(c.article)}${lang === "ar" ? "?lang=ar" : ""}#${encodeURIComponent(c.passageId)}`}>
                    {t.openPassage}
                  </a>
                  {c.drawn && (
                    <button type="button" className="ms-2 text-blue-800 underline" onClick={() => onShow(c)}>
                      {t.map}
                    </button>
                  )}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      {(sorted.length > limit || total > claims.length) && (
        <p className="flex flex-wrap items-center gap-3 px-2 py-2 text-sm text-stone-600" data-testid="table-more">
          <span>{t.showingRows(rows.length, total)}</span>
          {sorted.length > limit && (
            <button type="button" className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100" onClick={() => setLimit((n) => n + PAGE)}>
              {t.showMore}
            </button>
          )}
        </p>
      )}
    </div>
  );
});
