import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A group named only as a leader's title, or as a common noun, is no participant of its own. */
const m = loadMatchers();
const published = { value: "2019-10-28", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en" = "en") => ingestText(text, { slug: "t", lang, published }, m).claims.map((c) => `${c.kind} ${c.actors.join(",")}`);

describe("groups that are titles or common nouns", () => {
  it("makes the leader, not also his group, the one present when the group is his title", () => {
    expect(claims("ISIS leader Abu Bakr al-Baghdadi was killed in a US raid in Idlib.")).toEqual(["presence abu-bakr-al-baghdadi"]);
    expect(claims("Abu Bakr al-Baghdadi, the leader of the Islamic State, was hiding in Barisha.")).toEqual(["presence abu-bakr-al-baghdadi"]);
    expect(claims("قال مسؤولون إن زعيم تنظيم الدولة الإسلامية أبو بكر البغدادي قتل في عملية نفذتها قوات خاصة أمريكية في محافظة إدلب.", "ar")).toEqual([
      "presence abu-bakr-al-baghdadi",
    ]);
  });

  it("keeps the group a participant when its fighters are named beside the leader", () => {
    expect(claims("ISIS fighters and their leader Baghdadi were hiding in Barisha.").sort()).toEqual(["presence abu-bakr-al-baghdadi", "presence isis"]);
  });

  it("reads 'an Islamic state' as a common noun, and 'an Islamic State fighter' as the group", () => {
    expect(claims("Boko Haram waged an insurgency to carve out an Islamic state in north-east Nigeria.")).toEqual(["presence boko-haram"]);
    expect(claims("An Islamic State fighter was captured in Mosul on Sunday.")).toEqual(["presence isis"]);
  });

  it("reads members of a group captured somewhere as the group's presence there, not a loss of the town", () => {
    expect(claims("ISIS fighters were captured in Mosul on Sunday.")).toEqual(["presence isis"]);
    expect(claims("Several Boko Haram commanders have been captured in Bama.")).toEqual(["presence boko-haram"]);
    expect(claims("Mosul was captured by ISIS in June 2014.")).toEqual(["presence isis"]);
  });
});
