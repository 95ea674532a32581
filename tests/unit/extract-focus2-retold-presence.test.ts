import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A presence that a retold event shows ("the raid targeted a house sheltering members of the group") dates from the event's day. */
const m = loadMatchers();
// Monday 30 January 2017.
const published = { value: "2017-01-30", precision: "day" as const, inferred: false };
const lastPresence = (text: string, lang: "ar" | "en") => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  const last = r.article.passages.at(-1)!.id;
  return r.claims.filter((c) => c.kind === "presence" && c.passageId === last).map((c) => c.date?.value ?? "-");
};

describe("a presence told in a passage that retells the event takes the event's day", () => {
  it("dates an English presence after 'the raid' by the Sunday of the lede", () => {
    const text =
      "Soldier killed in raid in Yemen\n\nSANAA (wire) - A US soldier was killed in a raid on al-Qaeda in the Arabian Peninsula in Bayda province on Sunday, officials said.\n\nThe raid targeted an AQAP hideout in the village of Yakla, tribal sources said.";
    expect(lastPresence(text, "en")).toEqual(["2017-01-29"]);
    const other = text.replace("The raid targeted an AQAP hideout in the village of Yakla", "The raid struck Yakla, an AQAP stronghold");
    expect(lastPresence(other, "en")).toEqual(["2017-01-29"]);
  });

  it("dates an Arabic presence after 'الهجوم' the same way", () => {
    const text =
      "مقتل جندي أمريكي في اليمن\n\nصنعاء - قتل جندي أمريكي في هجوم على تنظيم القاعدة في جزيرة العرب بمحافظة البيضاء يوم الأحد.\n\nواستهدف الهجوم قرية يكلا التي يتمركز فيها مسلحو تنظيم القاعدة في جزيرة العرب.";
    expect(lastPresence(text, "ar")).toEqual(["2017-01-29"]);
  });

  it("keeps the publication day for a presence said to last until now", () => {
    const text =
      "Soldier killed in raid in Yemen\n\nSANAA (wire) - A US soldier was killed in a raid on al-Qaeda in the Arabian Peninsula in Bayda province on Sunday, officials said.\n\nThe raid targeted an AQAP hideout in the village of Yakla, which the group still controls, tribal sources said.";
    expect(lastPresence(text, "en")).toEqual(["2017-01-30"]);
  });
});
