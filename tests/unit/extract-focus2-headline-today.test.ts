import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A headline's act takes the day its lede tells, also when the lede tells it as a time of today. */
const m = loadMatchers();
const published = { value: "2019-03-12", precision: "day" as const, inferred: false };
const headlineDates = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  const head = r.article.passages[0]!.id;
  return r.claims.filter((c) => c.passageId === head && c.kind === "attack").map((c) => c.date?.value ?? "-");
};

describe("a headline's attack is dated by a lede that says 'فجر اليوم' or 'this morning'", () => {
  it("dates an Arabic headline by the lede's 'فجر اليوم'", () => {
    const text = "هجوم لداعش في كركوك\n\nكركوك - شن مسلحون من تنظيم داعش هجوما فجر اليوم على نقطة للجيش العراقي في قضاء الحويجة بمحافظة كركوك.";
    expect(headlineDates(text, "ar")).toEqual(["2019-03-12"]);
  });
  it("dates an Arabic headline by the lede's 'صباح اليوم' in another order", () => {
    const text = "هجوم لداعش في كركوك\n\nكركوك - صباح اليوم هاجم مسلحو تنظيم داعش نقطة للجيش العراقي في قضاء الحويجة.";
    expect(headlineDates(text, "ar")).toEqual(["2019-03-12"]);
  });
});
