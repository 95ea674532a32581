/**
 * Runs in its own process so its peak RSS (getrusage maxrss) is the cost of one task alone.
 * argv: <data dir> <"layers" | "stringify">; prints one JSON line on stdout.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { boundaryIndex } from "../../lib/geo/boundaries";
import { loadGazetteer } from "../../lib/geo/geodata-files";
import { allegianceLayer } from "../../lib/layers/claims/allegiance";
import type { LayerContext } from "../../lib/layers/claims/context";
import { eventsLayer } from "../../lib/layers/claims/events";
import { recruitmentLayer } from "../../lib/layers/claims/recruitment";
import { territorialLossLayer } from "../../lib/layers/claims/territorial-loss";
import type { Claim } from "../../lib/schema/article";

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== "layers" && mode !== "stringify")) throw new Error("usage: layers-child <dir> layers|stringify");

// Both modes load the same claims the same way, so the ratio compares only the work after it.
const claims: Claim[] = readdirSync(dir)
  .filter((n) => n.endsWith(".claims.json"))
  .flatMap((n) => JSON.parse(readFileSync(path.join(dir, n), "utf8")) as Claim[]);

let features = 0;
let outBytes = 0;
let ms: number;
let firstMs = 0;
if (mode === "layers") {
  const ctx: LayerContext = { claims, places: new Map(loadGazetteer().places.map((p) => [p.id, p])), index: boundaryIndex() };
  const buildAll = () => {
    const t0 = performance.now();
    features = 0;
    for (const build of [territorialLossLayer, recruitmentLayer, allegianceLayer, eventsLayer]) features += build(ctx).features.length;
    return performance.now() - t0;
  };
  // The first build also computes every place's shape (Turf unions), which the server then
  // keeps; a rebuild after an ingest is the second figure, the one that recurs.
  firstMs = buildAll();
  ms = buildAll();
} else {
  const t0 = performance.now();
  outBytes = JSON.stringify(claims).length;
  ms = performance.now() - t0;
}
process.stdout.write(JSON.stringify({ mode, claims: claims.length, ms, firstMs, features, outBytes, maxRss: process.resourceUsage().maxRSS * 1024 }) + "\n");
