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
const claims = (text: string) => ingestText(text, { slug: "t", published: pub }, m).claims;
const brief = (text: string) => claims(text).map((c) => `${c.kind} ${c.actors.join("+")} @ ${c.places.map((p) => p.placeId).join("+")}`);

describe("roles: who did what to whom", () => {
  it("an army retaking a city from ISIS is ISIS's territorial loss, not an attack or a presence", () => {
    expect(brief("Iraqi forces retook Mosul from ISIS on Sunday.")).toEqual(["territorial-loss isis @ city:99072"]);
    expect(brief("استعادت القوات العراقية السيطرة على الموصل من تنظيم داعش.")).toEqual(["territorial-loss isis @ city:99072"]);
  });
  it("a group seizing a town is the group's presence", () => {
    expect(brief("ISIS fighters seized Mosul in June.")).toEqual(["presence isis @ city:99072"]);
  });
  it("the army killing militants is at most the group's presence, never its attack", () => {
    expect(brief("The army killed 20 ISIS militants in Mosul.")).toEqual(["presence isis @ city:99072"]);
    expect(brief("قتل الجيش العراقي 20 من عناصر داعش في الموصل.")).toEqual(["presence isis @ city:99072"]);
    expect(brief("US drones struck al-Qaeda positions in Yemen.")).toEqual(["presence al-qaeda @ country:YEM"]);
  });
  it("a group killing soldiers is the group's attack", () => {
    expect(brief("ISIS militants killed 12 soldiers in Mosul.")).toEqual(["attack isis @ city:99072"]);
    expect(brief("قتل مسلحو داعش 12 جنديا في الموصل.")).toEqual(["attack isis @ city:99072"]);
  });
  it("'we lost 12 soldiers' and an army's withdrawal are no territorial loss", () => {
    expect(claims("'We lost 12 soldiers in Mosul,' an officer said of the fight with ISIS.").filter((c) => c.kind === "territorial-loss")).toEqual([]);
    expect(claims("سيطر داعش على الموصل بعد انسحاب القوات العراقية منها.").map((c) => c.kind)).toEqual(["presence"]);
  });
  it("claimed responsibility makes the claimant the attacker", () => {
    expect(brief("ISIS claimed responsibility for the bombing in Baghdad.")).toEqual(["attack isis @ city:98182"]);
    expect(brief("وتبنى تنظيم داعش الهجوم الذي استهدف بغداد.")).toEqual(["attack isis @ city:98182"]);
    expect(brief("أعلن تنظيم داعش مسؤوليته عن تفجير في بغداد.")).toEqual(["attack isis @ city:98182"]);
  });
  it("a denial is no claim", () => {
    expect(claims("The Taliban denied any role in the bombing in Baghdad.").filter((c) => c.kind === "attack")).toEqual([]);
  });
  it("'X, the regional capital' is not a presence", () => {
    expect(claims("ISIS fighters attacked Maiduguri, the regional capital.").map((c) => c.kind)).toEqual(["attack"]);
  });
  it("a state force never appears among a claim's groups", () => {
    const cs = claims("Syrian Democratic Forces and US air strikes drove ISIS out of Raqqa.");
    expect(cs.map((c) => `${c.kind} ${c.actors.join("+")}`)).toEqual(["territorial-loss isis"]);
  });
});

