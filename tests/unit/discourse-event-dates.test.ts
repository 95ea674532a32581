import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { buildActorMatcher } from "@/lib/extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { ingestText } from "@/lib/articles/ingest";
import { loadActorLexicon } from "@/lib/articles/resources";

/** Which date is the event's: not the statement's, and moved by "a week after". Published Monday 10 July 2017. */
const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const pub = { value: "2017-07-10", precision: "day" as const, inferred: false };
const dated = (text: string) =>
  ingestText(text, { slug: "t", published: pub }, m).claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => p.placeId).join("+")} ${c.date?.value ?? "-"}`);

describe("claim dates: the event's, not the statement's", () => {
  it("a claim of responsibility dated by its statement takes the attack's own date in the passage", () => {
    expect(dated("ISIS claimed responsibility on Thursday for an attack on an army camp in Mosul, in which 71 soldiers were killed on Tuesday.")).toEqual([
      "attack isis @city:99072 2017-07-04",
    ]);
  });
  it("an attack told again with only the statement's date happened on the story's day", () => {
    expect(dated("A suicide bomber struck a market in Baghdad on Saturday.\n\nISIS claimed the attack in a statement published on Sunday.")).toEqual([
      "attack isis @city:98182 2017-07-08",
    ]);
    expect(dated("فجر انتحاري نفسه في سوق ببغداد يوم السبت.\n\nوتبنى تنظيم داعش الهجوم في بيان نشر على الإنترنت يوم الأحد.")).toEqual(["attack isis @city:98182 2017-07-08"]);
  });
  it("an event's own date right after its verb is kept", () => {
    expect(dated("ISIS militants attacked Baghdad on Sunday, police said.")).toEqual(["attack isis @city:98182 2017-07-09"]);
    expect(dated("هاجم مسلحو تنظيم داعش بغداد مساء الأحد، بحسب الشرطة.")).toEqual(["attack isis @city:98182 2017-07-09"]);
  });
});

describe("claim dates: 'a week after', 'بعد أسبوع من'", () => {
  it("the event told after the offset took place that long before the story's day", () => {
    expect(dated("A suicide bomber killed 20 people in Baghdad on Sunday.\n\nThe attack came a week after Iraqi forces retook Mosul from ISIS.")).toContain(
      "territorial-loss isis @city:99072 2017-07-02",
    );
    expect(dated("قتل انتحاري 20 شخصا في بغداد يوم الأحد.\n\nوجاء الهجوم بعد أسبوع من استعادة القوات العراقية مدينة الموصل من تنظيم داعش.")).toContain(
      "territorial-loss isis @city:99072 2017-07-02",
    );
  });
  it("the date named before the offset is its base, and a place told before the offset keeps that date", () => {
    expect(dated("Iraqi troops retook Mosul from ISIS on Friday, the military said, two weeks after recapturing Baghdad from the group.")).toContain(
      "territorial-loss isis @city:99072 2017-07-07",
    );
  });
});

describe("claim dates: the event's day told after the statement", () => {
  it("a claim dated by its statement takes the earlier day a later passage gives the event", () => {
    expect(
      dated("ISIS claimed responsibility on Sunday for the bombing of a market in Baghdad.\n\nA suicide bomber struck the crowded market late on Friday, police said."),
    ).toEqual(["attack isis @city:98182 2017-07-07"]);
    expect(dated("وتبنى تنظيم داعش يوم الأحد تفجير سوق في بغداد.\n\nوكان انتحاري قد فجر نفسه في السوق مساء الجمعة، بحسب الشرطة.")).toEqual(["attack isis @city:98182 2017-07-07"]);
  });
  it("not from a passage about another place, and not for a threat, whose day is the statement's", () => {
    expect(dated("ISIS claimed responsibility on Sunday for the bombing of a market in Baghdad.\n\nSeparately, a bomb exploded in Mosul late on Friday, police said.")).toEqual([
      "attack isis @city:98182 2017-07-09",
    ]);
    expect(dated("ISIS threatened new attacks on Baghdad in a video published on Sunday.\n\nThe vote had been planned for Friday.")).toEqual([
      "threat isis @city:98182 2017-07-09",
    ]);
  });
});
