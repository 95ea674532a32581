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
const run = (text: string) => ingestText(text, { slug: "t", published: pub }, m);

describe("discourse: groups, places and dates in focus", () => {
  it("'the militants' in a later passage is the group named before, and the claim says so", () => {
    const r = run("ISIS is active in Mosul.\n\nThe militants killed 12 soldiers in Baghdad.");
    const c = r.claims.find((x) => x.kind === "attack")!;
    expect(c).toMatchObject({ actors: ["isis"], actorFrom: "context", actorPassageId: r.article.passages[0]!.id });
    expect(c.places.map((p) => p.placeId)).toEqual(["city:98182"]);
  });
  it("Arabic generic nouns and possessed nouns resolve to the group in focus", () => {
    const r = run("سيطر تنظيم داعش على الموصل.\n\nوقتل مسلحو التنظيم 12 جنديا في بغداد.");
    expect(r.claims.find((x) => x.kind === "attack")).toMatchObject({ actors: ["isis"], actorFrom: "context" });
    const r2 = run("تنظيم داعش ينشط في الموصل.\n\nوقال الجيش إن مقاتليه هاجموا بغداد.");
    expect(r2.claims.find((x) => x.kind === "attack")?.actors).toEqual(["isis"]);
  });
  it("'the city' takes the city in focus when the passage names no place", () => {
    const r = run("Iraqi forces retook Mosul from ISIS.\n\nThe group still has fighters hiding in the city.");
    const c = r.claims.find((x) => x.kind === "presence")!;
    expect(c).toMatchObject({ actors: ["isis"], placeFrom: "context", placePassageId: r.article.passages[0]!.id });
    expect(c.places.map((p) => p.placeId)).toEqual(["city:99072"]);
  });
  it("'the attack' carries the place of the event in focus to the claim of responsibility", () => {
    const r = run("A suicide bomber struck a market in Baghdad on Sunday.\n\nISIS claimed responsibility for the attack.");
    const c = r.claims.find((x) => x.kind === "attack")!;
    expect(c.actors).toEqual(["isis"]);
    expect(c.places.map((p) => p.placeId)).toEqual(["city:98182"]);
  });
  it("context is conservative: no cue, no borrowed group; an own group wins over the focus", () => {
    expect(run("ISIS is active in Mosul.\n\nTwelve soldiers were killed in Baghdad.").claims.filter((c) => c.kind === "attack")).toEqual([]);
    const r = run("ISIS is active in Mosul.\n\nThe Taliban attacked Baghdad.");
    expect(r.claims.find((c) => c.kind === "attack")).toMatchObject({ actors: ["taliban"] });
    expect(r.claims.find((c) => c.kind === "attack")?.actorFrom).toBeUndefined();
  });
  it("'التنظيم' is the group the article calls تنظيم, even when another group was named last", () => {
    const r = run("تنظيم داعش يسيطر على الموصل.\n\nوقاتلت جبهة النصرة تنظيم داعش في الرقة.\n\nوهاجم مسلحو التنظيم بغداد.");
    expect(r.claims.find((c) => c.kind === "attack")?.actors).toEqual(["isis"]);
  });
  it("a passage without a date of its own takes the day in focus", () => {
    const r = run("ISIS militants attacked Mosul on Sunday.\n\nThe militants also attacked Baghdad.");
    expect(r.claims.map((c) => c.date?.value)).toEqual(["2017-07-09", "2017-07-09"]);
  });
  it("a sourcing sentence still attributes the sentence before it", () => {
    const r = run("تقوم القاعدة بالتجنيد من بين مقاتلي داعش في العراق. ذكرت ذلك صحيفة الغارديان نقلاً عن مصادر بالأمن الداخلي الجزائري.");
    expect(r.claims[0]).toMatchObject({ kind: "recruitment", certainty: "reported" });
  });
});

