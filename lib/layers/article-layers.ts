import type { Feature, FeatureCollection } from "geojson";
import { corpusId, derived } from "../data/corpus";
import { boundaryIndex } from "../geo/boundaries";
import { loadGazetteer } from "../geo/geodata-files";
import type { Place } from "../schema/gazetteer";
import { corpusAggregate } from "../view/load-model";
import type { ClaimAggregate, PlaceGroup } from "../view/aggregate";
import { allegianceFeature, allegianceLayer } from "./claims/allegiance";
import { type LayerContext, PRECISION_RANK, type PlaceProps, type Placed, shapeOf } from "./claims/context";
import { eventFeature, eventsLayer } from "./claims/events";
import { recruitmentFeature, recruitmentLayer } from "./claims/recruitment";
import { territorialLossFeature, territorialLossLayer } from "./claims/territorial-loss";
import type { LayerDef } from "./definitions";

let placesById: ReadonlyMap<string, Place> | undefined;

function context(): Promise<LayerContext> {
  return derived("layer-context", async (c) => {
    placesById ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    // The one aggregation (the dashboard's model has its own copy without the places' claims), patched per article.
    const aggregate = await corpusAggregate("layers");
    // `claims` on first use only: the layers are made from the aggregate, which never asks.
    return {
      get claims() {
        return c.claims;
      },
      places: placesById!,
      index: boundaryIndex(),
      aggregate,
    };
  });
}

// Claims change whenever an article is ingested or curated: clients revalidate every time (by ETag).
const REVALIDATE = "public, no-cache";

// Geometry comes out of the context already in RFC 7946 form (lib/layers/claims/context.ts).
const fromClaims = (build: (ctx: LayerContext) => FeatureCollection) => async () => build(await context());

type Part = { rev: number; bytes: Uint8Array; rank: number; placeId: string };
/**
 * Each place's feature bytes by place entry, and the layer's order of those entries (null: sort
 * again). On globalThis, like the aggregate: the proxy and the layer routes are separate bundles,
 * and the aggregate tells one reader per group which places changed (takeTouched), so a second
 * copy of these would miss what the first had been told.
 */
type Kept = WeakMap<ClaimAggregate, Map<PlaceGroup, { parts: Map<string, Part>; order: string[] | null }>>;
const PARTS = Symbol.for("allegiance-atlas.layer-parts");
const gp = globalThis as unknown as { [PARTS]?: Kept };
const parts: Kept = (gp[PARTS] ??= new WeakMap());

const utf8 = new TextEncoder();
const HEAD = utf8.encode('{"type":"FeatureCollection","features":[');
const COMMA = utf8.encode(",");
const TAIL = utf8.encode("]}");

/** The pieces end to end, in one buffer (the response body). */
function join(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let n = 0;
  for (const p of pieces) n += p.byteLength;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * A claim layer as UTF-8 JSON, each place's feature kept encoded until its place changes: after
 * one ingest only the places the aggregate says the write touched are made, stringified and
 * encoded again, and the body is those bytes joined (walking 30,000 places and encoding the
 * whole layer as one string were most of ingest-one's layer time at 200,000 claims). The order
 * is precisionOrder's, and the bytes are what JSON.stringify of the FeatureCollection gives.
 */
const asJson = (group: PlaceGroup, toFeature: (p: Placed) => Feature) => async () => {
  const ctx = await context();
  const agg = ctx.aggregate!;
  const byGroup = parts.get(agg) ?? parts.set(agg, new Map()).get(agg)!;
  let kept = byGroup.get(group);
  const touched = agg.takeTouched(group);
  // The first time for this aggregate: every place of the group; afterwards the ones touched since.
  const keys = kept ? touched : [...agg.placeEntries.keys()].filter((key) => key.startsWith(`${group}@`));
  if (!kept) byGroup.set(group, (kept = { parts: new Map(), order: null }));
  for (const key of keys) {
    const entry = agg.placeEntries.get(key);
    // Places no claim names any more: their bytes go too.
    if (!entry) {
      if (kept.parts.delete(key)) kept.order = null;
      continue;
    }
    let part = kept.parts.get(key);
    if (part && part.rev === entry.rev) continue;
    const shape = shapeOf(entry.place, ctx.index);
    if (!shape) continue;
    const f = toFeature({ entry, place: entry.place, shape });
    if (!part) kept.order = null; // a place new to the layer: sort again
    part = { rev: entry.rev, bytes: utf8.encode(JSON.stringify(f)), rank: PRECISION_RANK[(f.properties as PlaceProps).precision], placeId: entry.place.id };
    kept.parts.set(key, part);
  }
  // The order only when a place came or went (sorting 30,000 names per write cost more than the write).
  kept.order ??= [...kept.parts.entries()].sort(([, a], [, b]) => a.rank - b.rank || a.placeId.localeCompare(b.placeId)).map(([key]) => key);
  const pieces: Uint8Array[] = [HEAD];
  for (const [i, key] of kept.order.entries()) {
    if (i) pieces.push(COMMA);
    pieces.push(kept.parts.get(key)!.bytes);
  }
  pieces.push(TAIL);
  return { bytes: join(pieces), featureCount: kept.order.length };
};

export const ARTICLE_LAYERS: readonly LayerDef[] = [
  {
    id: "territorial-loss",
    title: "Territorial loss",
    description: "Territory stated as lost, with the share stated (e.g. more than 60%) and the places named as lost, such as Raqqa.",
    geometryType: "Mixed",
    group: "articles",
    build: fromClaims(territorialLossLayer),
    json: asJson("territorial-loss", territorialLossFeature),
    version: corpusId,
    cacheControl: REVALIDATE,
  },
  {
    id: "recruitment-hotspots",
    title: "Recruitment hotspots",
    description: "Places where recruitment is reported, with the number of claims; a whole country is drawn as the country, never as a point.",
    geometryType: "Mixed",
    group: "articles",
    build: fromClaims(recruitmentLayer),
    json: asJson("recruitment", recruitmentFeature),
    version: corpusId,
    cacheControl: REVALIDATE,
  },
  {
    id: "allegiance-shifts",
    title: "Allegiance shifts",
    description: "Pledges and defections from one group to another, where the article places them.",
    geometryType: "Mixed",
    group: "articles",
    build: fromClaims(allegianceLayer),
    json: asJson("allegiance", allegianceFeature),
    version: corpusId,
    cacheControl: REVALIDATE,
  },
  {
    id: "events",
    title: "All claims",
    description: "Every claim at every place it names, each with the passage that supports it.",
    geometryType: "Mixed",
    group: "articles",
    build: fromClaims(eventsLayer),
    json: asJson("events", eventFeature),
    version: corpusId,
    cacheControl: REVALIDATE,
  },
];
