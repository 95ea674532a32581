import { ifNoneMatchHits } from "../api/etag";
import type { ViewState } from "../view/view-state";
import type { RenderedSvg } from "./load";

/**
 * Headers shared by the SVG and PNG answers. The image changes when the articles do, so clients
 * revalidate (the ETag makes that cheap). (next.config.js relaxes CORP for these paths, so an
 * oEmbed thumbnail can be an <img> on another site.)
 */
export function imageHeaders(contentType: string, etag: string, filename: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Cache-Control": "public, no-cache",
    ETag: etag,
    "Content-Disposition": `inline; filename="${filename}"`,
  };
}

export function notModified(req: Request, etag: string): Response | null {
  if (!ifNoneMatchHits(req.headers.get("if-none-match"), etag)) return null;
  return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "public, no-cache" } });
}

/** "allegiance-atlas-irq-2017.png": a file name that says what the view is, ASCII only. */
export function imageFilename(view: ViewState, ext: "svg" | "png"): string {
  const parts = [...view.countries.map((c) => c.toLowerCase()), ...view.actors, ...view.kinds, view.from, view.to].filter(Boolean);
  const name = ["allegiance-atlas", ...parts]
    .join("-")
    .replace(/[^a-z0-9-]/gi, "")
    .slice(0, 100);
  return `${name}.${ext}`;
}

/** The PNG's ETag differs from the SVG's by the scale it was drawn at. */
export const pngEtag = (svg: RenderedSvg, scale: number) => `${svg.etag.slice(0, -1)}-${scale}x"`;
