import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BilingualNotFound } from "@/components/not-found/BilingualNotFound";

const en = { title: "Country not found", body: "No such country.", back: "All countries", href: "/countries" };
const ar = { title: "الدولة غير موجودة", body: "لا توجد دولة بهذا الرمز.", back: "كل الدول", href: "/countries?lang=ar" };

describe("a not-found page's text, which cannot know the reader's language", () => {
  const html = renderToStaticMarkup(createElement(BilingualNotFound, { en, ar }));
  it("says it in English under the page's one heading, with a way back", () => {
    expect(html).toMatch(/^<h1[^>]*>Country not found<\/h1>/);
    expect(html).toContain('<a href="/countries" class="font-semibold text-sky-900 underline underline-offset-4">All countries</a>');
  });
  it("then in Arabic, right to left, linking back to the Arabic page", () => {
    expect(html).toContain('<div lang="ar" dir="rtl"');
    expect(html).toContain('<a href="/countries?lang=ar" class="font-semibold text-sky-900 underline underline-offset-4">كل الدول</a>');
    expect(html.match(/<h1/g)).toHaveLength(1);
  });
});
