/**
 * Throughput of the pipeline on the seed article repeated to ~1 MB, next to plain regex
 * passes over the same text. `npx tsx scripts/ingest/bench.ts [path] [MB]`
 */
import { readFileSync } from "node:fs";
import { ingestText } from "../../lib/articles/ingest";
import { loadMatchers } from "../../lib/articles/resources";
import { loadGazetteer } from "../../lib/articles/resources";
import { matchActors } from "../../lib/extract/actors";
import { matchPlaces } from "../../lib/extract/place-matcher";
import { splitPassages } from "../../lib/text/passages";
import { tokenize } from "../../lib/text/tokens";

const seed = readFileSync(process.argv[2] ?? "/work/shared/seed/000_40a8f3811f703089.txt", "utf8");
const targetMb = Number(process.argv[3] ?? 1);
const parts: string[] = [];
let bytes = 0;
for (let i = 0; bytes < targetMb * 1024 * 1024; i++) {
  const chunk = seed + `\n\n(${i})\n\n`;
  parts.push(chunk);
  bytes += Buffer.byteLength(chunk);
}
const text = parts.join("");
const mb = Buffer.byteLength(text) / 1024 / 1024;

function time(label: string, f: () => unknown, runs = 3): number {
  f();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(44)} ${best.toFixed(0).padStart(6)} ms  ${(mb / (best / 1000)).toFixed(2).padStart(7)} MB/s`);
  return best;
}

const t0 = performance.now();
const m = loadMatchers();
console.log(`matchers built in ${(performance.now() - t0).toFixed(0)} ms; text ${mb.toFixed(2)} MB`);
const names = loadGazetteer().places.flatMap((p) => [p.nameAr, p.nameEn, ...p.aliasesAr, ...p.aliasesEn]);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.sort((a, b) => b.length - a.length).map(esc).join("|")})(?![\\p{L}\\p{N}])`, "giu");
time("regex: word tokens /[\\p{L}\\p{M}\\p{N}]+/gu", () => text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length);
time(`regex: alternation of ${names.length} gazetteer names`, () => text.match(alternation)?.length);
time("splitPassages only", () => splitPassages(text));
time("tokenize + place/actor matching (whole text)", () => {
  const tokens = tokenize(text);
  return matchPlaces(m.places, tokens).length + matchActors(m.actors, tokens).length;
});
time("ingestText (passages+places+actors+claims)", () => ingestText(text, { slug: "bench", published: { value: "2017-11", precision: "month", inferred: true } }, m));
