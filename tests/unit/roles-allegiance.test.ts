import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { buildActorMatcher } from "@/lib/extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { ingestText } from "@/lib/articles/ingest";
import { loadActorLexicon } from "@/lib/articles/resources";

const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const pub = { value: "2017-07-10", precision: "day" as const, inferred: false };
const directed = (text: string) =>
  ingestText(text, { slug: "t", published: pub }, m)
    .claims.filter((c) => c.kind === "pledge" || c.kind === "defection")
    .map((c) => `${c.kind} ${c.fromActor ?? "?"}->${c.toActor ?? "?"}`);

describe("defections: who leaves whom", () => {
  it("'the faction split from X' is the group in focus leaving X, never X leaving itself", () => {
    expect(directed("ISWAP fighters attacked Maiduguri on Monday.\n\nThe faction, which broke away from Boko Haram in 2016, has grown stronger.")).toEqual([
      "defection boko-haram->iswap",
    ]);
    expect(directed("هاجم مقاتلو تنظيم ولاية غرب أفريقيا مدينة ميدوغوري.\n\nوانشق التنظيم عن جماعة بوكو حرام عام 2016.")).toEqual(["defection boko-haram->iswap"]);
  });
});

describe("pledges: the two parties", () => {
  const parties = (text: string) =>
    ingestText(text, { slug: "t", published: pub }, m)
      .claims.filter((c) => c.kind === "pledge")
      .map((c) => `${c.fromActor ?? "?"}->${c.toActor ?? "?"} [${c.actors.join(",")}]`);
  it("a pledge to a group and to its leader is one pledge between two parties", () => {
    expect(parties("Boko Haram's leader Abubakar Shekau pledged allegiance to the Islamic State group and its caliph Abu Bakr al-Baghdadi.")).toEqual([
      "boko-haram->isis [boko-haram,isis]",
    ]);
  });
  it("allegiance sworn to a group's leader ('لزعيم X') is sworn to X, whichever party is named first", () => {
    expect(parties('وأكدت جماعة "المرابطون" أنها ما زالت على بيعتها لزعيم تنظيم القاعدة أيمن الظواهري.')).toEqual(["al-mourabitoun->al-qaeda [al-mourabitoun,al-qaeda]"]);
  });
});

describe("pledges: verb first and inflected nouns of allegiance", () => {
  const parties = (text: string) =>
    ingestText(text, { slug: "t", published: pub }, m)
      .claims.filter((c) => c.kind === "pledge")
      .map((c) => `${c.fromActor ?? "?"}->${c.toActor ?? "?"}`);
  it("'بايعت X Y' is X swearing to Y: the first group after a verb-first pledge is its subject", () => {
    expect(parties("بايعت جماعة المرابطون زعيم تنظيم القاعدة.")).toEqual(["al-mourabitoun->al-qaeda"]);
  });
  it("'بيعتها' / 'مبايعته' with a pronoun ending is a pledge", () => {
    expect(parties("جددت جماعة المرابطون بيعتها لتنظيم القاعدة.")).toEqual(["al-mourabitoun->al-qaeda"]);
  });
});

describe("place anaphora", () => {
  const where = (text: string) =>
    ingestText(text, { slug: "t", published: pub }, m)
      .claims.filter((c) => c.kind === "recruitment")
      .map((c) => c.places.map((p) => p.placeId).join("+"));
  it("'the same region' / 'المنطقة ذاتها' is the province named before, not the town", () => {
    expect(where("Boko Haram attacked Maiduguri, in Borno state, on Monday.\n\nThe group has recruited hundreds of young men from the same region.")).toEqual(["province:NG-BO"]);
    expect(where("هاجمت جماعة بوكو حرام مدينة ميدوغوري في ولاية بورنو يوم الاثنين.\n\nوجندت الجماعة مئات الشبان من المنطقة ذاتها.")).toEqual(["province:NG-BO"]);
  });
});
