import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { buildActorMatcher } from "@/lib/extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { ingestText } from "@/lib/articles/ingest";
import { loadActorLexicon } from "@/lib/articles/resources";

/** Dates the reader carries from one passage to another: the headline's, the story's year. */
const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const pub = { value: "2017-07-10", precision: "day" as const, inferred: false };
const run = (text: string) => ingestText(text, { slug: "t", published: pub }, m);
const dated = (text: string) => run(text).claims.map((c) => `${c.kind} ${c.actors.join("+")} ${c.date?.value ?? "-"}`);

describe("discourse: the headline's date", () => {
  it("a headline naming the parent takes the date of the lede's claim about the branch", () => {
    expect(dated("Al-Qaeda attacks Mosul\n\nAQAP militants attacked Mosul on Sunday.")).toEqual(["attack aqap 2017-07-09", "attack aqap 2017-07-09"]);
    expect(dated("القاعدة تهاجم الموصل\n\nوهاجم مسلحو تنظيم القاعدة في جزيرة العرب الموصل يوم الأحد.")).toEqual(["attack aqap 2017-07-09", "attack aqap 2017-07-09"]);
  });
  it("a headline's presence, dated at publication only for want of a date, takes the lede's day", () => {
    expect(dated("ISIS seizes Mosul\n\nISIS fighters seized Mosul on Sunday.")).toEqual(["presence isis 2017-07-09", "presence isis 2017-07-09"]);
    expect(dated("داعش يسيطر على الموصل\n\nوسيطر مسلحو تنظيم داعش على الموصل يوم الأحد.")).toEqual(["presence isis 2017-07-09", "presence isis 2017-07-09"]);
  });
  it("a headline's event told nowhere else as a claim happened on the day the lede tells", () => {
    expect(dated("Officials blame ISIS for Baghdad truck bombing\n\nA truck bomb killed 90 people in Baghdad on Sunday, officials said.")).toEqual(["attack isis 2017-07-09"]);
    expect(dated("مسؤولون يحملون داعش مسؤولية تفجير بغداد\n\nقتل 90 شخصا في تفجير شاحنة مفخخة في بغداد يوم الأحد، بحسب مسؤولين.")).toEqual(["attack isis 2017-07-09"]);
  });
  it("a presence in the body keeps the publication day when it still holds", () => {
    expect(dated("ISIS holds Mosul\n\nISIS fighters seized Mosul on Sunday.\n\nISIS still holds Baghdad.")).toContain("presence isis 2017-07-10");
  });
});

describe("discourse: the story's year", () => {
  it("events told later with no date of their own take the year the story dated its events by", () => {
    expect(dated("The UN said ISIS recruited children in Mosul in 2015.\n\nBoko Haram also recruited boys in Maiduguri.")).toEqual([
      "recruitment isis 2015",
      "recruitment boko-haram 2015",
    ]);
    expect(dated("قالت الأمم المتحدة إن تنظيم داعش جند أطفالا في الموصل خلال عام 2015.\n\nوجندت جماعة بوكو حرام فتيانا في مايدوغوري.")).toEqual([
      "recruitment isis 2015",
      "recruitment boko-haram 2015",
    ]);
  });
  it("a day named since takes over from the year", () => {
    const r = dated("ISIS recruited children in Mosul in 2015.\n\nISIS militants attacked Baghdad on Sunday.\n\nBoko Haram attacked Maiduguri.");
    expect(r).toEqual(["recruitment isis 2015", "attack isis 2017-07-09", "attack boko-haram 2017-07-09"]);
  });
});
