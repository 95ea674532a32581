import type { MultiPolygon, Polygon } from "geojson";
import { type BBox, frameFor, svgPath } from "@/lib/country/projection";

export type Outline = { iso3: string; name: string; href: string; geometry: Polygon | MultiPolygon; highlight?: boolean };

/**
 * Country outlines as inline SVG with the app's own small projection: no map library, nothing
 * fetched. Each shape is a link with the country's name.
 */
export function CountryOutlines({ shapes, bbox, width, height, label, testId }: { shapes: Outline[]; bbox: BBox; width: number; height: number; label: string; testId?: string }) {
  const frame = frameFor(bbox, width, height);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="h-auto w-full rounded bg-[#d5dee4]" data-testid={testId}>
      <title>{label}</title>
      {shapes.map((s) => (
        <a key={s.iso3} href={s.href} aria-label={s.name} data-iso3={s.iso3}>
          <path d={svgPath(s.geometry, frame, 0.6)} fillRule="evenodd" className={`stroke-[#4a3f35] stroke-[0.6] hover:fill-[#f6e7c8] ${s.highlight ? "fill-[#f6e7c8]" : "fill-[#fdfaf3]"}`}>
            <title>{s.name}</title>
          </path>
        </a>
      ))}
    </svg>
  );
}
