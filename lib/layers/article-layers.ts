import type { FeatureCollection } from "geojson";
import { corpusId, derived } from "../data/corpus";
import { boundaryIndex } from "../geo/boundaries";
import { loadGazetteer } from "../geo/geodata-files";
import type { Place } from "../schema/gazetteer";
import { corpusAggregate } from "../view/load-model";
import { allegianceLayer } from "./claims/allegiance";
import type { LayerContext } from "./claims/context";
import { eventsLayer } from "./claims/events";
import { recruitmentLayer } from "./claims/recruitment";
import { territorialLossLayer } from "./claims/territorial-loss";
import type { LayerDef } from "./definitions";

let placesById: ReadonlyMap<string, Place> | undefined;

function context(): Promise<LayerContext> {
  return derived("layer-context", async (c) => {
    placesById ??= new Map(loadGazetteer().places.map((p) => [p.id, p]));
    // The one aggregation the dashboard's model uses too, patched per article.
    return { claims: c.claims, places: placesById, index: boundaryIndex(), aggregate: await corpusAggregate() };
  });
}

// Claims change whenever an article is ingested or curated: clients revalidate every time (by ETag).
const REVALIDATE = "public, no-cache";

// Geometry comes out of the context already in RFC 7946 form (lib/layers/claims/context.ts).
const fromClaims = (build: (ctx: LayerContext) => FeatureCollection) => async () => build(await context());

export const ARTICLE_LAYERS: readonly LayerDef[] = [
  {
    id: "territorial-loss",
    title: "Territorial loss",
    description: "Territory stated as lost, with the share stated (e.g. more than 60%) and the places named as lost, such as Raqqa.",
    geometryType: "Mixed",
    group: "articles",
    build: fromClaims(territorialLossLayer),
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
    version: corpusId,
    cacheControl: REVALIDATE,
  },
];
