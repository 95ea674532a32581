import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A group named in an apposition that says who leads another ("led by", "بقيادة") describes it: it acts nowhere. */
const m = loadMatchers();
const published = { value: "2019-03-12", precision: "day" as const, inferred: false };
const groups = (text: string) => [...new Set(ingestText(text, { slug: "t", published }, m).claims.flatMap((c) => c.actors))].sort();

describe("'led by X' between commas describes the group before it", () => {
  it("gives no claim to the leading group in English, whatever the participle", () => {
    expect(groups("Hayat Tahrir al-Sham, led by Syria's former al-Qaeda affiliate, controls Idlib province.")).toEqual(["hts"]);
    expect(groups("HTS, dominated by the former Nusra Front, holds sway in Idlib province.")).toEqual(["hts"]);
  });
  it("gives no claim to the leading group in Arabic (بقيادة)", () => {
    expect(groups("هيئة تحرير الشام، بقيادة جبهة النصرة فرع القاعدة السابق، تسيطر على محافظة إدلب.")).toEqual(["hts"]);
  });
  it("keeps a group that acts in its own clause after the apposition closes", () => {
    expect(groups("HTS, led by a former Nusra commander, controls Idlib, while ISIS fighters attacked Raqqa.")).toEqual(["hts", "isis"]);
  });
});