describe("discourse: datelines, implicit patients, branches", () => {
  it("a dateline is neither the event's place nor its date, nor the city in focus", () => {
    const r = run("BAGHDAD, July 4 (wire) - ISIS militants attacked Mosul on Sunday.\n\nThe group also shelled the city.");
    expect(r.claims[0]).toMatchObject({ date: { value: "2017-07-09" } });
    expect(r.claims.flatMap((c) => c.places.map((p) => p.placeId))).not.toContain("city:98182");
  });
  it("an Arabic dateline with an agency in brackets is skipped too", () => {
    const r = run("بغداد - (وكالة الرافدين) - هاجم تنظيم داعش الموصل.");
    expect(r.claims[0]?.places.map((p) => p.placeId)).toEqual(["city:99072"]);
  });
  it("troops retaking a town with no group named take it from the group in focus", () => {
    const r = run("ISIS still holds Mosul.\n\nGovernment troops retook the centre of Mosul on Sunday.");
    expect(r.claims.find((c) => c.kind === "territorial-loss")).toMatchObject({ actors: ["isis"], actorFrom: "context" });
  });
  it("an article about a branch means the branch when its headline says the parent", () => {
    const r = run("Troops retake Mosul from al-Qaeda\n\nTroops retook Mosul from al-Qaeda in the Arabian Peninsula, and AQAP fighters fled.");
    expect(r.claims.every((c) => c.actors.join() === "aqap")).toBe(true);
  });
  it("a presence that 'still' holds is dated at publication, not by a year in a relative clause", () => {
    const c = run("Boko Haram still holds Maiduguri, which it declared its capital last year.").claims.find((x) => x.kind === "presence")!;
    expect(c.date?.value).toBe("2017-07-10");
  });
  it("forcing young men to join the group's ranks is recruitment, not a defection", () => {
    const r = run("Boko Haram forced young men from Maiduguri to join its ranks.");
    expect(r.claims.map((c) => c.kind)).toEqual(["recruitment"]);
  });
  it("'suffered a defeat' makes the subject the loser; 'victory over' the object", () => {
    expect(run("ISIS suffered a crushing defeat in Mosul.").claims.map((c) => `${c.kind} ${c.actors}`)).toEqual(["territorial-loss isis"]);
    expect(run("Iraq declared victory over ISIS in Mosul.").claims.map((c) => `${c.kind} ${c.actors}`)).toEqual(["territorial-loss isis"]);
  });
  it("the countries whose troops act are not the event's place", () => {
    const c = run("Troops from Niger drove Boko Haram out of Maiduguri.").claims[0]!;
    expect(c.places.map((p) => p.placeId)).toEqual(["city:2334802"]);
  });
});

describe("discourse: the story's day", () => {
  it("a passage with no claim still sets the day for the claim of responsibility that follows", () => {
    const r = run("A suicide bomber struck a market in Baghdad on Sunday.\n\nISIS claimed responsibility in a statement.");
    expect(r.claims[0]).toMatchObject({ kind: "attack", date: { value: "2017-07-09" } });
  });
  it("a headline's claim takes the date of the same claim told in the lede", () => {
    const r = run("ISIS attacks Mosul\n\nISIS militants attacked Mosul on Sunday.");
    expect(r.claims.map((c) => c.date?.value)).toEqual(["2017-07-09", "2017-07-09"]);
  });
  it("'in April last year' is April of the year before publication", () => {
    expect(run("ISIS had seized Mosul in April last year.").claims[0]?.date?.value).toBe("2016-04");
  });
  it("a past-tense presence is dated by the story; a present one at publication", () => {
    const r = run("ISIS militants attacked Mosul on Sunday.\n\nThe militants were based in Baghdad.\n\nThe militants are based in Maiduguri.");
    expect(r.claims.filter((c) => c.kind === "presence").map((c) => c.date?.value)).toEqual(["2017-07-09", "2017-07-10"]);
  });
});

describe("discourse: one fact at two precisions", () => {
  it("a headline's country-level attack is dropped when the story places the same attack in a town", () => {
    const r = run("ISIS attack in Iraq kills 12\n\nISIS militants attacked Mosul on Sunday.");
    expect(r.claims.map((c) => c.places.map((p) => p.placeId).join("+"))).toEqual(["city:99072"]);
  });
  it("a claim naming a province and a town in it keeps both (only countries and regions give way)", () => {
    const r = run("Boko Haram controls large parts of Borno State, including Maiduguri.");
    expect(r.claims.length).toBe(1);
    expect(r.claims[0]!.places.map((p) => p.placeId).sort()).toEqual(["city:2334802", "province:NG-BO"]);
  });
});