describe("claim rules", () => {
  it("a region gives a claim no countries", () => {
    const c = claims("Boko Haram fighters are active in the Sahel.")[0]!;
    expect(c.places.map((p) => p.placeId)).toEqual(["region:sahel"]);
    expect(c.countries).toEqual([]);
  });
  it("an attribution's or a comparison's place is not the event's place", () => {
    expect(brief("ISIS militants attacked Mosul, as they did in Syria.")).toEqual(["attack isis @ city:99072"]);
  });
  it("a landmark ('west of Mosul') is not the event's place when the event has its own", () => {
    expect(brief("ISIS militants attacked Baghdad, 400 km south of Mosul.")).toEqual(["attack isis @ city:98182"]);
  });
  it("the fighters of a group pledge from it to the object, in Arabic verb-first order", () => {
    const c = claims("بايع مقاتلو القاعدة تنظيم داعش في الموصل.").find((x) => x.kind === "pledge")!;
    expect(c).toMatchObject({ fromActor: "al-qaeda", toActor: "isis" });
  });
  it("ISIS fighters pledging to Boko Haram pledge from ISIS to Boko Haram, never to themselves", () => {
    const c = claims("ISIS fighters pledged allegiance to Boko Haram in Borno.").find((x) => x.kind === "pledge")!;
    expect(c).toMatchObject({ fromActor: "isis", toActor: "boko-haram" });
  });
  it("a pledge or defection needs both parties named: 'fighters pledged to ISIS' does not say whose fighters", () => {
    expect(claims("ISIS is active in Mosul.\n\nThe group's emir announced the pledge in Mosul.").filter((c) => c.kind === "pledge")).toEqual([]);
    expect(claims("Fighters in Mosul pledged allegiance to ISIS.").filter((c) => c.kind === "pledge")).toEqual([]);
    expect(claims("Dozens of fighters defected in Mosul, officials said of the Taliban.").filter((c) => c.kind === "defection")).toEqual([]);
  });
  it("each group is present on its own account", () => {
    expect(brief("Clashes between ISIS and the Taliban continued in Mosul.").sort()).toEqual(["presence isis @ city:99072", "presence taliban @ city:99072"]);
  });
  it("a branch named with its parent is the branch alone", () => {
    expect(brief("AQIM, al-Qaeda's North African branch, attacked Algiers.")).toEqual(["attack aqim @ city:2507480"]);
  });
  it("a claim with no group and nothing in focus is dropped", () => {
    expect(claims("A car bomb killed 12 people in Baghdad.")).toEqual([]);
  });
});

describe("roles: descriptors, victims and nobody", () => {
  it("a group named only to describe another ('linked to al-Qaeda') takes no part", () => {
    expect(brief("Boko Haram, linked to al-Qaeda, attacked Maiduguri.")).toEqual(["attack boko-haram @ city:2334802"]);
    expect(brief("هاجمت جماعة بوكو حرام المرتبطة بتنظيم القاعدة مدينة مايدوغوري.")).toEqual(["attack boko-haram @ city:2334802"]);
  });
  it("whoever follows a noun of death is its victim, not its killer", () => {
    expect(claims("أعلن الجيش مقتل البغدادي في الموصل.").filter((c) => c.kind === "attack")).toEqual([]);
  });
  it("'no group has claimed' resolves to nobody, and a denial covers the rest of its sentence", () => {
    const r = claims("ISIS is active in Baghdad.\n\nNo group has claimed responsibility for the assault in Mosul.");
    expect(r.filter((c) => c.kind === "attack")).toEqual([]);
    expect(claims("The Taliban have denied any involvement in an attack on a hospital in Baghdad, after gunmen stormed it.").filter((c) => c.kind === "attack")).toEqual([]);
  });
  it("an attack, presence or loss with no place at all is not a claim", () => {
    expect(claims("ISIS fighters attacked a convoy.")).toEqual([]);
  });
  it("a state named well after an attack verb is not its subject", () => {
    expect(
      brief("ISIS is active in Mosul.\n\nAnalysts said it was too early to say who carried out the attack in Mosul, which came as Washington pressed the government."),
    ).toEqual(["presence isis @ city:99072"]);
  });
});

