import { z } from "zod";
import { ApiError } from "../api/errors";
import { type CachedBody, cachedBody, cachedBytes } from "../api/geojson-response";
import { ARTICLE_LAYERS } from "./article-layers";
import { BASE_LAYERS, type LayerDef, type LayerMeta } from "./definitions";

/** Layer ids are short lowercase words; anything else is malformed rather than unknown. */
export const LayerId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a layer id is 1-40 lowercase letters, digits or dashes");

const ALL: readonly LayerDef[] = [...BASE_LAYERS, ...ARTICLE_LAYERS];

export function layerPath(id: string): string {
  return `/api/layers/${id}`;
}

type Built = { cached: CachedBody; featureCount: number };
type Entry = { version: string; built: Promise<Built>; value?: Built };
// On globalThis: proxy.ts and the layer routes are separate bundles and share one set of builds.
const KEY = Symbol.for("allegiance-atlas.layer-builds");
const g = globalThis as unknown as { [KEY]?: Map<string, Entry> };
const builds = (g[KEY] ??= new Map());

/**
 * Builds a layer at most once per version of its inputs (concurrent requests share the build).
 * A layer already built for the current version comes back synchronously: no promise on the
 * hot path of the layer routes (see proxy.ts for why that path is counted in microseconds).
 */
function build(def: LayerDef): Built | Promise<Built> {
  const v = def.version();
  return typeof v === "string" ? buildAt(def, v) : v.then((version) => buildAt(def, version));
}

function buildAt(def: LayerDef, version: string): Built | Promise<Built> {
  const hit = builds.get(def.id);
  if (hit && hit.version === version) return hit.value ?? hit.built;
  const json = def.json;
  const built = json
    ? Promise.resolve()
        .then(json)
        .then((j) => ({ cached: cachedBytes(j.bytes), featureCount: j.featureCount }))
    : Promise.resolve()
        .then(() => def.build())
        .then((fc) => ({ cached: cachedBody(fc), featureCount: fc.features.length }));
  const entry: Entry = { version, built };
  entry.built.then(
    (b) => (entry.value = b),
    () => builds.get(def.id) === entry && builds.delete(def.id),
  );
  builds.set(def.id, entry);
  return entry.built;
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

export function layerBody(def: LayerDef): CachedBody | Promise<CachedBody> {
  const b = build(def);
  return b instanceof Promise ? b.then((x) => x.cached) : b.cached;
}

export type LayerListing = LayerMeta & { featureCount: number; url: string };

export async function listLayers(): Promise<LayerListing[]> {
  return Promise.all(
    ALL.map(async (def) => {
      const { build: _b, json: _j, version: _v, cacheControl: _c, ...meta } = def;
      return { ...meta, featureCount: (await build(def)).featureCount, url: layerPath(def.id) };
    }),
  );
}
