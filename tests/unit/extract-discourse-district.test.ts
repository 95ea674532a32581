import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** "the district", "المديرية" refer back to the district last named, or to the province it was told in. */
const m = loadMatchers();
// Monday 5 July 2021.
const published = { value: "2021-07-05", precision: "day" as const, inferred: false };
const presence = (text: string) => {
  const r = ingestText(text, { slug: "t", published }, m);
  return r.claims
    .filter((c) => c.kind === "presence")
    .map((c) => `${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")} ${c.date?.value ?? "-"}`);
};

describe("'the district' / 'المديرية' after a district was named", () => {
  it("is the district named before (Arabic المديرية)", () => {
    expect(presence("هاجمت حركة طالبان مديرية خان آباد في ولاية قندوز الأحد.\n\nوقال مسؤول محلي إن مقاتلي الحركة سيطروا على المديرية بالكامل.")).toEqual([
      "taliban @Khanabad 2021-07-04",
    ]);
  });
  it("is the province a district was told in when the district's name is unknown, never nothing", () => {
    expect(
      presence(
        "Afghan forces withdrew from a district headquarters in Paktia province on Saturday, an official said.\n\nA Taliban spokesman said the fighters have taken over the district.",
      ),
    ).toEqual(["taliban @Paktia 2021-07-03"]);
    expect(presence("هاجمت حركة طالبان مديرية في ولاية قندوز الأحد.\n\nوقال مسؤول محلي إن مقاتلي الحركة سيطروا على المديرية بالكامل.")).toEqual(["taliban @Kunduz 2021-07-04"]);
  });
  it("is not a town of another province named earlier in the story", () => {
    expect(
      presence(
        "Taliban fighters were active near Khanabad last month.\n\nOn Saturday government troops withdrew from a district centre in Paktia province.\n\nThe Taliban said their fighters had taken over the district.",
      ),
    ).not.toContain("taliban @Khanabad 2021-07-03");
  });
});

describe("a seizure told without a day of its own", () => {
  it("took place on the story's day, not on the publication day", () => {
    expect(presence("Government troops pulled out of Khanabad on Saturday.\n\nThe Taliban said their fighters seized the town.")).toEqual(["taliban @Khanabad 2021-07-03"]);
  });
});
