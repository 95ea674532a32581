import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A presence told in the past ("once controlled", "كانت ... تسيطر") did not hold at publication. */
const m = loadMatchers();
const published = { value: "2019-03-12", precision: "day" as const, inferred: false };
const presenceDate = (text: string) => ingestText(text, { slug: "t", published }, m).claims.find((c) => c.kind === "presence")?.date?.value;

describe("past presence is not dated at publication", () => {
  it("leaves 'once controlled' / 'used to control' undated when the story gives no day", () => {
    expect(presenceDate("ISIS once controlled Mosul.")).toBeUndefined();
    expect(presenceDate("Boko Haram militants used to control the town of Gwoza.")).toBeUndefined();
  });
  it("leaves Arabic كان/كانت + a present-tense control verb undated, with the subject between them", () => {
    expect(presenceDate("كانت جماعة بوكو حرام تسيطر على بلدة غوزا.")).toBeUndefined();
    expect(presenceDate("وكان مسلحو تنظيم داعش يسيطرون على مدينة الموصل.")).toBeUndefined();
  });
  it("still dates a present state at publication and a past state by its own year", () => {
    expect(presenceDate("Boko Haram controls Gwoza.")).toBe("2019-03-12");
    expect(presenceDate("وكان تنظيم داعش يسيطر على الموصل حتى عام 2017.")).toBe("2017");
  });
});
