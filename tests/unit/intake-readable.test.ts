import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBytes, metaCharset } from "@/lib/intake/decode";
import { readableFromHtml } from "@/lib/intake/readable";
import { ARTICLE_HTML } from "../support/page-server";

const arabicPage = readFileSync("tests/fixtures/intake/arabic-page.html", "utf8");

describe("readableFromHtml: a page's text and what prefills the form", () => {
  it("keeps the article's paragraphs apart and leaves navigation, footer and scripts out", () => {
    const r = readableFromHtml(ARTICLE_HTML, "http://127.0.0.1:1/article");
    const paras = r.text.split("\n\n");
    expect(paras).toContain("The Islamic State lost control of Raqqa on Tuesday after a four-month battle, commanders said.");
    expect(paras).toContain("Fighters of the group withdrew towards Deir ez-Zor province in eastern Syria.");
    expect(r.text).not.toMatch(/Home \| World|window\.ran|© Test Wire/);
  });

  it("prefills title and site from Open Graph, the canonical URL, the published day and the declared language", () => {
    const { prefill } = readableFromHtml(ARTICLE_HTML, "http://127.0.0.1:1/article");
    expect(prefill).toEqual({
      title: "ISIS loses Raqqa",
      source: "Test Wire",
      url: "https://wire.example/raqqa",
      published: { value: "2017-10-17", precision: "day", inferred: false },
      lang: "en",
    });
  });

  it("takes the date from JSON-LD (inside @graph) before a <time>, detects Arabic without a lang attribute, and falls back to the host for the source", () => {
    const r = readableFromHtml(arabicPage, "https://www.news.example/mosul");
    expect(r.prefill.published?.value).toBe("2017-07-10");
    expect(r.prefill.lang).toBe("ar");
    expect(r.prefill.source).toBe("news.example");
    expect(r.prefill.url).toBe("https://www.news.example/mosul");
    expect(r.text.split("\n\n").filter((p) => p.includes("الموصل") || p.includes("تلعفر")).length).toBeGreaterThanOrEqual(2);
    expect(r.text).toContain("عشرات المسلحين");
  });

  it("runs none of the page's scripts", () => {
    readableFromHtml(arabicPage);
    expect((globalThis as { __intakeRan?: boolean }).__intakeRan).toBeUndefined();
  });

  it("falls back to a <time datetime> when no meta or JSON-LD date exists, and never takes a javascript: canonical", () => {
    const html = `<html lang="en"><head><link rel="canonical" href="javascript:alert(1)"></head><body><article><time datetime="2019-03-23">23 March</time><p>${"Baghuz fell to the SDF on Saturday. ".repeat(10)}</p></article></body></html>`;
    const r = readableFromHtml(html);
    expect(r.prefill.published?.value).toBe("2019-03-23");
    expect(r.prefill.url).toBeUndefined();
  });
});

describe("decodeBytes", () => {
  it("reads UTF-8 with or without a BOM and Windows-1256 Arabic when the bytes are not UTF-8", () => {
    expect(decodeBytes(Buffer.from("\uFEFFالموصل\r\nسقطت", "utf8"))).toBe("الموصل\nسقطت");
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xe3, 0xe6, 0xd5, 0xe1]); // الموصل
    expect(decodeBytes(cp1256)).toBe("الموصل");
  });

  it("honours a declared charset and finds one in a page's <meta>", () => {
    expect(metaCharset(Buffer.from('<html><head><meta charset="windows-1256">'))).toBe("windows-1256");
    expect(decodeBytes(Buffer.from([0xc7, 0xe1]), "windows-1256")).toBe("ال");
  });
});
