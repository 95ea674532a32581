"use client";

import { gradesMessages } from "@/lib/i18n/grades-messages";
import type { ViewState } from "@/lib/view/view-state";

/** Floors offered in the menu; any of the 36 grades works in a URL (`grade=C4`). */
const FLOORS = ["A1", "A2", "B2", "B3", "C3", "D4"] as const;

/**
 * The view's grade floor, table grouping by event and shading by independent sources: all three
 * are URL parameters (grade, group, shade), so a shared link keeps them.
 */
export function EventControls({ view, update }: { view: ViewState; update: (patch: Partial<ViewState>) => void }) {
  const t = gradesMessages(view.lang);
  const ar = view.lang === "ar";
  return (
    <div className="flex flex-wrap items-center gap-4 px-4 pt-2 text-sm" data-testid="event-controls">
      <label className="flex items-center gap-1">
        {ar ? "التقييم الأدنى" : "Grade at least"}
        <select
          className="rounded border border-stone-300 px-1 py-0.5"
          value={view.grade ?? ""}
          onChange={(e) => update({ grade: e.target.value || null, selection: null })}
          data-testid="grade-filter"
        >
          <option value="">{ar ? "الكل" : "any"}</option>
          {FLOORS.map((g) => (
            <option key={g} value={g}>
              {ar ? `${g} أو أفضل` : `${g} or better`}
            </option>
          ))}
          {view.grade && !(FLOORS as readonly string[]).includes(view.grade) && <option value={view.grade}>{view.grade}</option>}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={view.group === "event"} onChange={(e) => update({ group: e.target.checked ? "event" : null })} data-testid="group-by-event" />
        {t.groupByEvent}
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={view.shade === "sources"} onChange={(e) => update({ shade: e.target.checked ? "sources" : null })} data-testid="shade-by-sources" />
        {t.shadeBySources}
      </label>
    </div>
  );
}
