import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { HOME_BOUNDS } from "../../lib/map/base-style";
import { mapStyle, targetsOf } from "../../lib/map/map-style";
import { type PlainMarks, plainMarks } from "../../lib/map/mark-states";
import { fromWire, type WireModel } from "../../lib/view/model-wire";
import { DEFAULT_LAYERS } from "../../lib/view/view-state";
import { freePort, ROOT } from "./server";

/**
 * The same map as a plain HTML page with no framework: MapLibre's own ES module, its CSS and
 * worker, the base layers' bytes, and the default view's claim layers (style, points and
 * feature states inline, from the app's /api/view), served from memory by a bare node:http
 * server on loopback, gzipped like `next start` does. A reference point for the figures.
 */

const LAYERS = ["world", "countries", "admin1", "labels"];
const FONTS = ["noto-sans-latin-400.woff2", "noto-sans-latin-ext-400.woff2", "noto-sans-arabic-400.woff2"];

function html(origin: string, marks: PlainMarks): string {
  const style = JSON.stringify(mapStyle(origin, "en", DEFAULT_LAYERS, targetsOf(marks.states), marks)).replace(/</g, "\\u003c");
  const states = JSON.stringify(marks.states).replace(/</g, "\\u003c");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain</title>
<link rel="stylesheet" href="/maplibre-gl.css"><style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map" data-testid="atlas-map" data-map-state="loading"></div><script type="module">
import * as ml from "/maplibre-gl.mjs";
ml.setWorkerUrl("/maplibre-gl-worker.mjs");
const el = document.getElementById("map");
const map = new ml.Map({ container: el, style: ${style}, bounds: ${JSON.stringify(HOME_BOUNDS)}, fitBoundsOptions: { padding: 24 }, attributionControl: false });
map.once("styledata", () => {
  for (const [key, values] of ${states}) map.setFeatureState({ source: key.slice(0, key.indexOf("/")), id: key.slice(key.indexOf("/") + 1) }, values);
});
map.once("idle", () => el.dataset.mapState = "ready");
map.on("error", () => el.dataset.mapState = "error");
</script></body></html>`;
}

type File = { type: string; body: Buffer; gz?: Buffer };

export async function startPlainServer(appUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dist = path.join(ROOT, "node_modules/maplibre-gl/dist");
  const files = new Map<string, File>();
  const text = (type: string, body: Buffer): File => ({ type, body, gz: gzipSync(body) });
  const view = await fetch(`${appUrl}/api/view`);
  if (!view.ok) throw new Error(`GET /api/view: ${view.status}`);
  // /api/view answers in the columnar wire form (lib/view/model-wire) since the scale merge.
  const marks = plainMarks(fromWire((await view.json()) as WireModel), DEFAULT_LAYERS, "en");
  files.set("/", text("text/html; charset=utf-8", Buffer.from(html(origin, marks))));
  files.set("/maplibre-gl.mjs", text("text/javascript", readFileSync(path.join(dist, "maplibre-gl.mjs"))));
  files.set("/maplibre-gl-worker.mjs", text("text/javascript", readFileSync(path.join(dist, "maplibre-gl-worker.mjs"))));
  files.set("/maplibre-gl.css", text("text/css", readFileSync(path.join(dist, "maplibre-gl.css"))));
  for (const id of LAYERS) {
    const res = await fetch(`${appUrl}/api/layers/${id}`);
    if (!res.ok) throw new Error(`GET /api/layers/${id}: ${res.status}`);
    files.set(`/api/layers/${id}`, text("application/geo+json", Buffer.from(await res.arrayBuffer())));
  }
  for (const f of FONTS) files.set(`/fonts/${f}`, { type: "font/woff2", body: readFileSync(path.join(ROOT, "public/fonts", f)) });

  const server: Server = createServer((req, res) => {
    const f = files.get(new URL(req.url ?? "/", origin).pathname);
    if (!f) return void res.writeHead(404).end();
    const gzip = f.gz && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, { "Content-Type": f.type, ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}) });
    res.end(gzip ? f.gz : f.body);
  });
  server.listen(port, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return {
    url: origin,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
