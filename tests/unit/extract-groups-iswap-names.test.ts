import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/** The Islamic State's West African branch under the names wires give it, in both languages, is ISWAP, not ISIS. */
const claims = claimLinesAt("2019-05-18");

describe("ISWAP's other names", () => {
  it("reads 'تنظيم داعش في غرب أفريقيا' and 'داعش في غرب افريقيا' as ISWAP", () => {
    expect(claims("هاجم مسلحون من تنظيم داعش في غرب أفريقيا قاعدة للجيش في بلدة مونغونو يوم الجمعة.", "ar")).toEqual(["attack iswap @Monguno"]);
    expect(claims("شن مقاتلو داعش في غرب افريقيا هجوما على بلدة مونغونو.", "ar")).toEqual(["attack iswap @Monguno"]);
  });

  it("reads 'the Islamic State of West Africa Province' and 'Islamic State in West Africa' as ISWAP", () => {
    expect(claims("Fighters of the Islamic State of West Africa Province attacked a base in Monguno on Friday.")).toEqual(["attack iswap @Monguno"]);
    expect(claims("Gunmen from the Islamic State in West Africa attacked Monguno on Friday.")).toEqual(["attack iswap @Monguno"]);
  });
});
