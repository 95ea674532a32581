import { readFileSync } from "node:fs";
import path from "node:path";
import { ingestText } from "../../lib/articles/ingest";
import { loadMatchers } from "../../lib/articles/resources";
import { formatBytes, median } from "../../lib/bench/stats";
import type { BenchContext } from "./context";
import { ROOT } from "./server";

const SEED = "geodata/articles/000_40a8f3811f703089.article.json";
const TARGET_BYTES = 2 * 1024 * 1024;

export type IngestFigures = { bytes: number; pipelineMBs: number; regexMBs: number; pipelineMs: number; regexMs: number; passages: number; claims: number };

/** The seed article's Arabic text repeated (paragraph-separated) to about 2 MB of UTF-8. */
export function benchText(): string {
  const { text } = JSON.parse(readFileSync(path.join(ROOT, SEED), "utf8")) as { text: string };
  const times = Math.ceil(TARGET_BYTES / Buffer.byteLength(text));
  return Array.from({ length: times }, () => text).join("\n\n");
}

const mbPerS = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);

/**
 * The whole pure pipeline (passages, matching, claims, schema checks) against the cheapest
 * thing one can do with the text: one regular-expression pass counting Arabic words.
 */
export function measureIngest(log: (s: string) => void): IngestFigures {
  const text = benchText();
  const bytes = Buffer.byteLength(text);
  const matchers = loadMatchers();
  const regexRuns: number[] = [];
  let words = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    words = (text.match(/[\u0600-\u06FF]+/g) ?? []).length;
    regexRuns.push(performance.now() - t0);
  }
  const runs: number[] = [];
  let result: ReturnType<typeof ingestText> | undefined;
  // At least one pass, up to three while the total stays short: the pipeline is the slow side.
  for (let spent = 0; runs.length < 3 && (runs.length === 0 || spent < 20_000); spent += runs.at(-1)!) {
    const t0 = performance.now();
    result = ingestText(text, { slug: "bench-ingest" }, matchers);
    runs.push(performance.now() - t0);
    log(`  ingest pass ${runs.length}: ${runs.at(-1)!.toFixed(0)} ms`);
  }
  const pipelineMs = median(runs);
  const regexMs = median(regexRuns);
  log(`  regex pass: ${regexMs.toFixed(1)} ms (${words} Arabic words)`);
  return {
    bytes,
    pipelineMs,
    regexMs,
    pipelineMBs: mbPerS(bytes, pipelineMs),
    regexMBs: mbPerS(bytes, regexMs),
    passages: result!.article.passages.length,
    claims: result!.claims.length,
  };
}

/** Generous on purpose: it guards against an accidental quadratic step, not against noise. */
export const INGEST_BUDGET = { max: 300 };

export function ingestFigures(c: BenchContext): void {
  c.log("ingest throughput: the seed article's Arabic text repeated to about 2 MB");
  const f = measureIngest(c.log);
  c.log(`  ${formatBytes(f.bytes)}: ${f.passages} passages, ${f.claims} claims`);
  // Expressed as a slowdown factor (time / regex time) so that the budget is a ceiling.
  c.report.add({
    id: "ingest.slowdown",
    label: "ingest time against one regex pass (slowdown)",
    unit: "ms",
    value: f.pipelineMs,
    baseline: f.regexMs,
    baselineLabel: "regex pass",
    budget: INGEST_BUDGET,
    note: `${f.pipelineMBs.toFixed(2)} MB/s against ${f.regexMBs.toFixed(1)} MB/s`,
    details: f,
  });
}
