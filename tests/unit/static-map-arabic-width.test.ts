import { describe, expect, it } from "vitest";
import { joinedWidth } from "@/lib/static-map/arabic-forms";
import { loadFonts } from "@/lib/static-map/fonts";
import { lineWidth } from "@/lib/static-map/text-runs";

// Widths resvg draws these at 100 px with the app's Noto Sans Arabic (its bounding box, measured once).
const DRAWN = [
  ["يمر الكثيرون بطالبان", 783.2],
  ["النسبة المذكور فقدانها", 854.1],
  ["القاعدة في شبه الجزيرة العربية", 1153.9],
] as const;

describe("Arabic widths in the static map", () => {
  const fonts = loadFonts();
  it("measures an Arabic run within 4% of the width it is drawn at, joined, so runs beside it leave no gap", () => {
    for (const [text, drawn] of DRAWN) {
      const w = lineWidth(text, 100, fonts);
      expect(Math.abs(w - drawn) / drawn, text).toBeLessThan(0.04);
    }
  });

  it("gives a letter inside a word its joined form: beh between letters is narrower than alone", () => {
    const ar = fonts.find((f) => f.rtl)!;
    const adv = (cp: number) => ar.metrics.advance(cp);
    expect(joinedWidth("ببب", adv, 0.55)).toBeLessThan(3 * joinedWidth("ب", adv, 0.55) * 0.75);
    // Lam–alef is one ligature, not two letters.
    expect(joinedWidth("لا", adv, 0.55)).toBeCloseTo(adv(0xfefb)!, 6);
  });
});
