import { describe, expect, it } from "vitest";
import { claimLinesAt } from "../support/claim-lines";

/**
 * A state that takes places from a group is the group's territorial loss, whichever verb of
 * seizing tells it: "استولت"/"استولوا" (the forms without the final ي) and "انتزع" (wrested) included.
 */
const claims = claimLinesAt("2019-05-17");

describe("a state takes places from a group", () => {
  it("reads 'استولت قوات النظام على قرى من' a group as its loss, at the province or the village named", () => {
    expect(claims("استولت قوات النظام على قرى من هيئة تحرير الشام في ريف حماة.", "ar")).toEqual(["territorial-loss hts @Hama"]);
    expect(claims("استولت قوات النظام على قرى من هيئة تحرير الشام، بينها قرية خان شيخون.", "ar")).toEqual(["territorial-loss hts @Khān Shaykhūn"]);
  });

  it("reads the army wresting a town from a group (انتزع، انتزاع) as the group's loss", () => {
    expect(claims("انتزع الجيش العراقي بلدة بيجي من تنظيم داعش.", "ar")).toEqual(["territorial-loss isis @Baiji"]);
    expect(claims("وتمكنت القوات العراقية من انتزاع مدينة بيجي من تنظيم داعش.", "ar")).toEqual(["territorial-loss isis @Baiji"]);
  });

  it("reads English government forces seizing villages from a group the same way", () => {
    expect(claims("Government forces seized villages from HTS in Idlib province.")).toEqual(["territorial-loss hts @Idlib"]);
    expect(claims("Syrian government forces seized several villages from Hayat Tahrir al-Sham, including Khan Shaykhun.")).toEqual(["territorial-loss hts @Khān Shaykhūn"]);
  });

  it("still reads a group that seized a town (استولوا، استولت) as present there", () => {
    expect(claims("واستولوا مسلحو داعش على مدينة بيجي.", "ar")).toEqual(["presence isis @Baiji"]);
    expect(claims("استولت هيئة تحرير الشام على مدينة خان شيخون.", "ar")).toEqual(["presence hts @Khān Shaykhūn"]);
  });
});
