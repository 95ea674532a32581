import { z } from "zod";
import { ApiError } from "../api/errors";
import { type CachedBody, cachedBody } from "../api/geojson-response";
import { ARTICLE_LAYERS } from "./article-layers";
import { BASE_LAYERS, type LayerDef, type LayerMeta } from "./definitions";

/** Layer ids are short lowercase words; anything else is malformed rather than unknown. */
export const LayerId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a layer id is 1-40 lowercase letters, digits or dashes");

const ALL: readonly LayerDef[] = [...BASE_LAYERS, ...ARTICLE_LAYERS];

export function layerPath(id: string): string {
  return `/api/layers/${id}`;
}

type Built = { version: string; cached: CachedBody; featureCount: number };
const builds = new Map<string, Built>();

/** Builds a layer at most once per version of its inputs. */
function build(def: LayerDef): Built {
  const version = def.version();
  const hit = builds.get(def.id);
  if (hit && hit.version === version) return hit;
  const fc = def.build();
  const built = { version, cached: cachedBody(fc), featureCount: fc.features.length };
  builds.set(def.id, built);
  return built;
}

/** The layer with exactly this id, if there is one (no validation: nothing else matches). */
export function knownLayer(id: string): LayerDef | undefined {
  return ALL.find((l) => l.id === id);
}

export function findLayer(rawId: string): LayerDef {
  const id = LayerId.safeParse(rawId);
  if (!id.success) throw new ApiError("bad_request", id.error.issues[0]?.message ?? "malformed layer id");
  const def = knownLayer(id.data);
  if (!def) throw new ApiError("not_found", `No layer "${id.data}". GET /api/layers lists them.`);
  return def;
}

export function layerBody(def: LayerDef): CachedBody {
  return build(def).cached;
}

export type LayerListing = LayerMeta & { featureCount: number; url: string };

export function listLayers(): LayerListing[] {
  return ALL.map((def) => {
    const { build: _b, version: _v, cacheControl: _c, ...meta } = def;
    return { ...meta, featureCount: build(def).featureCount, url: layerPath(def.id) };
  });
}
