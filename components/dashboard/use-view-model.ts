"use client";

import { useCallback, useMemo, useState } from "react";
import useSWR from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import { mapMarks } from "@/lib/map/mark-states";
import { stepMarks } from "@/lib/map/step-marks";
import { fromWire, type WireModel } from "@/lib/view/model-wire";
import type { Mark } from "@/lib/view/marks";
import { marksAt } from "@/lib/view/pick";
import { filtersToParams } from "@/lib/view/url-codec";
import { type Filters, filtersOf, type ViewState } from "@/lib/view/view-state";
import type { Pick } from "../map/AtlasMap";
import { useAsOfView } from "../timeline/use-as-of";

export const viewModelKey = (f: Filters, unreviewed = false) => {
  const q = filtersToParams(f).toString();
  const all = [q, unreviewed ? "unreviewed=1" : ""].filter(Boolean).join("&");
  return `/api/view${all ? `?${all}` : ""}`;
};

/**
 * Everything a map view derives from its state: the model for its filters (server-rendered
 * first, then fetched as filters change), the marks as the map draws them, the open popup's
 * mark, and what a click picks. Shared by the dashboard and the embed.
 */
export function useViewModel(view: ViewState, initialView: ViewState, initialModel: WireModel, select: (id: string | null) => void, playing = false) {
  const [others, setOthers] = useState<Mark[]>([]);
  const initialKey = useMemo(() => viewModelKey(filtersOf(initialView), !!initialView.unreviewed), [initialView]);
  // The key comes from the view (the URL) alone, and the server's model enters SWR's cache under
  // its own key like any fetched one. (As `fallbackData` it never entered the cache: coming back
  // to the first filters, e.g. by "Clear filters", SWR kept showing the previous filters' model
  // and requested nothing, so the view no longer matched its URL.)
  const filters = useMemo(() => filtersOf(view), [view]);
  // Playback (lib/time): once the play control is used, steps are cut in the browser from the
  // view's series; the server's `at=` model is asked for only until that is in.
  const asOf = useAsOfView(filters, view.layers, { enabled: playing, unreviewed: !!view.unreviewed });
  const key = asOf.view ? null : viewModelKey(filters, !!view.unreviewed);
  const fetchModel = useCallback((k: string) => (k === initialKey ? Promise.resolve(initialModel) : fetchJson<WireModel>(k)), [initialKey, initialModel]);
  const { data, error, isLoading } = useSWR<WireModel>(key, fetchModel, {
    keepPreviousData: true,
    revalidateIfStale: false,
    revalidateOnFocus: false,
  });
  const wire = data ?? initialModel;
  const served = useMemo(() => fromWire(wire), [wire]);
  const local = asOf.view;
  const model = useMemo(() => (local ? { ...local.whole, marks: local.marks, counts: local.counts, claimsTotal: local.claimsTotal } : served), [local, served]);
  const actors = useMemo(() => new Map(model.actors.map((a) => [a.id, a])), [model.actors]);
  // Stepping in the browser, the map's sources hold the whole range's marks (the frame, fixed
  // while only the month changes) and each step is drawn over them (lib/map/step-marks): a new
  // style and reloaded points at every step cost ~12 s at 200k claims.
  const wholeMarks = local?.whole.marks;
  const frame = useMemo(
    () => (wholeMarks ? mapMarks(wholeMarks, view.layers, actors, null, view.lang, view.shade ?? null) : null),
    [wholeMarks, view.layers, actors, view.lang, view.shade],
  );
  const drawn = useMemo(() => {
    const now = mapMarks(model.marks, view.layers, actors, view.selection, view.lang, view.shade ?? null);
    return frame ? stepMarks(frame, now) : now;
  }, [frame, model.marks, view.layers, actors, view.selection, view.lang, view.shade]);
  const selected = model.marks.find((m) => m.id === view.selection && view.layers.includes(m.layer));
  const onPick = useCallback(
    (pick: Pick | null) => {
      const found = pick ? marksAt(pick, model.marks, view.layers) : [];
      setOthers(found.slice(1));
      select(found[0]?.id ?? null);
    },
    [model.marks, view.layers, select],
  );
  return {
    model,
    error,
    isLoading: local ? false : isLoading || (!!view.at && asOf.loading),
    stepsInBrowser: !!local,
    actors,
    drawn,
    selected,
    others: others.filter((o) => o.id !== selected?.id),
    setOthers,
    onPick,
  };
}
