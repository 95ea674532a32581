import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A presence told twice, once on the day of its event and once as of publication for want of a day, is one claim with the event's date. */
const m = loadMatchers();
// Thursday 14 March 2019.
const published = { value: "2019-03-14", precision: "day" as const, inferred: false };
const presences = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  return r.claims
    .filter((c) => c.kind === "presence")
    .map((c) => `${c.actors.join("+")} ${c.places.map((p) => p.placeId).join(",")} ${c.date?.value ?? "-"}`)
    .sort();
};

describe("a presence told again at publication gives way to the same presence dated by its event", () => {
  it("keeps one English presence at the town, dated on the day it was captured", () => {
    const text =
      "Taliban fighters seize Afghan district\n\nKUNDUZ (wire) - Taliban fighters captured Khanabad district in Kunduz province on Monday, officials said.\n\nThe Taliban now control Khanabad, a local council member said.";
    const got = presences(text, "en").filter((x) => x.startsWith("taliban city:"));
    expect(got.length).toBe(1);
    expect(got[0]).toMatch(/ 2019-03-11$/);
  });

  it("keeps one Arabic presence dated by the event whichever passage comes first", () => {
    const text =
      "طالبان تسيطر على مديرية في قندوز\n\nقندوز - يسيطر مسلحو حركة طالبان على مديرية خان آباد في ولاية قندوز.\n\nوكان مسلحو طالبان قد سيطروا على خان آباد يوم الاثنين بعد معارك عنيفة.";
    const got = presences(text, "ar").filter((x) => x.startsWith("taliban city:"));
    expect(got.length).toBe(1);
    expect(got[0]).toMatch(/ 2019-03-11$/);
  });
});
