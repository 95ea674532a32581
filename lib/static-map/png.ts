import { loadFonts } from "./fonts";
import { renderInChild } from "./png-pool";

/**
 * The SVG rasterised by resvg with the app's own fonts and no system fonts, so the PNG is the
 * same on every machine and nothing outside the app is read. It runs in a child process
 * (png-pool.ts): a large print render neither stalls other requests nor leaves its native memory
 * with the server.
 * (resvg is a native addon: next.config.js lists it in serverExternalPackages, and the child
 * requires it from node_modules.)
 */
export async function svgToPng(svg: string, scale: number): Promise<Buffer> {
  const fonts = loadFonts();
  return renderInChild({ svg, scale, fontFiles: fonts.map((f) => f.file), family: fonts[0]!.family });
}
