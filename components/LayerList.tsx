"use client";

import useSWR from "swr";
import { fetchJson } from "@/lib/api/fetcher";
import type { LayerListing } from "@/lib/layers/registry";

/** The layers the server offers, with feature counts: the dashboard's legend of what exists. */
export function LayerList() {
  const { data, error, isLoading, mutate } = useSWR<{ layers: LayerListing[] }>("/api/layers", fetchJson);

  if (isLoading) return <p className="text-sm text-stone-500" role="status">Loading layers…</p>;
  if (error) {
    return (
      <div role="alert" className="text-sm text-red-800">
        <p>Layers could not be loaded: {error instanceof Error ? error.message : String(error)}</p>
        <button type="button" className="mt-1 underline" onClick={() => mutate()}>
          Try again
        </button>
      </div>
    );
  }
  const layers = data?.layers ?? [];
  if (layers.length === 0) return <p className="text-sm text-stone-500">No layers yet.</p>;
  return (
    <ul className="space-y-3" data-testid="layer-list">
      {layers.map((l) => (
        <li key={l.id}>
          <div className="flex items-baseline justify-between gap-2">
            <a className="font-medium text-stone-900 underline-offset-2 hover:underline" href={l.url}>
              {l.title}
            </a>
            <span className="shrink-0 text-xs tabular-nums text-stone-500">{l.featureCount.toLocaleString("en")} features</span>
          </div>
          <p className="text-xs leading-snug text-stone-600">{l.description}</p>
        </li>
      ))}
    </ul>
  );
}
