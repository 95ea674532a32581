import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadActorLexicon } from "@/lib/articles/resources";
import { buildActorMatcher } from "@/lib/extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { buildArticleView, claimsByPassage } from "@/lib/reader/article-view";
import { findMentions, mentionsFromClaims, mergeMentions } from "@/lib/reader/mentions";
import type { Claim, Passage } from "@/lib/schema/article";
import { Gazetteer } from "@/lib/schema/gazetteer";

// The synthetic gazetteer fixture and the real lexicon; sentences below are made up.
const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const said = (text: string) => findMentions(text, m).map((x) => `${x.kind}:${x.id}:${text.slice(x.start, x.end)}`);

const claim = (over: Partial<Claim>): Claim => ({
  id: "c-x",
  article: "synthetic",
  passageId: "p-a",
  span: { start: 0, end: 1 },
  quote: "",
  kind: "presence",
  actors: [],
  places: [],
  countries: [],
  certainty: "asserted",
  method: "auto",
  confidence: 0.5,
  summary: "synthetic",
  ...over,
});

describe("findMentions (the ingest pipeline's matchers)", () => {
  it("finds Arabic actors and places with offsets, proclitics included", () => {
    expect(said("بايع مقاتلون من داعش تنظيم القاعدة في العراق وسوريا.")).toEqual([
      "actor:isis:داعش",
      "actor:al-qaeda:تنظيم القاعدة",
      "place:country:IRQ:العراق",
      "place:country:SYR:وسوريا",
    ]);
  });

  it("finds English mentions and leaves a place inside a group's name alone", () => {
    expect(said("AQAP fighters crossed into Yemen.")).toEqual(["actor:aqap:AQAP", "place:country:YEM:Yemen"]);
    expect(said("al-Qaeda in the Arabian Peninsula grew.")).toEqual(["actor:aqap:al-Qaeda in the Arabian Peninsula"]);
  });
});

describe("mentionsFromClaims", () => {
  it("finds every occurrence of each claim's matched words", () => {
    const text = "عاد إلى البلدة ثم غادر البلدة.";
    const got = mentionsFromClaims(text, [
      claim({
        places: [
          { placeId: "city:1", precision: "point", matched: "البلدة" },
          { placeId: "city:2", precision: "point" },
        ],
      }),
    ]);
    expect(got.map((x) => [x.id, x.start, x.end])).toEqual([
      ["city:1", 8, 14],
      ["city:1", 23, 29],
    ]);
  });

  it("extras overlapping the matchers' mentions are dropped", () => {
    const merged = mergeMentions(
      [{ kind: "actor", id: "a", start: 0, end: 5 }],
      [
        { kind: "place", id: "p", start: 3, end: 8 },
        { kind: "place", id: "q", start: 9, end: 10 },
      ],
    );
    expect(merged.map((x) => x.id)).toEqual(["a", "q"]);
  });
});

describe("buildArticleView", () => {
  const passages: Passage[] = [
    { id: "p-b", start: 20, end: 30, text: "Second one.", paragraph: 1 },
    { id: "p-a", start: 0, end: 10, text: "First one.", paragraph: 0 },
    { id: "p-c", start: 31, end: 40, text: "Third one.", paragraph: 1 },
  ];
  it("groups passages into paragraphs in text order, each with its claims sorted by span", () => {
    const claims = [claim({ id: "c-2", passageId: "p-b", span: { start: 7, end: 10 } }), claim({ id: "c-1", passageId: "p-b", span: { start: 0, end: 6 } })];
    const view = buildArticleView({ passages }, claims);
    expect(view.map((p) => [p.index, p.passages.map((v) => v.passage.id)])).toEqual([
      [0, ["p-a"]],
      [1, ["p-b", "p-c"]],
    ]);
    const b = view[1]!.passages[0]!;
    expect(b.claims.map((c) => c.id)).toEqual(["c-1", "c-2"]);
    expect(b.runs[0]!.parts.map((p) => [p.text, p.highlights])).toEqual([
      ["Second", ["c-1"]],
      [" ", []],
      ["one", ["c-2"]],
      [".", []],
    ]);
    expect(claimsByPassage(claims).get("p-a")).toBeUndefined();
  });
});
