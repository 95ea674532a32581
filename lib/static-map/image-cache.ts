import { availableParallelism } from "node:os";
import { ApiError } from "../api/errors";
import { corpusId } from "../data/corpus";
import { toParams } from "../view/url-codec";
import { ByteLru } from "./byte-lru";
import { staticMapSvg } from "./load";
import type { StaticMapQuery } from "./params";
import { svgToPng } from "./png";
import { BusyError, RenderQueue } from "./render-queue";
import { imageFilename, imageHeaders, notModified, pngEtag } from "./response";

/**
 * The static map's images, rendered at most `concurrency` at a time and kept in memory by view +
 * size + corpus version: the same view asked again (an oEmbed thumbnail, a slide deck reloaded)
 * costs a lookup, and a changed article changes the version and so the key. Limits come from the
 * environment so a test or an operator can tighten them; the defaults fit a 2-core machine.
 */
const env = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

// One core is left to the server: each render also builds its SVG on the main thread (0.2-0.5 s
// of d3-geo paths), and with a render per core that alone starved every other route.
const CORES = availableParallelism();
const queue = new RenderQueue({
  concurrency: Math.min(env("STATIC_MAP_CONCURRENCY", Math.max(1, CORES - 1)), CORES),
  maxQueued: env("STATIC_MAP_MAX_QUEUED", 2 * CORES),
  maxWaitMs: env("STATIC_MAP_MAX_WAIT_MS", 5000),
});

type Image = { body: Uint8Array; etag: string };
const cache = new ByteLru<Image>(env("STATIC_MAP_CACHE_MB", 32) * 1024 * 1024, (i) => i.body.byteLength);
// Identical requests arriving together share one render instead of each taking a slot.
const inflight = new Map<string, Promise<Image>>();

type ImageFormat = "svg" | "png";

/** View + size + corpus version: everything an image depends on (the code is fixed per process). */
function imageKey(format: ImageFormat, q: StaticMapQuery, version: string): string {
  const scale = format === "png" ? q.scale : 1;
  return `${format}|${q.width}x${q.height}@${scale}|${version}|${toParams(q.view).toString()}`;
}

const CONTENT_TYPE: Record<ImageFormat, string> = { svg: "image/svg+xml; charset=utf-8", png: "image/png" };

function send(format: ImageFormat, q: StaticMapQuery, image: Image): Response {
  return new Response(image.body as Uint8Array<ArrayBuffer>, { headers: imageHeaders(CONTENT_TYPE[format], image.etag, imageFilename(q.view, format)) });
}

/** Draws the image; its SVG's hash is its ETag (stable for the same bytes on every server). */
async function render(format: ImageFormat, q: StaticMapQuery): Promise<Image> {
  // The slot may have been handed over inside another render's callback: let requests already
  // waiting on the event loop run before this one blocks it to build the SVG.
  await new Promise((r) => setImmediate(r));
  const rendered = await staticMapSvg(q.view, { width: q.width, height: q.height });
  if (format === "svg") return { body: new TextEncoder().encode(rendered.svg), etag: rendered.etag };
  return { body: await svgToPng(rendered.svg, q.scale), etag: pngEtag(rendered, q.scale) };
}

/** GET /api/static-map.{svg,png}: from the cache, or rendered in turn; 503 with Retry-After when the queue is full. */
export async function staticMapImage(format: ImageFormat, q: StaticMapQuery, req: Request): Promise<Response> {
  const key = imageKey(format, q, await corpusId());
  const hit = cache.get(key);
  if (hit) return notModified(req, hit.etag) ?? send(format, q, hit);
  let job = inflight.get(key);
  if (!job) {
    // SVGs take a slot too: building one holds the main thread for 0.2-0.5 s, and distinct sizes
    // asked at once would otherwise hold it for all of them.
    job = queue.run(() => render(format, q));
    inflight.set(key, job);
    job
      .then(
        (image) => cache.set(key, image),
        () => {},
      )
      .finally(() => inflight.delete(key));
  }
  try {
    const image = await job;
    return notModified(req, image.etag) ?? send(format, q, image);
  } catch (err) {
    if (err instanceof BusyError) {
      throw new ApiError("busy", "The server is drawing other maps; try again shortly.", { "Retry-After": String(err.retryAfterSeconds) });
    }
    throw err;
  }
}
