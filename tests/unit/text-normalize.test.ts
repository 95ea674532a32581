import { describe, expect, it } from "vitest";
import { foldEn, normalizeAr, normalizeText, normalizeWithMap, procliticVariants, stripProclitics } from "@/lib/text/normalize-ar";
import { detectLang } from "@/lib/text/lang";
import { tokenize } from "@/lib/text/tokens";

describe("Arabic normalisation", () => {
  it("folds hamza/alef forms, taa marbuta, alef maqsura, waw/yaa hamza", () => {
    expect(normalizeAr("أإآٱ")).toBe("اااا");
    expect(normalizeAr("مؤتمر")).toBe("موتمر");
    expect(normalizeAr("الجزائر")).toBe("الجزاير");
    expect(normalizeAr("الدولة")).toBe("الدوله");
    expect(normalizeAr("مستشفى")).toBe("مستشفي");
  });
  it("drops harakat and tatweel", () => {
    expect(normalizeAr("جُزْئِيًّا")).toBe(normalizeAr("جزئيا"));
    expect(normalizeAr("العـــراق")).toBe("العراق");
    expect(normalizeAr("صَعدة")).toBe("صعده");
  });
  it("turns Arabic-Indic digits into ASCII", () => {
    expect(normalizeAr("٦٠٪ و۲۰۱۷")).toBe("60٪ و2017");
  });
  it("folds Latin diacritics and case for English", () => {
    expect(foldEn("Tillabéri")).toBe("tillaberi");
    expect(foldEn("ÉCOLE")).toBe("ecole");
  });
  it("maps normalised offsets back to the original text", () => {
    const s = "قال  إنَّ   Tillabéri";
    const m = normalizeWithMap(s);
    expect(m.text).toBe("قال ان tillaberi");
    const i = m.text.indexOf("tillaberi");
    expect(s.slice(m.map[i], m.map[i + 8]! + 1)).toBe("Tillabéri");
    expect(normalizeText(s)).toBe(m.text);
  });
});

describe("proclitics", () => {
  it.each([
    ["والعراق", "عراق"],
    ["بالعراق", "عراق"],
    ["للقاعدة", "قاعده"],
    ["فالجزائر", "جزاير"],
    ["وبسوريا", "سوريا"],
    ["ولداعش", "داعش"],
    ["كالدولة", "دوله"],
  ])("%s -> %s", (tok, stem) => {
    expect(stripProclitics(tok)).toBe(stem);
  });
  it("rebuilds the article elided after lam (لل = ل + ال)", () => {
    expect(procliticVariants("للقاعده").map((v) => v.stem)).toContain("القاعده");
  });
  it("keeps the unstripped reading first so names starting with a clitic letter survive", () => {
    expect(procliticVariants("لبنان")[0]).toEqual({ stem: "لبنان", prefix: "" });
  });
  it("never strips to a stem shorter than two letters", () => {
    expect(procliticVariants("وب").map((v) => v.stem)).toEqual(["وب"]);
  });
});

describe("tokens and language", () => {
  it("splits al-Qaeda like al Qaeda and keeps offsets", () => {
    const t = tokenize("join al-Qaeda now");
    expect(t.map((x) => x.norm)).toEqual(["join", "al", "qaeda", "now"]);
    expect(t[2]).toMatchObject({ start: 8, end: 13, raw: "Qaeda" });
  });
  it("detects language from the share of Arabic letters", () => {
    expect(detectLang("تقوم القاعدة بالتجنيد (AQAP)")).toBe("ar");
    expect(detectLang("Al-Qaeda is recruiting (القاعدة)")).toBe("en");
    expect(detectLang("")).toBe("en");
  });
});
