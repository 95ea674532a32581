import { describe, expect, it } from "vitest";
import { marksFor } from "@/lib/view/aggregate";
import { marksInCountry } from "@/lib/view/marks-in-country";
import { claim, PLACES, ref } from "../fixtures/layers/world";

describe("a country page's marks", () => {
  it("keep only the country's own features: a figure for Syria and Iraq together shades Syria alone on Syria's page", () => {
    const marks = marksFor(
      [
        claim({ kind: "territorial-loss", places: [ref("country:SYR"), ref("country:IRQ")], quantity: { text: "60%", value: 60, unit: "percent", qualifier: "more-than" } }),
        claim({ kind: "recruitment", places: [ref("country:IRQ")] }),
      ],
      PLACES,
    );
    const syria = marksInCountry(marks, "SYR", "SY").filter((m) => m.layer !== "activity");
    expect(syria.map((m) => [m.layer, m.targets])).toEqual([["territorial-loss", [{ source: "countries", id: "SYR" }]]]);
  });
  it("keep a region's provinces in the country and drop the others", () => {
    const marks = marksFor([claim({ kind: "recruitment", places: [ref("region:border")] })], PLACES);
    const iraq = marksInCountry(marks, "IRQ", "IQ").filter((m) => m.layer === "recruitment-hotspots");
    expect(iraq[0]?.targets).toEqual([{ source: "admin1", id: "IQ-AA" }]);
  });
});
