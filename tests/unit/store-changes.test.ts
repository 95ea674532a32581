import { afterAll, describe, expect, it } from "vitest";
import { syntheticClaims } from "@/lib/bench/claims";
import { closeDb, db } from "@/lib/data/connection";
import { articlesToRecount, changedSince, corpus } from "@/lib/data/corpus";
import { setSetting } from "@/lib/data/settings";
import { inWrite, writeArticle } from "@/lib/data/write";
import { loadGazetteer } from "@/lib/geo/geodata-files";
import { freshStore } from "../support/store";

/** Issue 14 §3 (ingest-one): a reader of the corpus is told which articles a write changed, so it patches those alone. */
afterAll(() => closeDb());

const PLACES = loadGazetteer()
  .places.filter((p) => p.kind !== "region")
  .slice(0, 100);

async function ingest(slug: string, n: number, seed: number): Promise<void> {
  const { article, claims } = syntheticClaims(n, PLACES, { slug, seed, passages: 5, idPrefix: slug });
  await setSetting("review.autoAcceptAbove", 0, { id: null, email: "test" });
  await inWrite(await db(), (trx) => writeArticle(trx, { article, autoClaims: claims, curation: null }, { replace: true }));
}

describe("the articles changed since a corpus a reader counted", () => {
  it("are the articles written since, over several versions, and none for the same corpus", async () => {
    await freshStore();
    await ingest("chg-a", 10, 1);
    await ingest("chg-b", 10, 2);
    const first = await corpus();
    expect(changedSince(first, first.serial)).toEqual([]);
    await ingest("chg-c", 10, 3);
    const second = await corpus();
    await ingest("chg-a", 6, 4); // replaced
    const third = await corpus();
    expect(changedSince(third, second.serial)).toEqual(["chg-a"]);
    expect([...changedSince(third, first.serial)!].sort()).toEqual(["chg-a", "chg-c"]);
    // A reader that counted `first` takes out and counts again exactly those, the same as comparing every article.
    const counted = new Map([...first.byArticle].map(([slug, facts]) => [slug, { facts }]));
    expect(articlesToRecount(third, first.serial, counted).sort()).toEqual(["chg-a", "chg-c"]);
    expect(articlesToRecount(third, undefined, counted).sort()).toEqual(["chg-a", "chg-c"]);
  });

  it("are unknown (null) for a reader of another database or before a full read, which then compares every article", async () => {
    await freshStore();
    await ingest("chg-a", 10, 1);
    const old = await corpus();
    await freshStore();
    await ingest("chg-z", 10, 2);
    const other = await corpus();
    expect(changedSince(other, old.serial)).toBeNull();
    const counted = new Map([...old.byArticle].map(([slug, facts]) => [slug, { facts }]));
    expect(articlesToRecount(other, old.serial, counted).sort()).toEqual(["chg-a", "chg-z"]);
  });
});
