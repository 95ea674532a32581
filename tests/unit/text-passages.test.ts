import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Passage } from "@/lib/schema/article";
import { splitPassages } from "@/lib/text/passages";

const AR = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
const SEED = readFileSync("/work/shared/seed/000_40a8f3811f703089.txt", "utf8");

function offsetsHold(text: string) {
  for (const p of splitPassages(text)) {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(Passage.safeParse(p).success).toBe(true);
  }
}

describe("passage splitting", () => {
  it("splits on Arabic and Latin sentence ends but not on ، or decimals", () => {
    const ps = splitPassages("في الجزائر ، أقسم عشرات. هل انضموا؟ نعم! بلغت 3.5 بالمئة. Done.");
    expect(ps.map((p) => p.text)).toEqual(["في الجزائر ، أقسم عشرات.", "هل انضموا؟", "نعم!", "بلغت 3.5 بالمئة.", "Done."]);
  });
  it("does not split inside «» or straight quotes", () => {
    const ps = splitPassages('قال «هذا. وذاك» ثم مضى. وقال "المفاوضات مستمرة. ولن تتوقف" أمس.');
    expect(ps.map((p) => p.text)).toEqual(["قال «هذا. وذاك» ثم مضى.", 'وقال "المفاوضات مستمرة. ولن تتوقف" أمس.']);
  });
  it("survives a stray, unbalanced quotation mark (as in the seed)", () => {
    const ps = splitPassages(SEED);
    expect(ps.some((p) => p.text === 'من الرعب ".')).toBe(true);
    expect(ps.length).toBe(18);
  });
  it("tracks paragraphs and keeps offsets exact", () => {
    const ps = splitPassages(AR);
    expect(ps[0]!.paragraph).toBe(0);
    expect(new Set(ps.map((p) => p.paragraph)).size).toBe(3);
    offsetsHold(AR);
    offsetsHold(SEED);
  });
  it("keeps English abbreviations and initials in one sentence", () => {
    expect(splitPassages("Mr. Smith met U.S. officials. They left.").map((p) => p.text)).toEqual(["Mr. Smith met U.S. officials.", "They left."]);
  });
  it("gives repeated passages distinct ids with a counter", () => {
    const ps = splitPassages("Same line.\n\nOther.\n\nSame line.");
    expect(ps[0]!.id).not.toBe(ps[2]!.id);
    expect(ps[2]!.id).toBe(ps[0]!.id + "x1");
  });
  it("ids depend on normalised text only: harakat and spacing do not change them", () => {
    const [a] = splitPassages("أقسم   المقاتلون.");
    const [b] = splitPassages("أَقْسَمَ المقاتلون.");
    expect(a!.id).toBe(b!.id);
  });
  it("property: same text -> same ids, offsets slice to the passage text", () => {
    const arabicish = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئءًٌٍَُِّْـ٠١٢،؛؟.!"«» \n\t0123456789abcXYZ'.split("")) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), arabicish, fc.string({ unit: "binary" })), (s) => {
        const a = splitPassages(s);
        const b = splitPassages(s);
        expect(b.map((p) => p.id)).toEqual(a.map((p) => p.id));
        for (const p of a) {
          expect(s.slice(p.start, p.end)).toBe(p.text);
          expect(p.text.trim()).toBe(p.text);
          expect(p.text.length).toBeGreaterThan(0);
        }
        expect(new Set(a.map((p) => p.id)).size).toBe(a.length);
      }),
      { numRuns: 300 },
    );
  });
});