describe("clauses, purposes and threats", () => {
  it("'controls A, but lost B' is presence in A and loss of B", () => {
    expect(brief("Boko Haram controls Maiduguri, but it lost Mosul last month.").sort()).toEqual([
      "presence boko-haram @ city:2334802",
      "territorial-loss boko-haram @ city:99072",
    ]);
  });
  it("one act at two places on two days is two claims, each with its own date", () => {
    const cs = claims("سيطر مسلحو داعش يوم الثلاثاء على مدينة الموصل، ثم على مدينة بغداد يوم الأربعاء.");
    expect(cs.map((c) => `${c.places.map((p) => p.placeId)} ${c.date?.value}`).sort()).toEqual(["city:98182 2017-07-05", "city:99072 2017-07-04"]);
  });
  it("a call 'to fight the militants' is a purpose, not a clash", () => {
    expect(claims("ISIS is active in Mosul.\n\nودعا المرجع العراقيين إلى التطوع لقتال المسلحين في بغداد.").filter((c) => c.places.some((p) => p.placeId === "city:98182"))).toEqual(
      [],
    );
  });
  it("vows and marches on a city are threats", () => {
    expect(brief("دعا تنظيم داعش مقاتليه إلى الزحف نحو بغداد.")).toEqual(["threat isis @ city:98182"]);
    expect(brief("ISIS vowed to strike Baghdad.")).toEqual(["threat isis @ city:98182"]);
  });
});

describe("places go with their act", () => {
  it("two acts of different kinds in one clause each keep the place told after them", () => {
    const r = brief("وأفاد التقرير بأن تنظيم داعش جند مئات الأطفال في بغداد، وأن مسلحي التنظيم أعدموا أطفالا حاولوا الفرار من مدينة الموصل.");
    expect(r.sort()).toEqual(["attack isis @ city:99072", "recruitment isis @ city:98182"]);
  });
  it("inflected Arabic recruitment verbs are recruitment ('وجندت', 'جندت')", () => {
    expect(brief("وقال التقرير إن حركة طالبان جندت أطفالا في الموصل.")).toEqual(["recruitment taliban @ city:99072"]);
  });
  it("'has claimed many of the deadliest bombings in X' is the claimant's attack", () => {
    expect(brief("The Nusra Front has claimed many of the deadliest suicide bombings in Baghdad.")).toEqual(["attack al-nusra @ city:98182"]);
  });
  it("'Nigeria's government said' names who speaks, not where", () => {
    expect(claims("Nigeria's government said Boko Haram fighters stormed a school in Maiduguri.")[0]?.places.map((p) => p.placeId)).toEqual(["city:2334802"]);
  });
});

describe("passive claims and relative clauses", () => {
  it("an ambush 'claimed by' a group is the group's attack", () => {
    expect(brief("Four soldiers were killed in an ambush near Maiduguri claimed by Boko Haram.")).toEqual(["attack boko-haram @ city:2334802"]);
  });
  it("'X, to which Y pledged allegiance' is Y's pledge to X", () => {
    const c = claims("The Islamic State, to which Boko Haram pledged allegiance, is active in Borno.").find((x) => x.kind === "pledge")!;
    expect(c).toMatchObject({ fromActor: "boko-haram", toActor: "isis" });
  });
  it("an attack with no agent at all is no presence of a group merely named nearby", () => {
    expect(claims("ISIS said in a statement that the raid in Mosul killed dozens.").filter((c) => c.kind === "presence")).toEqual([]);
  });
});

describe("victims and several acts of one kind", () => {
  it("'800 من مقاتلي القاعدة قتلوا' counts members killed, not an attack by them", () => {
    expect(brief("وقال التحالف إن أكثر من 800 من مقاتلي القاعدة قتلوا في الموصل.")).toEqual(["presence al-qaeda @ city:99072"]);
  });
  it("two acts of one kind each keep the place told after them, with their own dates", () => {
    const cs = claims("طردت القوات تنظيم داعش من محافظة الرقة في حزيران/يونيو، واستعادت في أيار/مايو مدينة الموصل.");
    expect(cs.map((c) => `${c.kind} ${c.places.map((p) => p.placeId)} ${c.date?.value}`).sort()).toEqual([
      "territorial-loss city:99072 2017-05",
      "territorial-loss province:SY-RA 2017-06",
    ]);
  });
});

