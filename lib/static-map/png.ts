import { renderAsync } from "@resvg/resvg-js";
import { loadFonts } from "./fonts";

/**
 * The SVG rasterised by resvg with the app's own fonts and no system fonts, so the PNG is the
 * same on every machine and nothing outside the app is read. renderAsync runs on libuv's thread
 * pool: a large print render does not stall other requests.
 */
export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const fonts = loadFonts();
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles: fonts.map((f) => f.file), defaultFontFamily: fonts[0]!.family },
    // The SVG names fonts the browser may have as fallbacks; resvg is told of its own only.
    logLevel: "off",
  });
  return image.asPng();
}
