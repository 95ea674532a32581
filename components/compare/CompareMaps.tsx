"use client";

import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { AtlasMapLazy } from "@/components/map/AtlasMapLazy";
import type { Camera } from "@/components/map/camera";
import { MAX_REGIONS } from "@/lib/compare/region-code";
import type { SearchEntry } from "@/lib/compare/search";
import { type CompareMode, type CompareState, compareHref } from "@/lib/compare/url";
import { messages } from "@/lib/i18n/messages";
import { type ActorStyle, type MapMarks, mapMarks } from "@/lib/map/mark-states";
import { relativeCamera } from "@/lib/map/relative-camera";
import { stepMarks } from "@/lib/map/step-marks";
import type { BaseTarget, Mark } from "@/lib/view/marks";
import { DEFAULT_LAYERS, type UiLang } from "@/lib/view/view-state";
import { RegionSearch } from "./RegionSearch";
import { SwipeDivider } from "./SwipeDivider";

type Bounds = [[number, number], [number, number]];
/**
 * `bounds` frames the region's own panel; `outline` is what it is drawn as on the base map;
 * `frame`, with `at`: the region's marks over the whole range, which playback steps draw over.
 */
export type MapRegion = { code: string; nameEn: string; nameAr: string; marks: Mark[]; frame?: Mark[]; bounds: Bounds | null; outline: BaseTarget[] };

/**
 * What identifies a region's whole-range marks across navigations: each step arrives as new
 * props, and a new frame object would make the map a new style at every step.
 */
const frameKey = (code: string, lang: UiLang, frame: readonly Mark[]) => `${code}|${lang}|${frame.length}|${frame.reduce((n, m) => n + m.claims, 0)}`;

/** Every panel's camera when panel `i` looks through `c`: the same relative to each own region. */
function sync(regions: readonly MapRegion[], i: number, c: Camera | null): (Camera | null)[] {
  const from = regions[i]?.bounds;
  return regions.map((r, j) => (!c ? null : j === i ? c : from && r.bounds ? relativeCamera(c, from, r.bounds) : null));
}

const focusOf = (r: MapRegion) => ({
  countries: r.outline.filter((t) => t.source === "countries").map((t) => t.id),
  admin1: r.outline.filter((t) => t.source === "admin1").map((t) => t.id),
});

type Props = {
  regions: MapRegion[];
  actors: (ActorStyle & { id: string })[];
  home: Bounds;
  initialCamera: Camera | null;
  mode: CompareMode;
  lang: UiLang;
  entries: SearchEntry[];
  play?: CompareState["play"];
};

/**
 * The comparison's maps, one per region. Side by side, each panel frames and outlines its own
 * region (the other countries dimmed), and a move on one moves the others the same way relative
 * to their regions. Swiped, the two maps share one camera (and the URL's), framing both regions.
 * Regions are added from the search box or by clicking a country or province; changing them
 * loads the page again (each panel refits), since the table is computed on the server.
 */
