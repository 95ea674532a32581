import { describe, expect, it } from "vitest";
import { FSI, isolateForTitle, PDI } from "@/lib/web/bidi";

describe("isolateForTitle", () => {
  it("wraps the text in FSI … PDI so it cannot reorder what follows it in the tab title", () => {
    expect(isolateForTitle("Mosul after the fall")).toBe(`${FSI}Mosul after the fall${PDI}`);
  });
  it("drops a right-to-left override and every other scoped bidi control inside the text", () => {
    const hostile = "evil\u202Eexe.txt\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069 end";
    const out = isolateForTitle(hostile);
    expect(out.slice(1, -1)).toBe("evilexe.txt end");
    expect(out.slice(1, -1)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
  it("keeps Arabic text and LRM/RLM marks, which have no scope", () => {
    expect(isolateForTitle("تنظيم\u200Fالدولة\u200E")).toBe(`${FSI}تنظيم\u200Fالدولة\u200E${PDI}`);
  });
});
