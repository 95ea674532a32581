import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * Seizing things is not seizing places: weapons, vehicles, ammunition or cash taken in a raid
 * say nothing about who holds the ground, so the seizure makes no presence (the raid's attack stays).
 */
const claims = claimLinesAt("2019-05-17");

describe("a seizure of spoils is no presence", () => {
  it("keeps only the attack when the fighters also seized trucks, motorcycles, vehicles or cash", () => {
    expect(claims("Boko Haram fighters attacked a military base in Monguno on Friday and seized three gun trucks and 70 motorcycles.")).toEqual(["attack boko-haram @Monguno"]);
    expect(claims("Boko Haram fighters raided Damboa, seizing vehicles and cash.")).toEqual(["attack boko-haram @Damboa"]);
  });

  it("makes no claim of a group that only captured ammunition", () => {
    expect(claims("Islamic State fighters captured large quantities of ammunition in Baiji.")).toEqual([]);
  });

  it("reads Arabic seizures of arms and vehicles (استولوا على، سيطر ... على) the same way, whatever the word order", () => {
    expect(claims("هاجم مسلحو داعش نقطة للجيش في مدينة بيجي واستولوا على عدد من المركبات العسكرية وعلى أسلحة.", "ar")).toEqual(["attack isis @Baiji"]);
    expect(claims("سيطر مسلحو داعش على كميات من الأسلحة والذخيرة في بلدة بيجي.", "ar")).toEqual([]);
  });

  it("still reads a seized town as presence, even with its weapons named after it", () => {
    expect(claims("Boko Haram fighters seized Damboa and its weapons depot.")).toEqual(["presence boko-haram @Damboa"]);
    expect(claims("سيطر مسلحو داعش على بلدة بيجي واستولوا على أسلحة الجيش.", "ar")).toEqual(["presence isis @Baiji"]);
  });

  it("still reads a town taken before a comma as presence when spoils are named after it", () => {
    expect(claims("The Taliban captured Khanabad, seizing government forces' ammunition and vehicles.")).toEqual(["presence taliban @Khanabad"]);
    expect(claims("The Taliban overran Khanabad; they took weapons and cash.")).toEqual(["presence taliban @Khanabad"]);
  });
});
