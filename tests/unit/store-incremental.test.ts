import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticClaims } from "@/lib/bench/claims";
import { closeDb, db } from "@/lib/data/connection";
import { corpus, forgetCorpus } from "@/lib/data/corpus";
import { setSetting } from "@/lib/data/settings";
import { forgetVersion } from "@/lib/data/version-cache";
import { inWrite, writeArticle } from "@/lib/data/write";
import type { Place } from "@/lib/schema/gazetteer";
import { freshStore } from "../support/store";

/** Issue 14 §2: after a write, a reader re-reads the articles that changed, not the corpus. */
afterAll(() => closeDb());

const PLACES: Place[] = [{ id: "country:IRQ", kind: "country", countries: ["IRQ"], nameEn: "Iraq", nameAr: "العراق", aliasesEn: [], aliasesAr: [], point: [44, 33] }];

async function ingest(slug: string, n: number, seed = 1): Promise<void> {
  const { article, claims } = syntheticClaims(n, PLACES, { slug, seed, passages: 3 });
  // Served claims are accepted ones (issue 15): accepted here by the admin's rule, not by a
  // person, so that the next extraction replaces them as it did before review existed.
  await setSetting("review.autoAcceptAbove", 0, { id: null, email: "test" });
  await inWrite(await db(), (trx) => writeArticle(trx, { article, autoClaims: claims, curation: null }, { replace: true }));
}

/** Changes an article's title behind the data layer's back: a bump with no change recorded. */
async function sneakyRetitle(slug: string, title: string, recordedFor?: string): Promise<void> {
  const k = await db();
  await sql`update articles set title = ${title} where slug = ${slug}`.execute(k);
  await sql`update corpus set version = version + 1 where id = 1`.execute(k);
  if (recordedFor) await sql`insert into corpus_changes (version, article) select version, ${recordedFor} from corpus where id = 1`.execute(k);
  // As if another process wrote: this one sees it once its remembered version expires.
  forgetVersion();
}

describe("the corpus after a write", () => {
  it("re-reads only the article the write changed, and equals a full read", async () => {
    await freshStore();
    await ingest("b-article", 5);
    await ingest("d-article", 4);
    const before = await corpus();
    // Not recorded as a change: a reader that re-read everything would see this title.
    await sql`update articles set title = ${"retitled"} where slug = ${"d-article"}`.execute(await db());
    await ingest("a-article", 3);
    await ingest("b-article", 2, 9);
    const patched = await corpus();
    expect(patched.version).toBe(before.version + 2);
    expect(patched.listing.map((l) => [l.slug, l.claims])).toEqual([
      ["a-article", 3],
      ["b-article", 2],
      ["d-article", 4],
    ]);
    expect(patched.byArticle.get("d-article")).toBe(before.byArticle.get("d-article"));
    expect(patched.listing.find((l) => l.slug === "d-article")!.title).not.toBe("retitled");
    forgetCorpus();
    const full = await corpus();
    expect(full.listing.find((l) => l.slug === "d-article")!.title).toBe("retitled");
    const strip = (c: typeof full) => ({ claims: c.claims, slugs: c.listing.map((l) => l.slug), facts: c.listing.map((l) => c.byArticle.get(l.slug)!.length) });
    expect(strip(patched)).toEqual(strip(full));
  });

  it("reads everything again when a version has no change recorded (a bulk load)", async () => {
    await freshStore();
    await ingest("a-article", 2);
    await corpus();
    await sneakyRetitle("a-article", "bulk-loaded");
    expect((await corpus()).listing[0]!.title).toBe("bulk-loaded");
  });

  it("patches in the article a recorded change names", async () => {
    await freshStore();
    await ingest("a-article", 2);
    await ingest("b-article", 2);
    await corpus();
    await sneakyRetitle("a-article", "edited", "a-article");
    expect((await corpus()).listing.map((l) => l.title.includes("edited"))).toEqual([true, false]);
  });
});
