import type { StyleSpecification } from "maplibre-gl";

/**
 * The one font stack map labels use. There is no `glyphs` URL: MapLibre 6 draws text with the
 * font files the style names in `font-faces`, served by the app itself (copied into
 * public/fonts at build time), and shapes Arabic right-to-left on its own.
 */
export const LABEL_FONT = "Noto Sans Regular";

export function fontFaces(origin: string): NonNullable<StyleSpecification["font-faces"]> {
  return {
    [LABEL_FONT]: [
      {
        url: `${origin}/fonts/noto-sans-latin-400.woff2`,
        "unicode-range": [
          "U+0000-00FF",
          "U+0131",
          "U+0152-0153",
          "U+02BB-02BC",
          "U+02C6",
          "U+02DA",
          "U+02DC",
          "U+2000-206F",
          "U+20AC",
          "U+2122",
          "U+2191",
          "U+2193",
          "U+2212",
          "U+2215",
          "U+FEFF",
          "U+FFFD",
        ],
      },
      {
        url: `${origin}/fonts/noto-sans-latin-ext-400.woff2`,
        "unicode-range": ["U+0100-02AF", "U+1E00-1EFF", "U+2020", "U+20A0-20AB", "U+20AD-20C0", "U+2113", "U+2C60-2C7F", "U+A720-A7FF"],
      },
      {
        url: `${origin}/fonts/noto-sans-arabic-400.woff2`,
        "unicode-range": [
          "U+0600-06FF",
          "U+0750-077F",
          "U+0870-088E",
          "U+0890-0891",
          "U+0897-08E1",
          "U+08E3-08FF",
          "U+200C-200E",
          "U+2010-2011",
          "U+204F",
          "U+2E41",
          "U+FB50-FDFF",
          "U+FE70-FE74",
          "U+FE76-FEFC",
        ],
      },
    ],
  };
}
