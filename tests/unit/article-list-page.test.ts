import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ArticlesPage from "@/app/articles/page";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { inWrite, writeArticle } from "@/lib/data/write";
import { ARTICLE_LIST_PAGE, articleListPage } from "@/lib/reader/article-list-page";
import { freshStore } from "../support/store";

// Two full pages and a part page.
const TOTAL = 2 * ARTICLE_LIST_PAGE + Math.ceil(ARTICLE_LIST_PAGE / 2);

describe("articleListPage", () => {
  const xs = Array.from({ length: TOTAL }, (_, i) => i);
  it("cuts the list into pages of ARTICLE_LIST_PAGE, the last one holding the rest", () => {
    expect(articleListPage(xs, null).items).toEqual(xs.slice(0, ARTICLE_LIST_PAGE));
    const last = articleListPage(xs, 3);
    expect(last.items).toEqual(xs.slice(2 * ARTICLE_LIST_PAGE));
    expect(last.paging).toMatchObject({ page: 3, pages: 3, total: TOTAL });
  });
  it("clamps a page past the end to the last page, and an empty list is one empty page", () => {
    expect(articleListPage(xs, 99).paging.page).toBe(3);
    expect(articleListPage([], 2)).toEqual({ items: [], paging: { page: 1, pages: 1, from: 0, to: 0, total: 0 } });
  });
});

describe("/articles over a large store", () => {
  beforeAll(async () => {
    await freshStore();
    const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
    await inWrite(await db(), async (trx) => {
      for (let i = 0; i < TOTAL; i++) {
        const r = ingestText(`List report ${i}\n\nA short synthetic paragraph number ${i}.`, { slug: `list-${String(i).padStart(3, "0")}`, lang: "en" }, m);
        await writeArticle(trx, { article: r.article, autoClaims: r.claims });
      }
    });
  });
  afterAll(() => closeDb());

  const render = async (sp: Record<string, string>) => renderToStaticMarkup(await ArticlesPage({ searchParams: Promise.resolve(sp) }));
  const listed = (html: string) => [...html.matchAll(/data-article="([^"]+)"/g)].map((x) => x[1]);

  it("lists one page of articles, not the whole store, with a link to the next page", async () => {
    const html = await render({});
    expect(listed(html)).toHaveLength(ARTICLE_LIST_PAGE);
    expect(listed(html)[0]).toBe("list-000");
    expect(html).toContain('href="/articles?page=2"');
    expect(html).not.toContain('rel="prev"');
  });

  it("?page=3 lists the rest and links back, keeping the language", async () => {
    const html = await render({ page: "3", lang: "ar" });
    expect(listed(html)).toEqual(Array.from({ length: TOTAL - 2 * ARTICLE_LIST_PAGE }, (_, i) => `list-${String(2 * ARTICLE_LIST_PAGE + i).padStart(3, "0")}`));
    expect(html).toMatch(/href="\/articles\?[^"]*lang=ar[^"]*page=2"|href="\/articles\?page=2&amp;lang=ar"/);
    expect(html).not.toContain('rel="next"');
  });

  it("a malformed ?page= is page 1, not an error", async () => {
    expect(listed(await render({ page: "-1x" }))[0]).toBe("list-000");
  });
});
