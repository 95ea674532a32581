import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "@/lib/schema/gazetteer";
import { findAttribution } from "@/lib/extract/attribution";
import { buildActorMatcher } from "@/lib/extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "@/lib/extract/place-matcher";
import { ingestText } from "@/lib/articles/ingest";
import { loadActorLexicon } from "@/lib/articles/resources";

const gaz = Gazetteer.parse(JSON.parse(readFileSync("tests/fixtures/articles/gazetteer.synthetic.json", "utf8")));
const aliases = PlaceAliases.parse(JSON.parse(readFileSync("geodata/lexicon/place-aliases.json", "utf8")));
const m = { places: buildPlaceMatcher(gaz, aliases), actors: buildActorMatcher(loadActorLexicon()) };
const pub = { value: "2017-11", precision: "month" as const, inferred: false };
const run = (text: string) => ingestText(text, { slug: "t", published: pub }, m);

describe("attribution", () => {
  it("renders the seed's sources in English", () => {
    expect(findAttribution("ذكرت ذلك صحيفة الغارديان نقلاً عن مصادر بالأمن الداخلي الجزائري.")).toMatchObject({
      text: "Algerian internal security sources, via the Guardian",
      backReference: true,
    });
    expect(findAttribution("أفاد مذيع مرتبط بالقاعدة في شبه الجزيرة العربية (AQAP)", m.actors, ["aqap"])?.text).toBe(
      "a broadcaster linked to al-Qaeda in the Arabian Peninsula (AQAP)",
    );
    expect(findAttribution("وبحسب البعض ، فإن")?.text).toBe("some analysts");
    expect(findAttribution("يعتقد بعض المحللين أن")?.text).toBe("some analysts");
    expect(findAttribution("According to Reuters, dozens joined.")?.text).toBe("Reuters");
    expect(findAttribution("The ambassador said the group had lost.")).toBeNull();
    expect(findAttribution("Colonel John Smith said the group had lost.")?.text).toBe("Colonel John Smith");
  });
});

describe("claims", () => {
  it("pledge with direction, place, date, quantity and an exact quote", () => {
    const r = run("في آب / أغسطس الماضي في الجزائر ، أقسم عشرات من المقاتلين المنتمين إلى تنظيم داعش على ولائهم للقاعدة.");
    const c = r.claims.find((x) => x.kind === "pledge")!;
    expect(c).toMatchObject({
      fromActor: "isis",
      toActor: "al-qaeda",
      countries: ["DZA"],
      date: { value: "2017-08", inferred: true },
      quantity: { qualifier: "vague" },
      method: "auto",
    });
    expect(c.places).toEqual([{ placeId: "country:DZA", precision: "country", matched: "الجزائر" }]);
    const p = r.article.passages.find((x) => x.id === c.passageId)!;
    expect(p.text.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(c.summary).toBe("ISIS fighters pledged allegiance to al-Qaeda in Algeria (Aug 2017)");
  });
  it("defection to the Taliban is hedged by the translation's conditional", () => {
    const c = run("وفي نفس الأيام أيضًا ، كان بعض أعضاء داعش في أفغانستان سينضمون إلى طالبان.").claims[0]!;
    expect(c).toMatchObject({ kind: "defection", fromActor: "isis", toActor: "taliban", certainty: "hedged" });
  });
  it("a threat of attacks in the West has no place", () => {
    const c = run("يعتقد بعض المحللين أن داعش سيشن هجمات جديدة في الغرب.").claims.find((x) => x.kind === "threat")!;
    expect(c).toMatchObject({ places: [], countries: [], attribution: "some analysts" });
    expect(run("يعتقد بعض المحللين أن داعش سيشن هجمات جديدة في الغرب.").claims.some((x) => x.kind === "attack")).toBe(false);
  });
  it("a sourcing sentence attributes the sentence before it", () => {
    const r = run("تقوم القاعدة بالتجنيد من بين مقاتلي داعش في العراق. ذكرت ذلك صحيفة الغارديان نقلاً عن مصادر بالأمن الداخلي الجزائري.");
    expect(r.claims[0]).toMatchObject({ kind: "recruitment", certainty: "reported", attribution: "Algerian internal security sources, via the Guardian" });
  });
  it("English fixture: places, actors and kinds", () => {
    const r = run(readFileSync("tests/fixtures/articles/synthetic-en.txt", "utf8"));
    expect(r.article.lang).toBe("en");
    expect(r.places.map((p) => p.id).sort()).toEqual(["country:AFG", "country:NGA", "province:NE-TL", "province:NG-NI", "region:sahel"]);
    const d = r.claims.find((c) => c.kind === "defection" && c.toActor === "aqim")!;
    expect(d).toMatchObject({ fromActor: "isis", toActor: "aqim", attribution: "Reuters", date: { value: "2017-08" } });
    const a = r.claims.find((c) => c.kind === "attack")!;
    expect(a).toMatchObject({ certainty: "hedged", quantity: { value: 4, unit: "people" }, date: { value: "2017-08", inferred: false } });
    expect(r.places.some((p) => p.id === "city:7000001")).toBe(false);
  });
  it("Arabic fixture: Mosul loss, no pledge from unnamed fighters, Boko Haram attacks in the north-east", () => {
    const r = run(readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8"));
    expect(r.article.lang).toBe("ar");
    const kinds = r.claims.map((c) => `${c.kind}:${c.places.map((p) => p.placeId).join("+")}`);
    // "بايع عشرات المقاتلين تنظيم القاعدة": whose fighters is not said, so it is no pledge.
    expect(kinds).toEqual(expect.arrayContaining(["territorial-loss:city:99072"]));
    expect(kinds.some((k) => k.startsWith("pledge"))).toBe(false);
    expect(r.claims.find((c) => c.kind === "territorial-loss" && c.places.some((p) => p.placeId === "city:99072"))?.quantity).toMatchObject({ value: 40, qualifier: "more-than" });
    // The Niger State attack names no perpetrator; Boko Haram's attacks are in the other clause, in the north-east.
    expect(r.claims.filter((c) => c.kind === "attack").map((c) => `${c.actors}@${c.places.map((p) => p.placeId)}`)).toEqual(["boko-haram@region:ne-nigeria"]);
  });
  it("auto claim ids are stable across runs", () => {
    const t = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
    expect(run(t).claims.map((c) => c.id)).toEqual(run(t).claims.map((c) => c.id));
  });
});
