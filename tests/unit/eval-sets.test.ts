import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@/scripts/eval/corpus";
import { heldoutLabel, heldoutSets } from "@/scripts/eval/sets";

describe("the held-out sets that npm run eval scores apart", () => {
  const root = mkdtempSync(path.join(tmpdir(), "eval-sets-"));
  for (const d of ["corpus", "heldout", "heldout10", "heldout2", "heldout-blind", "notes"]) mkdirSync(path.join(root, d));
  writeFileSync(path.join(root, "heldout3"), "a file, not a set");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("are every heldout* directory under the root, in natural order, and nothing else", () => {
    expect(heldoutSets(root).map((s) => s.name)).toEqual(["heldout", "heldout-blind", "heldout2", "heldout10"]);
    expect(heldoutSets(root)[2]?.dir).toBe(path.join(root, "heldout2"));
  });

  it("are none when the root does not exist", () => {
    expect(heldoutSets(path.join(root, "missing"))).toEqual([]);
  });

  it("keep the first set's label as it was and name later sets by their suffix", () => {
    expect(heldoutLabel("heldout")).toBe("held-out");
    expect(heldoutLabel("heldout2")).toBe("held-out 2");
    expect(heldoutLabel("heldout-blind")).toBe("held-out blind");
  });
});

describe("the second blind set (tests/eval/heldout2)", () => {
  const sets = heldoutSets();
  const second = sets.find((s) => s.name === "heldout2");

  it("is found next to the first held-out set, so a plain run scores both, each apart", () => {
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(["heldout", "heldout2"]));
  });

  it("is 32 valid annotations, half Arabic, across all seven countries, with stories that support no claim", () => {
    expect(second).toBeDefined();
    const { articles, problems } = loadCorpus(second?.dir ?? "tests/eval/heldout2");
    expect(problems).toEqual([]);
    expect(articles.length).toBe(32);
    expect(articles.filter((a) => a.gold.lang === "ar").length).toBe(16);
    const countries = new Set(articles.flatMap((a) => a.gold.mentions.filter((p) => p.startsWith("country:"))));
    expect([...countries].sort()).toEqual(["country:AFG", "country:DZA", "country:IRQ", "country:NER", "country:NGA", "country:SYR", "country:YEM"]);
    expect(articles.filter((a) => a.gold.claims.length === 0).length).toBeGreaterThanOrEqual(3);
  });
});
