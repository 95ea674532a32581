import type { QueueItem } from "@/lib/review/queue";
import type { UiLang } from "@/lib/view/view-state";

/**
 * Where the claim would be drawn: the app's own static map (base layers only, centred on the
 * claim's first place), with a pin at the centre for a point; an area is named, never pinned, so
 * a country claim is not shown as a point. Nothing for a claim without a place.
 */
export function MiniMap({ item, lang, label, notDrawn }: { item: QueueItem; lang: UiLang; label: string; notDrawn: string }) {
  const p = item.placeInfo[0];
  if (!p) return <p className="text-sm text-stone-600">{notDrawn}</p>;
  const zoom = p.kind === "city" ? 6 : p.kind === "province" ? 5 : 3.5;
  const q = new URLSearchParams({ c: `${p.point[0].toFixed(2)},${p.point[1].toFixed(2)}`, z: String(zoom), layers: "none", width: "240", height: "150" });
  if (lang === "ar") q.set("lang", "ar");
  const name = lang === "ar" ? p.nameAr : p.nameEn;
  return (
    <figure className="relative w-[240px]">
      {/* eslint-disable-next-line @next/next/no-img-element -- the app's own SVG endpoint */}
      <img src={`/api/static-map.svg?${q}`} width={240} height={150} alt={`${label}: ${name}`} loading="lazy" className="rounded border border-stone-300 bg-stone-100" />
      {p.kind === "city" && <span aria-hidden="true" className="absolute top-[69px] h-3 w-3 rounded-full border-2 border-white bg-red-700" style={{ left: 114 }} />}
      <figcaption className="mt-1 text-xs text-stone-600">
        {label}: {item.placeInfo.map((x) => (lang === "ar" ? x.nameAr : x.nameEn)).join(lang === "ar" ? "، " : ", ")}
      </figcaption>
    </figure>
  );
}
