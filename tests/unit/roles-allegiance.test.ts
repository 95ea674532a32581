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
    expect(directed("ISWAP fighters attacked Maiduguri on Monday.\n\nThe faction, which broke away from Boko Haram in 2016, has grown stronger.")).toEqual(["defection boko-haram->iswap"]);
    expect(directed("هاجم مقاتلو تنظيم ولاية غرب أفريقيا مدينة ميدوغوري.\n\nوانشق التنظيم عن جماعة بوكو حرام عام 2016.")).toEqual(["defection boko-haram->iswap"]);
  });
});
