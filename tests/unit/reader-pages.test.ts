import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prerenderToNodeStream } from "react-dom/static";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ArticlePage from "@/app/articles/[slug]/page";
import { pageUrlFor } from "@/components/reader/PassageFocus";
import { DataWarnings } from "@/components/reader/DataWarnings";
import { Curation } from "@/lib/articles/curation";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { inWrite, writeArticle } from "@/lib/data/write";
import { pageOfIndex, pageParam, pageStarts, pagingOf, READER_PAGE } from "@/lib/reader/pages";
import type { Article, Claim, Passage } from "@/lib/schema/article";
import { freshStore } from "../support/store";

describe("reader pages", () => {
  it("end at the passage bound or the character bound, whichever comes first, and hold at least one passage", () => {
    expect(pageStarts([1, 1, 1, 1, 1], { passages: 2, chars: 100 })).toEqual([0, 2, 4]);
    expect(pageStarts([40, 40, 40, 10], { passages: 10, chars: 100 })).toEqual([0, 2]);
    expect(pageStarts([500, 1, 500], { passages: 10, chars: 100 })).toEqual([0, 1, 2]);
    expect(pageStarts([], READER_PAGE)).toEqual([0]);
  });

  it("find the page of a passage and clamp a page number to the article", () => {
    const starts = [0, 2, 4];
    expect([0, 1, 2, 3, 4, 5].map((i) => pageOfIndex(starts, i))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pagingOf(starts, 6, 2)).toEqual({ page: 2, pages: 3, from: 2, to: 4, total: 6 });
    expect(pagingOf(starts, 6, 99)).toEqual({ page: 3, pages: 3, from: 4, to: 6, total: 6 });
    expect(pagingOf([0], 0, 1)).toEqual({ page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });

  it("read ?page= as a positive integer and anything else as no page", () => {
    expect(pageParam("3")).toBe(3);
    expect(["0", "-1", "1.5", "x", "", "99999999", undefined].map((v) => pageParam(v))).toEqual(Array(7).fill(null));
    expect(pageParam(["2", "5"])).toBe(2);
  });

  it("send an anchor that is not on this page to the server once, which finds its page", () => {
    const loc = { pathname: "/articles/big", search: "?lang=ar&page=3", hash: "#p-abc1" };
    expect(pageUrlFor("p-abc1", loc)).toBe("/articles/big?lang=ar&passage=p-abc1#p-abc1");
    expect(pageUrlFor("p-abc1", { ...loc, search: "?passage=p-abc1" })).toBeNull();
    expect(pageUrlFor("reader-main", loc)).toBeNull();
  });
});

describe("the reader's notice of data problems", () => {
  it("lists the warnings as text, in English, under a heading in the interface language", () => {
    const html = renderToStaticMarkup(createElement(DataWarnings, { warnings: ['claim patch for unknown claim c-<img src=x onerror="alert(1)">'], lang: "ar" }));
    expect(html).toContain("للمحررين: مشكلات في بيانات هذه المقالة");
    expect(html).toContain('<li lang="en" dir="ltr"');
    expect(html).toContain("c-&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain("<img");
    expect(renderToStaticMarkup(createElement(DataWarnings, { warnings: [], lang: "en" }))).toBe("");
  });

  it("lists at most twenty and says how many more there are", () => {
    const html = renderToStaticMarkup(createElement(DataWarnings, { warnings: Array.from({ length: 25 }, (_, i) => `w${i}`), lang: "en" }));
    expect(html.match(/<li /g)).toHaveLength(20);
    expect(html).toContain("…and 5 more");
  });
});

// A synthetic article far past what the reader may show at once, generated here (never committed):
// 30,000 short passages in 6,000 paragraphs, 2,000 claims. Before pages, the reader drew it whole.
const N = 30_000;
const SLUG = "synthetic-big";
function bigArticle(): { article: Article; claims: Claim[] } {
  const passages: Passage[] = [];
  let text = "";
  for (let i = 0; i < N; i++) {
    const t = `ISIS lost Raqqa in October, report ${i}.`;
    if (i > 0) text += i % 5 === 0 ? "\n\n" : " ";
    passages.push({ id: `p-${i.toString(36)}`, start: text.length, end: text.length + t.length, text: t, paragraph: Math.floor(i / 5) });
    text += t;
  }
  const claims: Claim[] = passages.slice(0, 2000).map((p, i) => ({
    id: `c-big-${i}`,
    article: SLUG,
    passageId: p.id,
    span: { start: 0, end: 15 },
    quote: p.text.slice(0, 15),
    kind: "territorial-loss",
    actors: ["isis"],
    places: [],
    countries: ["SYR"],
    certainty: "asserted",
    method: "auto",
    confidence: 0.9,
    summary: "ISIS lost Raqqa",
  }));
  const sha256 = createHash("sha256").update(text).digest("hex");
  return { article: { slug: SLUG, title: "A very long synthetic article", lang: "en", text, passages, sha256 }, claims };
}

async function renderPage(search: Record<string, string>, slug = SLUG): Promise<string> {
  const el = await ArticlePage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(search) });
  const { prelude } = await prerenderToNodeStream(el);
  let html = "";
  for await (const chunk of prelude) html += chunk;
  return html;
}

describe("a huge article in the reader", () => {
  beforeAll(async () => {
    await freshStore();
    const { article, claims } = bigArticle();
    await inWrite(await db(), (trx) => writeArticle(trx, { article, autoClaims: claims }));
    const small = ingestText(
      readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8"),
      { slug: "syn-stale" },
      loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" }),
    );
    const stale = Curation.parse({ version: 1, article: "syn-stale", remove: [{ id: "c-gone" }] });
    await inWrite(await db(), (trx) => writeArticle(trx, { article: small.article, autoClaims: small.claims, curation: stale }));
  }, 120_000);
  afterAll(() => closeDb());

  it("is served a page at a time, each page's HTML a few hundred KB", async () => {
    const first = await renderPage({});
    expect(first.length).toBeLessThan(2_000_000);
    expect(first).toContain('id="p-0"');
    expect(first).not.toContain(`id="p-${(READER_PAGE.passages).toString(36)}"`);
    expect(first).toContain(`Page 1 of ${N / READER_PAGE.passages}`);
    expect(first).toContain('rel="next"');
    const last = await renderPage({ page: String(N / READER_PAGE.passages) });
    expect(last.length).toBeLessThan(2_000_000);
    expect(last).toContain(`id="p-${(N - 1).toString(36)}"`);
    expect(last).toContain('rel="prev"');
    console.info(`reader page HTML: first ${first.length} B, last ${last.length} B for ${N} passages`);
  }, 60_000);

  it("shows an article's curation warnings to editors, in the interface language, and none where there are none", async () => {
    const en = await renderPage({}, "syn-stale");
    expect(en).toContain('data-testid="data-warnings"');
    expect(en).toContain("For editors: problems with this article&#x27;s data");
    expect(en).toMatch(/unknown claim c-gone/);
    expect(await renderPage({ lang: "ar" }, "syn-stale")).toContain("للمحررين: مشكلات في بيانات هذه المقالة");
    expect(en).not.toContain('data-testid="reader-pager"');
    expect(await renderPage({})).not.toContain('data-testid="data-warnings"');
  }, 60_000);

  it("sends ?passage= to the page that holds the passage, at its anchor", async () => {
    const id = `p-${(12_345).toString(36)}`;
    const page = Math.floor(12_345 / READER_PAGE.passages) + 1;
    const err = await renderPage({ passage: id, lang: "ar" }).catch((e: unknown) => e);
    expect(String((err as { digest?: string }).digest)).toContain(`/articles/${SLUG}?lang=ar&page=${page}#${id};`);
  }, 60_000);
});
