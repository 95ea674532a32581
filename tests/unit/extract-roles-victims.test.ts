import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** Who did an attack: not whoever condemned it, trained for it, or was killed in it. */
const m = loadMatchers();
const published = { value: "2016-06-15", precision: "day" as const, inferred: false };
const claims = (text: string, lang: "ar" | "en" = "en") => ingestText(text, { slug: "t", lang, published }, m).claims.map((c) => `${c.kind} ${c.actors.join(",")}`);

describe("attack roles", () => {
  it("never makes a group that condemned an attack its author", () => {
    expect(claims("The Taliban condemned the attack on Kabul airport.")).toEqual([]);
    expect(claims("The Taliban denounced Thursday's bombing in Kabul as un-Islamic.")).toEqual([]);
    expect(claims("أدانت حركة طالبان الهجوم على مطار كابول.", "ar")).toEqual([]);
    expect(claims("ودانت حركة طالبان، التي تسيطر على العاصمة منذ أسبوعين، التفجير الذي وقع في كابول.", "ar")).not.toContain("attack taliban");
    expect(claims("نددت حركة طالبان بالتفجير الذي وقع في كابول.", "ar")).toEqual([]);
  });

  it("makes no attack of one a group trained for or prepared", () => {
    expect(claims("The Taliban trained boys in Kunduz to plant roadside bombs.")).not.toContain("attack taliban");
    expect(claims("Boko Haram fighters in Maiduguri were taught to carry out suicide attacks.")).not.toContain("attack boko-haram");
  });

  it("makes a group killed in a raid or a strike present there, never the attacker", () => {
    expect(claims("Baghdadi killed in US raid in Syria's Idlib.")).toEqual(["presence abu-bakr-al-baghdadi"]);
    expect(claims("Several ISIS commanders were killed in a coalition air strike near Mosul on Sunday.")).toEqual(["presence isis"]);
  });

  it("gives a raid or an offensive named with a state to that state", () => {
    expect(claims("A US raid killed ISIS leader Baghdadi in Idlib.")).not.toContain("attack isis");
    expect(claims("An army offensive killed dozens of Boko Haram fighters in Bama.")).not.toContain("attack boko-haram");
  });

  it("still makes a group that killed soldiers in an ambush the attacker", () => {
    expect(claims("Boko Haram fighters killed 12 soldiers in an ambush near Bama on Sunday.")).toEqual(["attack boko-haram"]);
  });
});
