import { toKML } from "@placemarkio/tokml";
import type { ExportCollection } from "./geojson";

/**
 * The view's rows as KML 2.2 for Google Earth, by @placemarkio/tokml: each feature a Placemark
 * named by its summary, every CSV column kept as ExtendedData. Article text is escaped by tokml
 * (it writes XML through its own serializer), so a quote cannot inject markup.
 */
export function exportKml(collection: ExportCollection): string {
  return toKML({
    type: "FeatureCollection",
    features: collection.features.map((f) => ({ ...f, properties: { name: f.properties.summary, ...f.properties } })),
  });
}
