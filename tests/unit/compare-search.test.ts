import { describe, expect, it } from "vitest";
import { searchEntries, searchRegions } from "@/lib/compare/search";
import { PLACES } from "../fixtures/compare/world";

const entries = searchEntries(PLACES.values());
const codes = (q: string) => searchRegions(q, entries).map((e) => e.code);

describe("searching regions to compare", () => {
  it("leaves cities out: they have no area to compare", () => {
    expect(entries.map((e) => e.code)).not.toContain("1");
  });

  it("finds English names and aliases, ignoring case, with whole names first", () => {
    expect(codes("iraq")).toEqual(["IRQ"]);
    expect(codes("BORDERLANDS")).toEqual(["border"]);
    expect(codes("al")[0]).toBe("IQ-AA");
  });

  it("finds Arabic names whatever the hamza, taa marbuta or article", () => {
    expect(codes("العراق")).toEqual(["IRQ"]);
    expect(codes("عراق")).toEqual(["IRQ"]);
    expect(codes("سوريه")).toEqual(["SYR"]);
    expect(codes("الفا")).toEqual(["IQ-AA"]);
  });

  it("finds codes as written in the URL", () => {
    expect(codes("sy-aa")).toEqual(["SY-AA"]);
  });

  it("answers nothing to an empty query", () => {
    expect(codes("  ")).toEqual([]);
  });
});
