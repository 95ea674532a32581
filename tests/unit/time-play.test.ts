import { describe, expect, it } from "vitest";
import { atEnd, playSteps, stepFrom, stepIndex } from "@/lib/time/play";

describe("playback steps", () => {
  it("go month by month over a range of up to six years", () => {
    expect(playSteps("2016-11", "2017-02")).toEqual(["2016-11", "2016-12", "2017-01", "2017-02"]);
    expect(playSteps("2014-01", "2019-12")).toHaveLength(72);
  });
  it("go year by year, as of each December and then the last month, over a wider range", () => {
    expect(playSteps("2010-01", "2017-06")).toEqual(["2010-12", "2011-12", "2012-12", "2013-12", "2014-12", "2015-12", "2016-12", "2017-06"]);
  });
  it("start at the first step and step forward one at a time", () => {
    const steps = playSteps("2017-01", "2017-04");
    expect(stepFrom(steps, null, 1)).toBe("2017-01");
    expect(stepFrom(steps, "2017-01", 1)).toBe("2017-02");
    expect(stepFrom(steps, "2017-02", -1)).toBe("2017-01");
  });
  it("stop at the end: stepping past the last step stays on it", () => {
    const steps = playSteps("2017-01", "2017-03");
    expect(stepFrom(steps, "2017-03", 1)).toBe("2017-03");
    expect(atEnd(steps, "2017-03")).toBe(true);
    expect(atEnd(steps, "2017-02")).toBe(false);
    expect(atEnd(steps, null)).toBe(false);
  });
  it("place an at between yearly steps in the step that contains it", () => {
    const steps = playSteps("2010-01", "2017-06");
    expect(stepIndex(steps, "2012-05")).toBe(2);
    expect(stepFrom(steps, "2012-05", 1)).toBe("2013-12");
    expect(stepIndex(steps, "2030-01")).toBe(steps.length - 1);
  });
});
