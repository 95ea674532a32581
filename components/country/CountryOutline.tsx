import type { MultiPolygon, Polygon } from "geojson";
import { ACTIVITY_RAMP } from "@/lib/map/claim-layers";
import { type BBox, frameFor, project, svgPath } from "@/lib/country/projection";

/** `share` (0-1) shades the shape by how many claims it has; `labelAt` [lon, lat] names it on the map. */
export type Outline = { iso3: string; name: string; href: string; geometry: Polygon | MultiPolygon; highlight?: boolean; share?: number; labelAt?: [number, number] };

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
          <path
            d={svgPath(s.geometry, frame, 0.6)}
            fillRule="evenodd"
            className={`stroke-[#4a3f35] stroke-[0.6] hover:fill-[#f6e7c8] ${s.share === undefined ? (s.highlight ? "fill-[#f6e7c8]" : "fill-[#fdfaf3]") : ""}`}
            // Shaded like the map's activity layer: grey, darker for more claims.
            style={s.share === undefined ? undefined : { fill: s.share > 0.66 ? ACTIVITY_RAMP[2] : s.share > 0.33 ? ACTIVITY_RAMP[1] : ACTIVITY_RAMP[0] }}
            data-share={s.share}
          >
            <title>{s.name}</title>
          </path>
          {s.labelAt && <OutlineLabel at={project(s.labelAt, frame)} name={s.name} dark={(s.share ?? 0) > 0.66} />}
        </a>
      ))}
    </svg>
  );
}

/** A country's name on the overview, with a halo so it reads on any shade. */
function OutlineLabel({ at, name, dark }: { at: [number, number]; name: string; dark: boolean }) {
  return (
    <text
      x={at[0]}
      y={at[1]}
      textAnchor="middle"
      dominantBaseline="middle"
      fontSize={11}
      className="pointer-events-none select-none"
      fill={dark ? "#ffffff" : "#1c1917"}
      stroke={dark ? "#1c1917" : "#ffffff"}
      strokeWidth={2.5}
      paintOrder="stroke"
      aria-hidden
      data-testid="outline-label"
    >
      {name}
    </text>
  );
}
