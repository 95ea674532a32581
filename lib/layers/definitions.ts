import type { FeatureCollection } from "geojson";
import { admin1, countries, labels, world } from "../geo/boundaries";

/** What a layer is, as listed by GET /api/layers. */
export type LayerMeta = {
  id: string;
  title: string;
  description: string;
  geometryType: "Polygon" | "MultiPolygon" | "Point" | "Mixed";
  /** Context layers frame the map; boundaries are the seven countries; articles come from claims. */
  group: "context" | "boundaries" | "articles";
};

export type LayerDef = LayerMeta & {
  build: () => FeatureCollection | Promise<FeatureCollection>;
  /** The layer already as UTF-8 JSON, when it can be written faster than build() then stringify (claim layers). */
  json?: () => Promise<{ bytes: Uint8Array<ArrayBuffer>; featureCount: number }>;
  /** Changes whenever the layer's inputs change, so a cached build is reused only while valid. */
  version: () => string | Promise<string>;
  cacheControl: string;
};

// Committed geodata changes only with a deploy: let clients keep it a day, then revalidate by ETag.
const STATIC = "public, max-age=86400, must-revalidate";
const fixed = () => "static";

export const BASE_LAYERS: readonly LayerDef[] = [
  {
    id: "countries",
    title: "Countries",
    description: "Iraq, Syria, Niger, Yemen, Afghanistan, Nigeria and Algeria, with ISO 3166-1 codes and English and Arabic names (Natural Earth).",
    geometryType: "MultiPolygon",
    group: "boundaries",
    build: countries,
    version: fixed,
    cacheControl: STATIC,
  },
  {
    id: "admin1",
    title: "Provinces",
    description: "First-level divisions of the seven countries, with ISO 3166-2 codes and English and Arabic names (Natural Earth 1:10m, corrected).",
    geometryType: "MultiPolygon",
    group: "boundaries",
    build: admin1,
    version: fixed,
    cacheControl: STATIC,
  },
  {
    id: "labels",
    title: "Place labels",
    description: "Label points of the seven countries and their provinces, in English and Arabic.",
    geometryType: "Point",
    group: "boundaries",
    build: labels,
    version: fixed,
    cacheControl: STATIC,
  },
  {
    id: "world",
    title: "World",
    description: "Low-resolution outlines of every country, shown muted for context (Natural Earth 1:110m).",
    geometryType: "MultiPolygon",
    group: "context",
    build: world,
    version: fixed,
    cacheControl: STATIC,
  },
];
