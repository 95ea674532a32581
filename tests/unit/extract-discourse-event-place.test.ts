import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** The event in focus takes the more precise place a later sentence gives it: one claim, not two. */
const m = loadMatchers();
const published = { value: "2019-03-12", precision: "day" as const, inferred: false };
const read = (text: string, lang: "ar" | "en") => ingestText(text, { slug: "t", lang, published }, m);
const claims = (text: string, lang: "ar" | "en", kind = "attack") => {
  const r = read(text, lang);
  return r.claims
    .filter((c) => c.kind === kind)
    .map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`)
    .sort();
};

describe("a later sentence locates the event in focus", () => {
  it("moves an Arabic attack told at the country level to the provinces the next sentence names", () => {
    const text =
      "مقتل ثلاثة جنود في هجوم لتنظيم داعش في العراق\n\nقال مصدر أمني إن ثلاثة جنود قتلوا الأحد في هجوم شنه مسلحو داعش على نقطة للجيش.\n\nووقع الهجوم في قرية نائية بمحافظة كركوك.";
    expect(claims(text, "ar")).toEqual(["attack isis @Kirkuk"]);
    const r = read(text, "ar");
    const c = r.claims.find((x) => x.kind === "attack")!;
    expect(c.passageId).toBe(r.article.passages[2]!.id);
    expect(c).toMatchObject({ actorFrom: "context", date: { value: "2019-03-10" } });
  });

  it("reads the target form and another order in Arabic: 'واستهدف الهجوم ... في محافظة'", () => {
    const text = "هجوم لداعش يقتل جنديين شمال العراق\n\nواستهدف الهجوم دورية للجيش في محافظة صلاح الدين، حسب مصادر محلية.";
    expect(claims(text, "ar")).toEqual(["attack isis @Saladin"]);
  });

  it("moves an English attack to the town the follow-up sentence names, the finest place only", () => {
    const text =
      "Islamic State kills four soldiers in eastern Syria\n\nFour soldiers were killed on Monday when Islamic State fighters attacked an army post in Syria, a monitor said.\n\nThe attack took place near Mayadin in Deir ez-Zor province.";
    expect(claims(text, "en")).toEqual(["attack isis @Al Mayādīn"]);
  });

  it("gives a capture told again ('the capture of X') its town, as the group's loss and not also its presence", () => {
    const text =
      "The Syrian Democratic Forces seized an Islamic State-held town in north-eastern Syria on Friday, a monitor said.\n\nThe capture of al-Shadadi in Hasaka province came days after the offensive began.";
    const r = read(text, "en");
    const at = (kind: string) => r.claims.filter((c) => c.kind === kind).map((c) => c.places.map((p) => p.placeId).join());
    expect(at("territorial-loss")).toEqual(["city:x-shaddadi"]);
    expect(at("presence")).not.toContain("city:x-shaddadi");
    // A presence the follow-up makes of its own ("Raqqa, the militants' de facto capital") does not
    // stop it, and a place told after other words ("cuts a route to Raqqa") is not where it happened.
    const r2 = read(
      "The Syrian Democratic Forces seized an Islamic State-held town in north-eastern Syria on Friday, a monitor said.\n\nThe capture of al-Shadadi in Hasaka province cuts a supply route to Raqqa, the militants' de facto capital.",
      "en",
    );
    expect(r2.claims.filter((c) => c.kind === "territorial-loss").map((c) => c.places.map((p) => p.placeId).join())).toEqual(["city:x-shaddadi"]);
  });
});

describe("a follow-up that tells the act with a claim of its own", () => {
  it("adds nothing to it: 'The fall of X' with its own loss is not also a presence at X", () => {
    const r = read(
      "The Syrian Democratic Forces seized the last large town held by Islamic State in eastern Syria on Friday.\n\nThe fall of Hajin, in Deir ez-Zor province, leaves the militants holding a few villages.",
      "en",
    );
    const at = (kind: string) => r.claims.filter((c) => c.kind === kind).flatMap((c) => c.places.map((p) => p.placeId));
    expect(at("territorial-loss")).toContain("city:174506");
    expect(at("presence")).not.toContain("city:174506");
  });
});

describe("an event told with no place", () => {
  it("takes the place of the next sentence that locates it, in Arabic and English", () => {
    expect(
      claims(
        "مقتل ثلاثة جنود بهجوم لداعش شمالي البلاد\n\nقالت مصادر أمنية إن ثلاثة جنود قتلوا ليل الاثنين في هجوم شنه مسلحو تنظيم داعش على نقطة للجيش.\n\nووقع الهجوم قرب قضاء الحويجة في محافظة كركوك.",
        "ar",
      ),
    ).toEqual(["attack isis @Hawija"]);
    expect(
      claims("Gunmen from Boko Haram killed five soldiers on Monday in an attack on an army post, officials said.\n\nThe attack took place outside Dikwa in Borno state.", "en"),
    ).toEqual(["attack boko-haram @Dikwa"]);
  });
  it("is not located by a sentence far from it", () => {
    const far =
      "Gunmen from Boko Haram killed five soldiers on Monday in an attack on an army post, officials said.\n\nThe army did not comment.\n\nResidents said they had heard gunfire for an hour.\n\nAid groups have warned of hunger in the region.\n\nThe attack took place outside Dikwa in Borno state.";
    expect(claims(far, "en")).toEqual([]);
  });
});

describe("two events are not merged into one", () => {
  it("keeps the other province of a two-province event when the follow-up locates one act in one of them", () => {
    const r = read(
      "العراق: مقتل جنود في ديالى وصلاح الدين\n\nفي أحدث هجمات تنظيم داعش، قتل ستة جنود في محافظتي ديالى وصلاح الدين.\n\nوأسفر الهجوم الذي وقع في مدينة تكريت عن مقتل ثلاثة جنود.",
      "ar",
    );
    const places = r.claims.filter((c) => c.kind === "attack").flatMap((c) => c.places.map((p) => p.placeId));
    expect(places).toContain("province:IQ-DI");
    expect(places).toContain("city:90150");
  });

  it("leaves 'another attack' / 'هجوم آخر' as an event of its own", () => {
    expect(claims("ISIS militants attacked a checkpoint in Kirkuk province on Sunday.\n\nIn another attack, militants bombed a market in Hawija on Tuesday.", "en")).not.toEqual([
      "attack isis @Hawija",
    ]);
    expect(claims("هاجم مسلحو داعش نقطة للجيش في العراق يوم الأحد.\n\nووقع الهجوم الثاني في قرية بمحافظة كركوك.", "ar")).not.toContain("attack isis @Kirkuk");
    const ar = read("هاجم مسلحو داعش نقطة تفتيش في محافظة كركوك يوم الأحد.\n\nوفي هجوم آخر قتل جنديان في قضاء الحويجة.", "ar");
    expect(ar.claims.filter((c) => c.kind === "attack").map((c) => c.places.map((p) => p.placeId).join())).toContain("province:IQ-KI");
  });

  it("does not take a place outside the event's area, nor a different day, nor a second act in the same sentence", () => {
    // Diyala is not in Kirkuk: the sentence compares, it does not locate.
    expect(claims("ISIS attacked an army post in Kirkuk province on Sunday.\n\nThe attack in Diyala province last week killed four.", "en")).toEqual(["attack isis @Kirkuk"]);
    // Another day: another event.
    expect(claims("Islamic State militants attacked an army post in Iraq on Sunday.\n\nThe attack on Tuesday in Kirkuk province killed four.", "en")).not.toContain(
      "attack isis @Kirkuk",
    );
    // "after a bombing in ...": the place belongs to the earlier act.
    expect(claims("هاجم تنظيم داعش موقعا للجيش في العراق يوم الأحد.\n\nوجاء الهجوم بعد تفجير في محافظة ديالى.", "ar")).not.toContain("attack isis @Diyala");
  });

  it("keeps a town already told for the act when a later sentence names its wider area", () => {
    const text =
      "ISIS fighters attacked a patrol near Hawija on Sunday.\n\nThe group said its fighters carried out the attack in northern Iraq.\n\nThe attack happened in Kirkuk province, officials said.";
    expect(claims(text, "en")).toEqual(["attack isis @Hawija"]);
    const ar = read(
      "جماعة بوكو حرام تتبنى هجوم بوسو في النيجر\n\nأعلنت جماعة بوكو حرام مسؤوليتها عن الهجوم الذي قتل فيه ستة جنود قرب بلدة بوسو في جنوب شرق النيجر، في الثالث من آذار/مارس.\n\nوقال متحدث باسم الجماعة أمس إن مقاتليه نفذوا الهجوم، متوعدا بمزيد من العمليات في منطقة الساحل.\n\nووقع الهجوم عندما كانت دورية عائدة إلى قاعدتها في منطقة ديفا الحدودية.",
      "ar",
    );
    expect(ar.claims.filter((c) => c.kind === "attack").flatMap((c) => c.places.map((p) => p.placeId))).not.toContain("province:NE-2");
  });
});
