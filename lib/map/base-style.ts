import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { fontFaces, LABEL_FONT } from "./fonts";

/**
 * The base map as data: every source is one of the app's own layers (GET /api/layers/{id}),
 * so the map needs nothing from another host. Ids are exported so components and tests
 * refer to layers by constant, never by a repeated string.
 */
export const SOURCE = { world: "world", countries: "countries", admin1: "admin1", labels: "labels" } as const;

export const LAYER = {
  background: "background",
  worldFill: "world-fill",
  worldLine: "world-line",
  countriesFill: "countries-fill",
  admin1Fill: "admin1-fill",
  admin1Line: "admin1-line",
  countriesLine: "countries-line",
  hoverCountry: "hover-country",
  hoverProvince: "hover-province",
  countryLabels: "country-labels",
  provinceLabels: "province-labels",
} as const;

/** Zoom at which provinces appear: below it the seven countries read as wholes. */
export const PROVINCE_MINZOOM = 4;

/** The seven countries, framed with a little sea around them. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [-9.5, 3.5],
  [75.5, 41.5],
];

export const ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a> (public domain) · ' +
  '<a href="https://www.geonames.org/" target="_blank" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0)';

const COLOR = {
  sea: "#d5dee4",
  land: "#ebe8e2",
  landLine: "#cfcac1",
  focus: "#fdfaf3",
  focusHover: "#f6e7c8",
  border: "#4a3f35",
  province: "#9d8f7f",
  label: "#2b2520",
  halo: "#fdfaf3",
};

/**
 * Both names, the interface language's first: MapLibre shapes and orders the Arabic line itself.
 */
function bilingualName(lang: "en" | "ar") {
  const [first, second] = lang === "ar" ? ["nameAr", "nameEn"] : ["nameEn", "nameAr"];
  return ["format", ["get", first], {}, "\n", {}, ["get", second], { "font-scale": 0.85 }];
}

function label(id: string, kind: "country" | "province", minzoom: number, maxzoom: number, size: number, lang: "en" | "ar"): LayerSpecification {
  return {
    id,
    type: "symbol",
    source: SOURCE.labels,
    minzoom,
    maxzoom,
    filter: ["==", ["get", "kind"], kind],
    layout: {
      "text-field": bilingualName(lang) as never,
      "text-font": [LABEL_FONT],
      "text-size": size,
      "text-line-height": 1.25,
      "text-max-width": 12,
      "text-padding": 4,
    },
    paint: { "text-color": COLOR.label, "text-halo-color": COLOR.halo, "text-halo-width": 1.5 },
  };
}

function hoverLine(id: string, source: string): LayerSpecification {
  return { id, type: "line", source, paint: { "line-color": COLOR.border, "line-width": ["case", ["boolean", ["feature-state", "hover"], false], 3, 0] } };
}

export function baseStyle(origin: string, lang: "en" | "ar" = "en"): StyleSpecification {
  const source = (id: string, promoteId?: string) => ({
    type: "geojson" as const,
    data: `${origin}/api/layers/${id}`,
    attribution: ATTRIBUTION,
    ...(promoteId ? { promoteId } : {}),
  });
  return {
    version: 8,
    name: "Allegiance Atlas base map",
    "font-faces": fontFaces(origin),
    sources: {
      [SOURCE.world]: source("world"),
      [SOURCE.countries]: source("countries", "iso3"),
      [SOURCE.admin1]: source("admin1", "iso"),
      [SOURCE.labels]: source("labels"),
    },
    layers: [
      { id: LAYER.background, type: "background", paint: { "background-color": COLOR.sea } },
      { id: LAYER.worldFill, type: "fill", source: SOURCE.world, paint: { "fill-color": COLOR.land } },
      { id: LAYER.worldLine, type: "line", source: SOURCE.world, paint: { "line-color": COLOR.landLine, "line-width": 0.6 } },
      {
        id: LAYER.countriesFill,
        type: "fill",
        source: SOURCE.countries,
        paint: {
          "fill-color": ["case", ["boolean", ["feature-state", "hover"], false], COLOR.focusHover, COLOR.focus],
        },
      },
      {
        id: LAYER.admin1Fill,
        type: "fill",
        source: SOURCE.admin1,
        minzoom: PROVINCE_MINZOOM,
        paint: {
          "fill-color": COLOR.focusHover,
          "fill-opacity": ["case", ["boolean", ["feature-state", "hover"], false], 0.8, 0],
        },
      },
      {
        id: LAYER.admin1Line,
        type: "line",
        source: SOURCE.admin1,
        minzoom: PROVINCE_MINZOOM,
        paint: { "line-color": COLOR.province, "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.4, 8, 1.2], "line-dasharray": [3, 2] },
      },
      { id: LAYER.countriesLine, type: "line", source: SOURCE.countries, paint: { "line-color": COLOR.border, "line-width": ["interpolate", ["linear"], ["zoom"], 2, 0.8, 8, 2] } },
      // Above the claim layers, so hovering shows which feature a click will open.
      hoverLine(LAYER.hoverCountry, SOURCE.countries),
      hoverLine(LAYER.hoverProvince, SOURCE.admin1),
      label(LAYER.countryLabels, "country", 0, PROVINCE_MINZOOM + 1, 13, lang),
      label(LAYER.provinceLabels, "province", PROVINCE_MINZOOM, 24, 11, lang),
    ],
  };
}
