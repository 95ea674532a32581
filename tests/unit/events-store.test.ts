import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticClaims } from "@/lib/bench/claims";
import { auditOf } from "@/lib/data/audit";
import { closeDb, db } from "@/lib/data/connection";
import { inWrite, writeArticle } from "@/lib/data/write";
import { mergeEvents, splitEvent } from "@/lib/events/edit";
import { loadEventIndex } from "@/lib/events/load";
import { gradeClaim, gradeOutlet } from "@/lib/grades/edit";
import { listOutlets } from "@/lib/grades/outlets";
import { loadClaimRows } from "@/lib/view/load-model";
import { NO_FILTERS } from "@/lib/view/view-state";
import type { Place } from "@/lib/schema/gazetteer";
import { freshStore } from "../support/store";

const EDITOR = { id: "u1", email: "editor@example.org", role: "editor", via: "token" } as const;
const PLACES: Place[] = [{ id: "country:IRQ", kind: "country", iso: "IRQ", countries: ["IRQ"], nameEn: "Iraq", nameAr: "العراق", aliasesEn: [], aliasesAr: [], point: [44, 33] }];
const DATE = { value: "2017-07-10", precision: "day", inferred: false } as const;

/** One article from an outlet, with one claim of ISIS's presence in Iraq on 10 July 2017. */
async function ingest(slug: string, source: string): Promise<string> {
  const { article, claims } = syntheticClaims(1, PLACES, { slug, seed: slug.length, passages: 1 });
  // Claim ids are unique across the corpus in real data (a hash); synthetic ones repeat per article.
  const c = {
    ...claims[0]!,
    id: `c-${slug}`,
    kind: "presence" as const,
    actors: ["isis"],
    fromActor: undefined,
    toActor: undefined,
    places: [{ placeId: "country:IRQ", precision: "country" as const }],
    countries: ["IRQ" as const],
    date: DATE,
  };
  await inWrite(await db(), (trx) =>
    writeArticle(trx, { article: { ...article, source }, autoClaims: [c], curation: null }, { replace: true, acceptAs: { id: null, email: "test" } }),
  );
  return c.id;
}

let ids: string[] = [];
beforeAll(async () => {
  await freshStore();
  ids = [await ingest("wire-a", "Reuters"), await ingest("wire-b", " reuters"), await ingest("paper-c", "Le Monde")];
});
afterAll(() => closeDb());

describe("events and grades in the store", () => {
  it("groups the three reports into one event with two independent sources", async () => {
    const idx = await loadEventIndex();
    expect(idx.events.size).toBe(1);
    expect(idx.eventOf(ids[0]!)!.sources).toBe(2);
  });

  it("lists an outlet once however it is spelt, and grades it for every claim it published, audited", async () => {
    const outlets = await listOutlets();
    expect(outlets.map((o) => [o.name, o.articles, o.reliability])).toEqual([
      ["Reuters", 2, "F"],
      ["Le Monde", 1, "F"],
    ]);
    await gradeOutlet(outlets[0]!.id, "B", EDITOR);
    const rows = await loadClaimRows(NO_FILTERS);
    expect(
      rows
        .filter((r) => r.reliability === "B")
        .map((r) => r.article)
        .sort(),
    ).toEqual(["wire-a", "wire-b"]);
    const trail = await auditOf(await db(), "source", outlets[0]!.id);
    expect(trail[0]).toMatchObject({ action: "grade", before: { reliability: "F" }, after: { reliability: "B" } });
  });

  it("grades a claim's credibility, and the grade filter then keeps it", async () => {
    await gradeClaim(ids[0]!, 2, EDITOR);
    expect((await loadClaimRows({ ...NO_FILTERS, grade: "B2" })).map((r) => r.id)).toEqual([ids[0]]);
    await expect(gradeClaim("c-nope", 2, EDITOR)).rejects.toMatchObject({ code: "not_found" });
  });

  it("splits a claim off an event and merges it back, each seen on the next read", async () => {
    const event = (await loadEventIndex()).eventOf(ids[2]!)!;
    await splitEvent(event.id, [ids[2]!], EDITOR);
    const split = await loadEventIndex();
    expect(split.events.size).toBe(2);
    expect(split.eventOf(ids[0]!)!.sources).toBe(1);
    await mergeEvents(split.eventOf(ids[0]!)!.id, split.eventOf(ids[2]!)!.id, EDITOR);
    expect((await loadEventIndex()).events.size).toBe(1);
  });

  it("refuses to split off every claim, or claims of another event", async () => {
    const event = (await loadEventIndex()).eventOf(ids[0]!)!;
    await expect(splitEvent(event.id, event.claimIds, EDITOR)).rejects.toMatchObject({ code: "unprocessable" });
    await expect(splitEvent(event.id, ["c-elsewhere"], EDITOR)).rejects.toMatchObject({ code: "unprocessable" });
    await expect(mergeEvents(event.id, event.id, EDITOR)).rejects.toMatchObject({ code: "unprocessable" });
    await expect(splitEvent("e-none", [ids[0]!], EDITOR)).rejects.toMatchObject({ code: "not_found" });
  });
});
