import type { FeatureCollection, Point } from "geojson";
import { arabicCount, type ArabicForms } from "../i18n/plural";
import type { UiLang } from "../view/view-state";
import { POINTS_AT_ANY_ZOOM, POINTS_MORE_MINZOOM } from "./claim-layers";
import type { PointProps } from "./mark-states";

/**
 * How many claim points a map leaves out at a zoom: below `POINTS_MORE_MINZOOM` only each
 * layer's most reported places are drawn (claim-layers pointLayers). The map says so, so a reader
 * never takes the first view for all there is.
 */
export function pointsHeldBack(points: FeatureCollection<Point, PointProps>, zoom: number): number {
  if (zoom >= POINTS_MORE_MINZOOM) return 0;
  let n = 0;
  for (const f of points.features) if (!f.properties.top) n++;
  return n;
}

const AR_PLACE: ArabicForms = { one: "مكان", two: "مكانان", few: "أماكن", many: "مكانًا", other: "مكان" };

/** The map's note when places are held back, or null when every place is drawn. */
export function heldBackNote(heldBack: number, lang: UiLang): string | null {
  if (heldBack <= 0) return null;
  if (lang === "ar") return `تظهر في كل طبقة أكثر الأماكن ورودًا (${arabicCount(POINTS_AT_ANY_ZOOM, AR_PLACE)})؛ كبّر الخريطة لرؤية ${arabicCount(heldBack, AR_PLACE)} غيرها.`;
  return `Showing each layer's ${POINTS_AT_ANY_ZOOM} most reported places; zoom in to see ${heldBack.toLocaleString("en")} more.`;
}
