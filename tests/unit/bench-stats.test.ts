import { describe, expect, it } from "vitest";
import { checkBudget, formatBytes, formatRatio, median, percentile, ratio } from "@/lib/bench/stats";

describe("bench stats", () => {
  it("take the middle sample, or the mean of the two middle ones, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it("interpolate percentiles between ranks and hit the ends exactly", () => {
    const xs = [10, 20, 30, 40, 50];
    expect(percentile(xs, 0)).toBe(10);
    expect(percentile(xs, 100)).toBe(50);
    expect(percentile(xs, 50)).toBe(30);
    expect(percentile(xs, 99)).toBeCloseTo(49.6);
    expect(percentile([1, 2], 25)).toBe(1.25);
  });

  it("refuse empty or non-finite samples rather than report NaN", () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => percentile([1, Number.NaN], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("refuse a zero baseline instead of giving an infinite ratio that could pass a min budget", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(0, 2)).toBe(0);
    expect(() => ratio(1, 0)).toThrow(RangeError);
    expect(() => ratio(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("check cost budgets as a ceiling and throughput budgets as a floor, limits included", () => {
    expect(checkBudget(1.25, { max: 1.25 })).toEqual({ pass: true, limit: "<= 1.25x" });
    expect(checkBudget(1.2501, { max: 1.25 }).pass).toBe(false);
    expect(checkBudget(0.8, { min: 0.8 })).toEqual({ pass: true, limit: ">= 0.8x" });
    expect(checkBudget(0.79, { min: 0.8 }).pass).toBe(false);
    expect(checkBudget(Number.NaN, { max: 2 }).pass).toBe(false);
  });

  it("format sizes and ratios for the progress lines", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.00 MB");
    expect(formatRatio(1.234)).toBe("1.23x");
    expect(formatRatio(151.7)).toBe("152x");
  });
});