export function CompareMaps({ regions, actors, home, initialCamera, mode, lang, entries, play }: Props) {
  const t = messages(lang);
  const router = useRouter();
  const [camera, setCamera] = useState<Camera | null>(initialCamera);
  // Side by side: one camera per panel, null while it frames its own region. The URL keeps the
  // first panel's; the others open in the same relation to their own regions.
  const [cameras, setCameras] = useState<(Camera | null)[]>(() => sync(regions, 0, initialCamera));
  const [notice, setNotice] = useState<string | null>(null);
  const [split, setSplit] = useState(50);
  const codes = regions.map((r) => r.code);
  const styles = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const frames = useRef(new Map<string, MapMarks>());
  const drawn = useMemo(
    () =>
      regions.map((r) => {
        const now = mapMarks(r.marks, DEFAULT_LAYERS, styles, null, lang);
        if (!r.frame) return now;
        const key = frameKey(r.code, lang, r.frame);
        let frame = frames.current.get(key);
        if (!frame) {
          frame = mapMarks(r.frame, DEFAULT_LAYERS, styles, null, lang);
          frames.current.set(key, frame);
        }
        return stepMarks(frame, now);
      }),
    [regions, styles, lang],
  );
  const swipe = mode === "swipe" && regions.length === 2;
  const href = useCallback(
    (patch: { codes?: string[]; mode?: CompareMode; camera?: Camera | null }) => compareHref({ codes, camera, mode, lang, play, ...patch }),
    [codes, camera, mode, lang, play],
  );

  const onCamera = useCallback(
    (c: Camera) => {
      setCamera(c);
      // The camera is not worth a history entry; the regions and the layout are.
      window.history.replaceState(null, "", href({ camera: c }));
    },
    [href],
  );
  const add = (code: string) => {
    if (codes.some((c) => c.toLowerCase() === code.toLowerCase())) return;
    if (codes.length >= MAX_REGIONS) return setNotice(t.full);
    setNotice(null);
    router.push(href({ codes: [...codes, code] }), { scroll: false });
  };
  const remove = (code: string) => router.push(href({ codes: codes.filter((c) => c !== code) }), { scroll: false });

  const onPanelCamera = useCallback(
    (i: number, c: Camera) => {
      const next = sync(regions, i, c);
      setCameras(next);
      if (next[0]) window.history.replaceState(null, "", href({ camera: next[0] }));
    },
    [regions, href],
  );

  const map = (i: number, clip?: string) => {
    const r = regions[i]!;
    return (
      <div key={r.code} className="absolute inset-0" style={clip ? { clipPath: clip } : undefined} data-testid={`compare-panel-${i}`} data-code={r.code}>
        {swipe ? (
          <AtlasMapLazy
            camera={camera}
            home={home}
            onCameraChange={onCamera}
            marks={drawn[i]}
            layers={DEFAULT_LAYERS}
            lang={lang}
            onAreaClick={(a) => add(a.id)}
            focus={focusOf(r)}
            testId={`compare-map-${i}`}
          />
        ) : (
          <AtlasMapLazy
            camera={cameras[i] ?? null}
            home={r.bounds ?? home}
            onCameraChange={(c) => onPanelCamera(i, c)}
            marks={drawn[i]}
            layers={DEFAULT_LAYERS}
            lang={lang}
            onAreaClick={(a) => add(a.id)}
            focus={focusOf(r)}
            testId={`compare-map-${i}`}
          />
        )}
        {/* Physically placed: the map is not mirrored. Swiped, the second map's name sits on its own (right) side. */}
        <p
          className={`pointer-events-none absolute top-2 rounded bg-white/90 px-2 py-0.5 text-sm font-semibold shadow ${swipe && i === 1 ? "right-12" : "left-2"}`}
          data-testid={`compare-label-${i}`}
        >
          {lang === "ar" ? r.nameAr : r.nameEn}
        </p>
      </div>
    );
  };

  return (
    <section aria-label={t.map} className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <RegionSearch entries={entries} exclude={codes} disabled={codes.length >= MAX_REGIONS} lang={lang} onAdd={add} />
        <ul className="flex flex-wrap gap-2" data-testid="compare-regions">
          {regions.map((r) => (
            <li key={r.code} className="flex items-center gap-1 rounded-full border border-stone-300 bg-white ps-3 pe-1 text-sm">
              {lang === "ar" ? r.nameAr : r.nameEn}
              <button
                type="button"
                onClick={() => remove(r.code)}
                aria-label={`${t.removeRegion}: ${lang === "ar" ? r.nameAr : r.nameEn}`}
                className="rounded-full px-1.5 hover:bg-stone-200"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {regions.length === 2 && (
          <div role="group" aria-label={t.map} className="flex overflow-hidden rounded border border-stone-400 text-sm">
            {(["side", "swipe"] as const).map((m) => (
              <a
                key={m}
                href={href({ mode: m })}
                aria-current={(m === "swipe") === swipe ? "true" : undefined}
                className={`px-2 py-1 ${(m === "swipe") === swipe ? "bg-stone-800 text-white" : "bg-white hover:bg-stone-100"}`}
              >
                {m === "swipe" ? t.swipe : t.sideBySide}
              </a>
            ))}
          </div>
        )}
      </div>
      {notice && (
        <p role="status" className="text-sm text-amber-900">
          {notice}
        </p>
      )}
      {swipe ? (
        <div className="space-y-1">
          <div dir="ltr" className="relative h-[60vh] min-h-80 overflow-hidden rounded border border-stone-300" data-testid="swipe">
            {map(0)}
            {map(1, `inset(0 0 0 ${split}%)`)}
            <div aria-hidden className="pointer-events-none absolute inset-y-0 w-0.5 bg-stone-900" style={{ left: `${split}%` }} />
          </div>
          <SwipeDivider value={split} onChange={setSplit} label={t.swipeDivider} />
        </div>
      ) : (
        <div className={`grid gap-2 ${regions.length === 3 ? "md:grid-cols-3" : "md:grid-cols-2"}`}>
          {regions.map((r, i) => (
            <div key={r.code} className={`relative overflow-hidden rounded border border-stone-300 ${regions.length > 2 ? "h-[40vh]" : "h-[55vh]"} min-h-72`}>
              {map(i)}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
