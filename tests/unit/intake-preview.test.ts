import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadMatchers } from "@/lib/articles/resources";
import { prepareArticle } from "@/lib/intake/article-write";
import { buildPreview, withoutOverlaps } from "@/lib/intake/preview";
import { slugForArticle } from "@/lib/intake/slug";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const ar = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
const published = { value: "2017-11", precision: "month", inferred: false } as const;

describe("buildPreview: what an editor checks before saving", () => {
  const p = prepareArticle(ar, { slug: "syn-ar", published }, m);
  const preview = buildPreview(p.result, p.boundMessage);

  it("lists the same claims the save would store, with kind, groups, places, date and confidence", () => {
    expect(preview.claims.map((c) => c.id)).toEqual(p.result.claims.map((c) => c.id));
    expect(preview.claims.length).toBeGreaterThan(0);
    const c = preview.claims[0]!;
    expect(c).toEqual(expect.objectContaining({ kind: expect.any(String), actors: expect.any(Array), places: expect.any(Array), confidence: expect.any(Number) }));
  });

  it("marks places, groups and dates in the passages at offsets that cut out the words the pipeline read", () => {
    const all = preview.passages.flatMap((ps) => ps.spans.map((s) => ({ ...s, word: ps.text.slice(s.start, s.end) })));
    expect(all.some((s) => s.kind === "place" && s.word.includes("الموصل"))).toBe(true);
    expect(all.some((s) => s.kind === "actor" && s.word.includes("داعش"))).toBe(true);
    expect(all.some((s) => s.kind === "date")).toBe(true);
    for (const s of all) expect(s.word.length).toBe(s.end - s.start);
    for (const s of all.filter((x) => x.kind !== "date")) expect(preview.names[s.kind === "place" ? "places" : "actors"][s.id]).toBeTruthy();
  });

  it("names places and groups in Arabic where the lookup has a name, in English otherwise", () => {
    const [place] = p.result.places;
    const [actor] = p.result.actors;
    const withAr = buildPreview(p.result, undefined, { places: new Map([[place!.id, { nameAr: "اسم المكان" }]]), actors: new Map() });
    expect(withAr.namesAr.places[place!.id]).toBe("اسم المكان");
    expect(withAr.namesAr.actors[actor!.id]).toBe(actor!.nameEn);
  });

  it("keeps one span where two overlap, a group before a place before a date", () => {
    const kept = withoutOverlaps([
      { kind: "date", start: 0, end: 10, id: "2017" },
      { kind: "place", start: 5, end: 12, id: "p" },
      { kind: "actor", start: 11, end: 20, id: "a" },
    ]);
    expect(kept.map((s) => s.kind)).toEqual(["date", "actor"]);
  });
});

describe("slugForArticle", () => {
  it("folds a title to ASCII and adds the text's hash; an Arabic title gives article-<hash>", () => {
    expect(slugForArticle("ISIS loses Raqqa — again!", "x")).toMatch(/^isis-loses-raqqa-again-[0-9a-f]{8}$/);
    expect(slugForArticle("تنظيم الدولة يخسر الموصل", "x")).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugForArticle("Same", "a")).not.toBe(slugForArticle("Same", "b"));
  });
});
