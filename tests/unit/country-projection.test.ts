import { describe, expect, it } from "vitest";
import { frameFor, project, svgPath, unionBBox } from "@/lib/country/projection";

describe("the inline-SVG projection", () => {
  it("puts the box's north-west corner top-left and its south-east corner bottom-right", () => {
    const f = frameFor([0, 0, 10, 10], 100, 100, 0);
    expect(project([0, 10], f)).toEqual([f.x0, 0]);
    expect(f.x0).toBeGreaterThan(0);
    const [x, y] = project([10, 0], f);
    expect(x).toBeCloseTo(100 * Math.cos((5 * Math.PI) / 180) + f.x0, 6);
    expect(y).toBeCloseTo(100, 6);
  });

  it("narrows longitude by the cosine of the middle latitude and centres the shape", () => {
    const f = frameFor([0, 59, 2, 61], 100, 100, 0);
    const west = project([0, 60], f)[0];
    const east = project([2, 60], f)[0];
    expect(east - west).toBeCloseTo(50, 0);
    expect(west).toBeCloseTo(25, 0);
  });

  it("draws rings as closed paths and drops points closer than the tolerance", () => {
    const f = frameFor([0, 0, 10, 10], 100, 100, 0);
    const square = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [0.001, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const d = svgPath(square, f);
    expect(d.startsWith("M")).toBe(true);
    expect(d.endsWith("Z")).toBe(true);
    expect(d.split("L")).toHaveLength(5);
  });

  it("leaves out rings too small to see", () => {
    const f = frameFor([0, 0, 10, 10], 100, 100, 0);
    expect(
      svgPath(
        {
          type: "Polygon",
          coordinates: [
            [
              [1, 1],
              [1.001, 1],
              [1, 1.001],
              [1, 1],
            ],
          ],
        },
        f,
      ),
    ).toBe("");
  });

  it("joins boxes", () => {
    expect(
      unionBBox([
        [0, 0, 1, 1],
        [-2, 0.5, 0.5, 3],
      ]),
    ).toEqual([-2, 0, 1, 3]);
    expect(unionBBox([])).toBeNull();
  });
});
