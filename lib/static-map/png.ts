import { renderAsync } from "@resvg/resvg-js";
import { loadFonts } from "./fonts";

/**
 * The SVG rasterised by resvg with the app's own fonts and no system fonts, so the PNG is the
 * same on every machine and nothing outside the app is read. renderAsync runs on libuv's thread
 * pool: a large print render does not stall other requests.
 * (resvg is a native addon: next.config.js lists it in serverExternalPackages so Next requires
 * it from node_modules at run time instead of bundling it.)
 */

export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const fonts = loadFonts();
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles: fonts.map((f) => f.file), defaultFontFamily: fonts[0]!.family },
    // The SVG also names the fonts a browser may have as fallbacks; resvg knows only its own.
    logLevel: "off",
  });
  return image.asPng();
}
