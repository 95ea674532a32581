import { describe, expect, it } from "vitest";
import { mapHrefForClaim } from "@/lib/reader/links";
import { fromParams } from "@/lib/view/url-codec";
import { marksFor } from "@/lib/view/aggregate";
import { markIdForClaim } from "@/lib/view/marks";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const viewOf = (href: string) => fromParams(new URL(href, "http://x").searchParams).view;

describe("'Show on map' for one claim", () => {
  it("selects the very mark the map draws for the claim, so its popup opens", () => {
    for (const c of [
      claim({ kind: "territorial-loss", places: [ref("city:1"), ref("country:SYR")] }),
      claim({ kind: "defection", fromActor: "isis", toActor: "al-qaeda", places: [ref("country:SYR")] }),
      claim({ kind: "territorial-loss", places: [ref("country:SYR"), ref("country:IRQ")], quantity: { text: "60%", value: 60, unit: "percent", qualifier: "more-than" } }),
    ]) {
      const ids = marksFor([c], PLACES).map((m) => m.id);
      expect(ids).toContain(markIdForClaim(c)!.id);
    }
  });
  it("puts the selection in the link, and the layer that draws it among the layers", () => {
    const city = claim({ kind: "territorial-loss", places: [ref("city:1")], countries: ["SYR"] });
    expect(viewOf(mapHrefForClaim(city, "ar")!)).toMatchObject({ selection: "territorial-loss@city:1", kinds: ["territorial-loss"], lang: "ar" });
    const attack = claim({ kind: "attack", places: [ref("country:SYR")], countries: ["SYR"] });
    expect(viewOf(mapHrefForClaim(attack, "en")!)).toMatchObject({ selection: "activity@country:SYR", layers: expect.arrayContaining(["activity"]) });
  });
});
