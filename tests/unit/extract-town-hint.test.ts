import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/**
 * The ingest passes the places an article has named so far to the place matcher, so a town
 * whose name exists in two of the seven countries (Gaya: a town of Niger's Dosso region and one
 * of Nigeria's Kano state, neither dominant) is resolved by the country named earlier.
 */
describe("ingest: the town hint from earlier passages", () => {
  const m = loadMatchers();
  const towns = (text: string) =>
    ingestText(text, { slug: "hint-test", lang: "en" }, m)
      .places.filter((p) => p.id.startsWith("city:"))
      .map((p) => p.province);

  it("resolves a town shared by two countries to the one whose country the headline named", () => {
    expect(towns("Gunmen attack a market in Niger\n\nFighting broke out in Gaya on Sunday, residents said.")).toEqual(["NE-3"]);
    expect(towns("Gunmen attack a market in Nigeria\n\nFighting broke out in Gaya on Sunday, residents said.")).toEqual(["NG-KN"]);
  });

  it("still drops the shared town when nothing in the article tells the countries apart", () => {
    expect(towns("Gunmen attack a market\n\nFighting broke out in Gaya on Sunday, residents said.")).toEqual([]);
  });
});
