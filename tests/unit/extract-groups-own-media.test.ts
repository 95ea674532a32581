import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A group's own media telling of its fighters: "militant forces" are the group's men, and what they "managed to" do happened. */
const m = loadMatchers();
const published = { value: "2019-03-12", precision: "day" as const, inferred: false };
const claims = (text: string) => {
  const r = ingestText(text, { slug: "t", published }, m);
  return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => r.places.find((x) => x.id === p.placeId)?.nameEn).join(",")}`);
};

describe("the source's group is the actor of its own report", () => {
  it("reads 'militant forces' / 'jihadist forces' after the group's media wing as the group seizing the town", () => {
    expect(claims("According to the Islamic State's official media wing, militant forces managed to capture the town of Mayadin.")).toEqual(["presence isis @Al Mayādīn"]);
    expect(claims("According to Amaq, the Islamic State's news agency, jihadist forces seized the town of Hajin.")).toEqual(["presence isis @Hajin"]);
  });
  it("reads 'القوات الجهادية' after the group's agency as the group's men, never a state's forces taking the town from it", () => {
    expect(claims("ونقلت وكالة أعماق الناطقة باسم داعش أن القوات الجهادية سيطرت على مدينة الرقة.")).toEqual(["presence isis @Raqqa"]);
  });
  it("still reads the armed forces (القوات المسلحة) as a state", () => {
    expect(claims("سيطرت القوات المسلحة على مدينة الرقة بعد طرد داعش.")).toEqual(["territorial-loss isis @Raqqa"]);
  });
});

describe("'managed to' / 'were able to' tell an act that happened, not an aim", () => {
  it("makes a claim of 'managed to capture' and 'were able to seize'", () => {
    expect(claims("Islamic State militants managed to capture Mayadin.")).toEqual(["presence isis @Al Mayādīn"]);
    expect(claims("Boko Haram fighters were able to seize the town of Gwoza.")).toEqual(["presence boko-haram @Gwoza"]);
  });
  it("keeps an operation 'to capture' a town as an aim", () => {
    expect(claims("The army launched an operation to capture Mayadin from Islamic State.")).toEqual([]);
  });
});
