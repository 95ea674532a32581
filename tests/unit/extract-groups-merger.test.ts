import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** A merger story follows the group the merger formed: "the group", "الجماعة" is it, not a member named later. */
const m = loadMatchers();
const published = { value: "2017-03-03", precision: "day" as const, inferred: false };
const pledges = (text: string) =>
  ingestText(text, { slug: "t", published }, m)
    .claims.filter((c) => c.kind === "pledge")
    .map((c) => `${c.fromActor}>${c.toActor}`);

describe("the group a merger forms stays in focus", () => {
  it("gives 'بيعة الجماعة' to the merged group, though a member group was named since", () => {
    expect(
      pledges(
        "اندماج جماعات متشددة في الساحل\n\nأعلنت جماعات مرتبطة بتنظيم القاعدة في الساحل اندماجها في جماعة نصرة الإسلام والمسلمين، في تسجيل بث أمس.\n\nوظهر في التسجيل قادة جماعة المرابطون وجبهة تحرير ماسينا.\n\nوجدد القائد بيعة الجماعة لزعيم تنظيم القاعدة.",
      ),
    ).toEqual(["jnim>al-qaeda"]);
  });
  it("gives 'the group' to the merged group in English", () => {
    expect(
      pledges(
        "Sahel militants merge\n\nFour factions linked to al-Qaeda said they had merged into JNIM, in a video released on Thursday.\n\nCommanders of al-Mourabitoun appeared in the video.\n\nThe group renewed its pledge of allegiance to al-Qaeda's leader.",
      ),
    ).toEqual(["jnim>al-qaeda"]);
  });
  it("reads 'the new group' as the group formed even when another group was more salient", () => {
    expect(
      pledges(
        "Sahel militants merge\n\nFour factions said they had merged to form JNIM on Thursday.\n\nAl-Mourabitoun commanders spoke first; al-Mourabitoun fighters cheered.\n\nThe new group pledged allegiance to al-Qaeda.",
      ),
    ).toEqual(["jnim>al-qaeda"]);
  });
});
