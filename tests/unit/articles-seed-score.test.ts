import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { scoreClaims } from "@/lib/articles/score";
import { loadArticleBundle } from "@/lib/data/corpus";
import { Curation } from "@/lib/articles/curation";

const SLUG = "000_40a8f3811f703089";
// The seed's text as the store holds it (byte for byte the brief's ../shared/seed file, which is
// not in the repository): every clone, CI's included, runs these checks; none is skipped.
const SEED_TEXT = (JSON.parse(readFileSync(`geodata/articles/${SLUG}.article.json`, "utf8")) as { text: string }).text;
const curated = Curation.parse(JSON.parse(readFileSync(`geodata/articles/${SLUG}.curated.json`, "utf8")));

// Floors: measured values minus ~0.1, so a rule change that loses ground on the seed fails.
// Measured with the real gazetteer: places P 0.81 R 0.81, actors P 0.96 R 0.85, kinds P 1.00 R 0.85.
// The reviewed claims were written after seeing the automatic ones, which flatters precision.
const FLOORS = {
  places: { precision: 0.7, recall: 0.7 },
  actors: { precision: 0.85, recall: 0.75 },
  kinds: { precision: 0.9, recall: 0.75 },
};

describe("seed article: automatic extraction vs reviewed claims", () => {
  const auto = ingestText(SEED_TEXT, { slug: SLUG, lang: "ar", published: { value: "2017-11", precision: "month", inferred: true } }, loadMatchers());

  it("the committed automatic result is what the pipeline produces now", () => {
    const committed = JSON.parse(readFileSync(`geodata/articles/${SLUG}.claims.json`, "utf8"));
    expect(auto.claims.map((c) => c.id)).toEqual(committed.map((c: { id: string }) => c.id));
  });

  it("scores above the floors", () => {
    const s = scoreClaims(auto.claims, curated.add);
    const fmt = (k: keyof typeof s) =>
      `${k}: P=${s[k].precision.toFixed(2)} R=${s[k].recall.toFixed(2)} F1=${s[k].f1.toFixed(2)} (tp ${s[k].tp}, auto ${s[k].auto}, gold ${s[k].gold})`;
    console.log(["seed extraction vs curated", fmt("places"), fmt("actors"), fmt("kinds")].join("\n  "));
    for (const k of ["places", "actors", "kinds"] as const) {
      expect(s[k].precision).toBeGreaterThanOrEqual(FLOORS[k].precision);
      expect(s[k].recall).toBeGreaterThanOrEqual(FLOORS[k].recall);
    }
  });
});

describe("seed article as the store serves it", () => {
  it("the merged view, as the store serves it after importing the seed: glosses on every passage, reviewed claims with exact quotes", async () => {
    const b = (await loadArticleBundle(SLUG))!;
    expect(b.warnings).toEqual([]);
    expect(b.curated).toBe(true);
    expect(b.article.published).toEqual({ value: "2017-11", precision: "month", inferred: true });
    expect(b.article.publishedNote).toMatch(/Raqqa/);
    for (const p of b.article.passages) expect(p.glossEn).toBeTruthy();
    expect(b.article.passages.find((p) => p.text.includes("ستة أقزام"))?.glossNote).toMatch(/six years/);
    for (const c of b.claims) {
      const p = b.article.passages.find((x) => x.id === c.passageId)!;
      expect(p.text.slice(c.span.start, c.span.end)).toBe(c.quote);
      expect(c.method).toBe("curated");
      expect(c.status).toBe("accepted");
    }
    const countries = new Set(b.claims.flatMap((c) => c.countries));
    expect([...countries].sort()).toEqual(["AFG", "DZA", "IRQ", "NER", "NGA", "SYR", "YEM"]);
    const places = new Set(b.claims.flatMap((c) => c.places.map((p) => p.placeId)));
    for (const id of ["city:172955", "region:sahel", "country:NER", "region:ne-nigeria"]) expect(places).toContain(id);
    const threat = b.claims.find((c) => c.kind === "threat")!;
    expect(threat).toMatchObject({ places: [], countries: [] });
    expect(b.claims.find((c) => c.kind === "pledge" && c.countries.includes("DZA"))).toMatchObject({
      fromActor: "isis",
      toActor: "al-qaeda",
      date: { value: "2017-08", inferred: true },
    });
    expect(b.claims.find((c) => c.kind === "attack")).toMatchObject({ quantity: { value: 4, unit: "people" }, date: { value: "2017-10" } });
    expect(b.claims.find((c) => c.kind === "defection" && c.toActor === "aqap")?.attribution).toMatch(/broadcaster/);
  });
});
