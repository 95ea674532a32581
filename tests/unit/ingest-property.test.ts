import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Article, Claim } from "@/lib/schema/article";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const words = [
  "داعش",
  "القاعدة",
  "للقاعدة",
  "بايع",
  "أقسم",
  "الجزائر",
  "النيجر",
  "نيجر",
  "ولاية",
  "مدينة",
  "شمال",
  "شرق",
  "نيجيريا",
  "آب",
  "أغسطس",
  "الماضي",
  "عام",
  "2015",
  "أكثر",
  "من",
  "60٪",
  "عشرات",
  "IS",
  "is",
  "Niger",
  "State",
  "last",
  "August",
  "killed",
  "four",
  "soldiers",
  "joined",
  "«",
  "»",
  '"',
  ".",
  "،",
  "؟",
  "\n\n",
  " ",
  "ـ",
  "ً",
];
const arabicish = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((xs) => xs.join(" "));
const SEED = readFileSync("/work/shared/seed/000_40a8f3811f703089.txt", "utf8");

describe("ingest properties", () => {
  it("never throws on arbitrary strings and always yields valid, quotable output", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), arabicish, fc.string({ unit: "grapheme" })), (s) => {
        const r = ingestText(s, { slug: "prop", published: { value: "2017-11", precision: "month", inferred: false } }, m);
        expect(Article.safeParse(r.article).success).toBe(true);
        for (const c of r.claims) {
          expect(Claim.safeParse(c).success).toBe(true);
          const p = r.article.passages.find((x) => x.id === c.passageId)!;
          expect(p.text.slice(c.span.start, c.span.end)).toBe(c.quote);
        }
        for (const p of r.article.passages) expect(s.slice(p.start, p.end)).toBe(p.text);
      }),
      { numRuns: 250 },
    );
  });
  it("same text gives the same passage and claim ids", () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const a = ingestText(s, { slug: "prop" }, m);
        const b = ingestText(s, { slug: "prop" }, m);
        expect(b.article.passages.map((p) => p.id)).toEqual(a.article.passages.map((p) => p.id));
        expect(b.claims.map((c) => c.id)).toEqual(a.claims.map((c) => c.id));
      }),
      { numRuns: 100 },
    );
    expect(ingestText(SEED, { slug: "s" }, m).article.passages[1]!.id).toBe("p-1ak8urs015");
  });
});
