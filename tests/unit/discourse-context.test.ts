import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { buildActorMatcher } from "@/lib/extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { ingestText } from "@/lib/articles/ingest";
import { loadActorLexicon } from "@/lib/articles/resources";

/** When the reader must not resolve "the city" or "the group" to what is in focus. */
const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const pub = { value: "2017-07-10", precision: "day" as const, inferred: false };
const claims = (text: string) =>
  ingestText(text, { slug: "t", published: pub }, m).claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => p.placeId).join("+")}`);

describe("discourse: a new paragraph about another country", () => {
  it("leaves the town in focus behind: 'the city' is not a city of the country the story left", () => {
    expect(
      claims("ISIS attacked Mosul on Sunday.\n\nIn Nigeria, Boko Haram remains active.\n\nThe militants attacked the city on Monday.").filter((c) => c.includes("city:99072")),
    ).toEqual(["attack isis @city:99072"]);
    expect(
      claims("هاجم تنظيم داعش الموصل يوم الأحد.\n\nوفي نيجيريا، لا تزال جماعة بوكو حرام تنشط.\n\nوهاجم المسلحون المدينة يوم الاثنين.").filter((c) => c.includes("city:99072")),
    ).toEqual(["attack isis @city:99072"]);
  });
  it("keeps it when the paragraph names the same country", () => {
    expect(claims("ISIS attacked Mosul on Sunday.\n\nIn Iraq, ISIS remains active.\n\nThe militants attacked the city on Monday.").filter((c) => c.includes("city:99072"))).toEqual(
      ["attack isis @city:99072", "attack isis @city:99072"],
    );
  });
});

describe("discourse: one fact at two precisions, told of a leader and of his group", () => {
  it("the group's country-level presence gives way to its leader's hideout in a town of that country", () => {
    expect(claims("ISIS fighters are hiding in Iraq.\n\nAbu Bakr al-Baghdadi is hiding in a house in Mosul.")).toEqual(["presence abu-bakr-al-baghdadi @city:99072"]);
    expect(claims("ينشط مقاتلو تنظيم داعش في العراق.\n\nويختبئ أبو بكر البغدادي في منزل بمدينة الموصل.")).toEqual(["presence abu-bakr-al-baghdadi @city:99072"]);
  });
  it("another group's town does not make the country claim redundant", () => {
    expect(claims("ISIS fighters are hiding in Iraq.\n\nBoko Haram is hiding in a house in Mosul.")).toEqual(["presence isis @country:IRQ", "presence boko-haram @city:99072"]);
  });
});
