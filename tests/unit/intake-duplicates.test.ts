import { readFileSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadMatchers } from "@/lib/articles/resources";
import { closeDb, db } from "@/lib/data/connection";
import { prepareArticle, saveArticle } from "@/lib/intake/article-write";
import { findDuplicate } from "@/lib/intake/duplicates";
import { normalizeArticleUrl } from "@/lib/intake/normalize-url";
import { jaccard, NEAR_DUPLICATE, shingles } from "@/lib/intake/similarity";
import { freshStore } from "../support/store";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const ar = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
const en = readFileSync("tests/fixtures/articles/synthetic-en.txt", "utf8");
const actor = { id: null, email: "test@example.org" };

describe("normalizeArticleUrl", () => {
  it("treats scheme, host case, www, trailing slash, utm_* parameters and the fragment as the same address", () => {
    const a = normalizeArticleUrl("https://www.News.example/world/raqqa/?utm_source=tw&utm_medium=x#top");
    expect(a).toBe(normalizeArticleUrl("http://news.example/world/raqqa"));
  });

  it("keeps the query parameters that name the article, in any order", () => {
    expect(normalizeArticleUrl("https://n.example/a?id=7&p=2")).toBe(normalizeArticleUrl("https://n.example/a?p=2&id=7"));
    expect(normalizeArticleUrl("https://n.example/a?id=7")).not.toBe(normalizeArticleUrl("https://n.example/a?id=8"));
  });
});

describe("near-identical texts", () => {
  it("scores a copy with a word changed and its diacritics and spacing altered at or above the threshold", () => {
    const copy = ar.replace("عشرات", "مئات").replace(/ /g, "  ").replace("داعش", "داعشُ");
    expect(jaccard(shingles(ar), shingles(copy))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
  });

  it("scores a different article below the threshold, and one that shares half its text below it too", () => {
    expect(jaccard(shingles(ar), shingles(en))).toBeLessThan(0.1);
    const half = ar.slice(0, Math.floor(ar.length / 2));
    expect(jaccard(shingles(ar), shingles(half))).toBeLessThan(NEAR_DUPLICATE);
  });
});

describe("findDuplicate against the store", () => {
  beforeEach(async () => {
    await freshStore();
    const p = prepareArticle(ar, { slug: "stored-ar", title: "Stored", url: "https://news.example/mosul?utm_campaign=x" }, m);
    await saveArticle(await db(), p, { actor });
  });
  afterAll(() => closeDb());

  it("finds the stored article by its URL written another way", async () => {
    expect(await findDuplicate(await db(), { urls: [undefined, "http://NEWS.example/mosul/#comments"] })).toEqual({ slug: "stored-ar", title: "Stored", reason: "url" });
  });

  it("finds it by the same text and by a near-identical one", async () => {
    expect(await findDuplicate(await db(), { text: ar })).toMatchObject({ slug: "stored-ar", reason: "text", similarity: 1 });
    const near = await findDuplicate(await db(), { text: ar.replace("عشرات", "مئات") });
    expect(near).toMatchObject({ slug: "stored-ar", reason: "text" });
    expect(near!.similarity).toBeLessThan(1);
  });

  it("finds nothing for a different article at a different address", async () => {
    expect(await findDuplicate(await db(), { urls: ["https://news.example/raqqa"], text: en })).toBeNull();
  });
});