describe("pledges to several receivers", () => {
  it("one pledge per receiver, from the group in focus when the giver is 'its'/'الجماعة'", () => {
    const r = claims("JNIM was formed in Mosul.\n\nIts leader pledged its allegiance to al-Qaeda in the Islamic Maghreb and to the Taliban.");
    expect(
      r
        .filter((c) => c.kind === "pledge")
        .map((c) => `${c.fromActor}>${c.toActor}`)
        .sort(),
    ).toEqual(["jnim>aqim", "jnim>taliban"]);
    const a = claims("أعلنت جماعة نصرة الإسلام والمسلمين تأسيسها في الموصل.\n\nوجدد زعيمها بيعة الجماعة لزعيم تنظيم القاعدة، ولزعيم حركة طالبان.");
    expect(
      a
        .filter((c) => c.kind === "pledge")
        .map((c) => `${c.fromActor}>${c.toActor}`)
        .sort(),
    ).toEqual(["jnim>al-qaeda", "jnim>taliban"]);
  });
});

describe("speakers are not places", () => {
  it("'Anbar officials said' names who speaks: the event's place is the one the act names", () => {
    expect(brief("Baghdad officials said ISIS militants executed dozens of policemen in Mosul.")).toEqual(["attack isis @ city:99072"]);
  });
});

describe("splits and appositions", () => {
  it("a group that split from another (a verb) defected from it; a splinter named by a participle only says where it came from", () => {
    const c = claims("Ansaru, an Islamist group that split from Boko Haram, is active in Maiduguri.").find((x) => x.kind === "defection")!;
    expect(c).toMatchObject({ fromActor: "boko-haram", toActor: "ansaru" });
    // "المنشقة عن" describes the group as "ISWAP, a splinter group of Boko Haram" does (cue-finder's DESCRIBED_SPLIT).
    const a = claims("أعلنت جماعة أنصارو المنشقة عن بوكو حرام مسؤوليتها عن خطف أجانب في مايدوغوري.");
    expect(a.filter((x) => x.kind === "defection")).toEqual([]);
    expect(a.find((x) => x.kind === "attack")).toMatchObject({ actors: ["ansaru"] });
  });
  it("the subject of a verb is the group an apposition describes, not the group inside it", () => {
    expect(
      brief("Ansaru, an Islamist group that split from Boko Haram, claimed responsibility for the kidnapping of seven foreigners in Maiduguri.").filter((x) =>
        x.startsWith("attack"),
      ),
    ).toEqual(["attack ansaru @ city:2334802"]);
  });
});

describe("context parties and pursuit", () => {
  it("'the group reaffirmed its pledge to al-Qaeda' pledges from the group in focus", () => {
    const c = claims("Boko Haram is active in Maiduguri.\n\nThe group reaffirmed its pledge of allegiance to al-Qaeda.").find((x) => x.kind === "pledge")!;
    expect(c).toMatchObject({ fromActor: "boko-haram", toActor: "al-qaeda" });
  });
  it("security forces pursuing a group's members place the group there", () => {
    expect(brief("وتلاحق قوات الأمن عناصر تنظيم القاعدة في الموصل.")).toEqual(["presence al-qaeda @ city:99072"]);
  });
});

describe("the fall of a city", () => {
  it("'after the fall of Mosul' is no loss for the group that is the sentence's subject", () => {
    expect(claims("داعش يتوعد بالزحف إلى بغداد بعد سقوط الموصل").map((c) => c.kind)).toEqual(["threat"]);
  });
  it("'the fall of Raqqa, the capital of ISIS' is the loss of the group named after it", () => {
    expect(brief("وقبل سقوط الرقة، عاصمة تنظيم الدولة الإسلامية، انتشرت الأخبار.").filter((x) => x.startsWith("territorial-loss"))).toEqual([
      "territorial-loss isis @ city:172955",
    ]);
  });
});

describe("state recruitment", () => {
  it("army recruits and a state's enlisting are no group's recruitment", () => {
    expect(claims("ISIS claimed a bombing that killed dozens of army recruits in Baghdad.").filter((c) => c.kind === "recruitment")).toEqual([]);
    expect(claims("ISIS is active in Baghdad.\n\nThe recruits were being enlisted for the army in Baghdad.").filter((c) => c.kind === "recruitment")).toEqual([]);
  });
});
