import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * "government" as a modifier: positions or headquarters of the government, the army or the police
 * are what a group attacks, not where it holds out, so they make no presence of the group.
 */
const claims = claimLinesAt("2019-05-17");

describe("positions and headquarters a state owns", () => {
  it("reads a group attacking government or army positions as its attack only", () => {
    expect(claims("ISIS fighters targeted government and army positions in Baiji.")).toEqual(["attack isis @Baiji"]);
    expect(claims("ISIS fighters attacked army positions in Baiji.")).toEqual(["attack isis @Baiji"]);
  });

  it("reads 'مقرات حكومية' and 'مقرات الجيش والشرطة' as targets, whatever follows the noun", () => {
    expect(claims("هاجم مسلحو داعش مقرات حكومية في مدينة بيجي.", "ar")).toEqual(["attack isis @Baiji"]);
    expect(claims("وهاجم مسلحون من بوكو حرام مقرات الجيش والشرطة في بلدة دامبوا.", "ar")).toEqual(["attack boko-haram @Damboa"]);
  });

  it("still places a group at its own positions and headquarters when others strike them", () => {
    expect(claims("Airstrikes hit ISIS positions in Baiji.")).toEqual(["presence isis @Baiji"]);
    expect(claims("قصفت الطائرات مقرات تنظيم داعش في مدينة بيجي.", "ar")).toEqual(["presence isis @Baiji"]);
  });
});
