import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleList } from "@/components/reader/ArticleList";
import { PassageText, type MentionLink } from "@/components/reader/PassageText";
import { segmentPassage } from "@/lib/reader/segments";

// Hostile, synthetic passage text: it must reach the page as text, never as markup.
const linkOf: MentionLink = (m) => ({ href: m.kind === "place" ? "/?country=SYR" : "/?actor=isis", title: `${m.id}: show on the map` });
const render = (text: string, ...args: Parameters<typeof segmentPassage> extends [string, ...infer R] ? R : never) =>
  renderToStaticMarkup(createElement("p", null, createElement(PassageText, { runs: segmentPassage(text, ...args), linkOf })));

describe("PassageText", () => {
  it("renders script tags and event handlers in the text as escaped text", () => {
    const text = `Hello <script>alert(1)</script> and <img src=x onerror="alert(2)"> in Syria`;
    const html = render(text, [{ kind: "place", id: "country:SYR", start: text.indexOf("Syria"), end: text.length }], [{ id: "c-1", start: 6, end: 31 }]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    expect(html).toContain('<a href="/?country=SYR"');
  });

  it("a mention cut by a claim span stays one link with a <mark> inside", () => {
    const text = "في مدينة الرقة اليوم";
    const s = text.indexOf("الرقة");
    const html = render(text, [{ kind: "place", id: "city:1", start: s, end: s + 5 }], [{ id: "c-1", start: s + 2, end: text.length }]);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain(`<a href="/?country=SYR" title="city:1: show on the map" data-mention="place" data-id="city:1"`);
    expect(html).toMatch(/>ال<mark data-claims="c-1"[^>]*>رقة<\/mark><\/a><mark data-claims="c-1"[^>]*> اليوم<\/mark>/);
  });

  it("leaves a mention unlinked when there is nowhere to link it", () => {
    const html = renderToStaticMarkup(createElement(PassageText, { runs: segmentPassage("abc def", [{ kind: "actor", id: "x", start: 0, end: 3 }], []), linkOf: () => null }));
    expect(html).toBe("abc def");
  });
});

describe("ArticleList", () => {
  it("says so when there are no articles", () => {
    expect(renderToStaticMarkup(createElement(ArticleList, { articles: [], lang: "en" }))).toContain("No articles yet");
    expect(renderToStaticMarkup(createElement(ArticleList, { articles: [], lang: "ar" }))).toContain("لا توجد مقالات بعد");
  });

  it("gives each title its own language and direction, and escapes it", () => {
    const html = renderToStaticMarkup(
      createElement(ArticleList, {
        articles: [{ slug: "synthetic-1", title: "عنوان <b>تجريبي</b>", lang: "ar", passages: 2, claims: 1, curated: false }],
        lang: "en",
      }),
    );
    expect(html).toContain('href="/articles/synthetic-1" lang="ar" dir="rtl"');
    expect(html).toContain("عنوان &lt;b&gt;تجريبي&lt;/b&gt;");
    expect(html).toContain("2 passages · 1 claim · Automatic only");
  });
});
