import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@/scripts/eval/corpus";
import { heldoutSets } from "@/scripts/eval/sets";

describe("npm run eval on the held-out sets", () => {
  const out = path.join(tmpdir(), `eval-quiet-${process.pid}.json`);
  const printed = execFileSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--out", out], { encoding: "utf8", maxBuffer: 16 << 20 });
  const report = JSON.parse(readFileSync(out, "utf8"));
  rmSync(out, { force: true });
  const sets = heldoutSets().map((s) => ({ ...s, ids: loadCorpus(s.dir).articles.map((a) => a.id) }));

  it("prints each held-out set's totals but not one line per article (reading those is how a set becomes a tuning corpus)", () => {
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) {
      expect(printed).toContain(`${s.label}: TOTAL over ${s.ids.length} articles`);
      for (const id of s.ids) expect(printed.split("\n").some((l) => l.startsWith(`${id} `))).toBe(false);
      expect(report[s.name].articles).toEqual([]);
      expect(report[s.name].totals.claims.gold).toBeGreaterThan(0);
    }
  });

  it("still prints and keeps the corpus per article", () => {
    const corpus = loadCorpus().articles;
    expect(printed.split("\n").filter((l) => corpus.some((a) => l.startsWith(`${a.id} `))).length).toBe(corpus.length);
    expect(report.articles.length).toBe(corpus.length);
  });
});
