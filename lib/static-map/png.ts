import { createRequire } from "node:module";
import { join } from "node:path";
import type * as Resvg from "@resvg/resvg-js";
import { loadFonts } from "./fonts";

/**
 * The SVG rasterised by resvg with the app's own fonts and no system fonts, so the PNG is the
 * same on every machine and nothing outside the app is read. renderAsync runs on libuv's thread
 * pool: a large print render does not stall other requests.
 *
 * resvg is a native addon, which Turbopack cannot place in a chunk; it is required at run time
 * from node_modules instead (next.config.js's serverExternalPackages would do the same).
 */
let resvg: typeof Resvg | undefined;
function load(): typeof Resvg {
  const name = "@resvg/resvg-js";
  resvg ??= createRequire(join(/*turbopackIgnore: true*/ process.cwd(), "package.json"))(name) as typeof Resvg;
  return resvg;
}

export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const fonts = loadFonts();
  const image = await load().renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles: fonts.map((f) => f.file), defaultFontFamily: fonts[0]!.family },
    // The SVG also names the fonts a browser may have as fallbacks; resvg knows only its own.
    logLevel: "off",
  });
  return image.asPng();
}
