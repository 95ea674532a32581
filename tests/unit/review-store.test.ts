import { readFileSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { auditOf } from "@/lib/data/audit";
import { closeDb, db } from "@/lib/data/connection";
import { corpus, corpusVersion, loadAllClaims } from "@/lib/data/corpus";
import { setSetting } from "@/lib/data/settings";
import { inWrite, writeArticle, type WriteOptions } from "@/lib/data/write";
import { acceptMany, addClaim, claimHistory, deleteArticle, editClaim, getClaim, undoLast } from "@/lib/review/claims-store";
import { reviewQueue, QueueQuery } from "@/lib/review/queue";
import { freshStore } from "../support/store";
import { statusOf } from "../support/api-status";

/**
 * The review's writes on a real store: what the public is served (accepted claims only), what
 * each decision changes and records, optimistic concurrency, undo, and re-extraction keeping
 * every human decision.
 */
const m = loadMatchers();
// The seed article's text: long enough for a dozen automatic claims over many passages.
const TEXT = (JSON.parse(readFileSync("geodata/articles/000_40a8f3811f703089.article.json", "utf8")) as { text: string }).text;
const EDITOR = { id: "u-ed", email: "editor@example.org" };
const ingested = (text = TEXT, slug = "syn-review") => ingestText(text, { slug, published: { value: "2017-11", precision: "month", inferred: false } }, m);

async function save(text = TEXT, opts: WriteOptions = {}, slug = "syn-review") {
  const r = ingested(text, slug);
  await inWrite(await db(), (trx) => writeArticle(trx, { article: r.article, autoClaims: r.claims }, { replace: true, ...opts }));
  return r;
}

const keyOf = (id: string, slug = "syn-review") => `${slug}:${id}`;

beforeEach(async () => {
  await freshStore();
});
afterAll(() => closeDb());

describe("what the public is served", () => {
  it("serves accepted claims only; proposed ones wait in `unreviewed`, for editors", async () => {
    const r = await save();
    expect(r.claims.length).toBeGreaterThan(2);
    const c = await corpus();
    expect(c.claims).toEqual([]);
    expect(c.unreviewed.map((x) => x.id)).toEqual(r.claims.map((x) => x.id));
    expect(c.listing[0]?.claims).toBe(0);
  });

  it("serves every claim of an article ingested with --accept, and records the CLI user as the reviewer", async () => {
    const r = await save(TEXT, { acceptAs: { id: null, email: "cli:ops" } });
    expect((await corpus()).claims).toHaveLength(r.claims.length);
    const trail = await auditOf(await db(), "claim", keyOf(r.claims[0]!.id));
    expect(trail[0]).toMatchObject({ action: "accept", actor: { email: "cli:ops" } });
    expect((await getClaim(keyOf(r.claims[0]!.id))).reviewedBy).toBe("cli:ops");
  });

  it("auto-accepts proposals at or above the admin's threshold, and none while it is off", async () => {
    const r = await save();
    expect((await corpus()).claims).toHaveLength(0);
    const confidences = r.claims.map((c) => c.confidence).sort((a, b) => a - b);
    const threshold = confidences[Math.floor(confidences.length / 2)]!;
    await setSetting("review.autoAcceptAbove", threshold, EDITOR);
    await save(TEXT + "\nSYNTHETIC: one more line.");
    // The corpus keeps claim facts only (scale): the served claims whole, with their confidence.
    expect((await corpus()).claims.length).toBe(r.claims.filter((c) => c.confidence >= threshold).length);
    const served = await loadAllClaims();
    expect(served.length).toBe(r.claims.filter((c) => c.confidence >= threshold).length);
    expect(served.every((c) => c.confidence >= threshold)).toBe(true);
  });
});

describe("a reviewer's decisions", () => {
  it("accepting a claim serves it at once (the corpus version moves) and records who accepted it, from what", async () => {
    const r = await save();
    const id = keyOf(r.claims[0]!.id);
    const v = await corpusVersion();
    const after = await editClaim(id, { rev: 0, status: "accepted" }, EDITOR);
    expect(after).toMatchObject({ status: "accepted", rev: 1, reviewedBy: EDITOR.email });
    expect(await corpusVersion()).toBeGreaterThan(v);
    expect((await corpus()).claims.map((c) => c.id)).toEqual([r.claims[0]!.id]);
    const { history } = await claimHistory(id);
    expect(history[0]).toMatchObject({ action: "accept", actor: EDITOR, before: { status: "proposed" }, after: { status: "accepted" } });
  });

  it("refuses (409) a change made on a revision that has moved since it was read", async () => {
    const r = await save();
    const id = keyOf(r.claims[0]!.id);
    await editClaim(id, { rev: 0, status: "rejected" }, EDITOR);
    expect(await statusOf(editClaim(id, { rev: 0, status: "accepted" }, EDITOR))).toBe(409);
    expect((await getClaim(id)).status).toBe("rejected");
  });

  it("an edit of places recomputes the countries: a province names its country, a region none", async () => {
    const r = await save();
    const id = keyOf(r.claims[0]!.id);
    const a = await editClaim(id, { rev: 0, places: ["province:SY-RA"], status: "accepted" }, EDITOR);
    expect(a.claim.countries).toEqual(["SYR"]);
    expect(a.claim.places).toEqual([{ placeId: "province:SY-RA", precision: "province" }]);
    expect(a.claim.summary).toMatch(/Raqqa/);
    const b = await editClaim(id, { rev: 1, places: ["region:sahel"] }, EDITOR);
    expect(b.claim.countries).toEqual([]);
    expect(b.claim.places[0]?.precision).toBe("region");
  });

  it("refuses (422) a place or group that the gazetteer or lexicon does not know", async () => {
    const r = await save();
    const id = keyOf(r.claims[0]!.id);
    expect(await statusOf(editClaim(id, { rev: 0, places: ["city:0"] }, EDITOR))).toBe(422);
    expect(await statusOf(editClaim(id, { rev: 0, actors: ["no-such-group"] }, EDITOR))).toBe(422);
  });

  it("undo restores the state before the last change, and the undo is recorded", async () => {
    const r = await save();
    const id = keyOf(r.claims[0]!.id);
    await editClaim(id, { rev: 0, kind: "threat", status: "accepted" }, EDITOR);
    const back = (await undoLast(id, 1, EDITOR))!;
    expect(back).toMatchObject({ status: "proposed", rev: 2, reviewedBy: null });
    expect(back.claim.kind).toBe(r.claims[0]!.kind);
    expect((await corpus()).claims).toEqual([]);
    expect((await claimHistory(id)).history.map((h) => h.action)).toEqual(["undo", "edit"]);
  });

  it("bulk accept is all or none: one stale revision accepts nothing", async () => {
    const r = await save();
    const [a, b] = r.claims;
    await editClaim(keyOf(b!.id), { rev: 0, status: "rejected" }, EDITOR);
    expect(
      await statusOf(
        acceptMany(
          [
            { key: keyOf(a!.id), rev: 0 },
            { key: keyOf(b!.id), rev: 0 },
          ],
          EDITOR,
        ),
      ),
    ).toBe(409);
    expect((await getClaim(keyOf(a!.id))).status).toBe("proposed");
    const ok = await acceptMany(
      [
        { key: keyOf(a!.id), rev: 0 },
        { key: keyOf(b!.id), rev: 1 },
      ],
      EDITOR,
    );
    expect(ok.map((c) => c.status)).toEqual(["accepted", "accepted"]);
  });

  it("adds a reviewer's claim on a passage span, quoting exactly that span, accepted and served", async () => {
    const r = await save();
    const p = r.article.passages[1]!;
    const added = await addClaim(
      "syn-review",
      { passageId: p.id, span: { start: 0, end: 10 }, kind: "presence", actors: ["isis"], places: ["country:IRQ"], certainty: "reported" },
      EDITOR,
    );
    expect(added.claim).toMatchObject({ quote: p.text.slice(0, 10), countries: ["IRQ"], method: "curated", status: "accepted" });
    expect((await corpus()).claims.map((c) => c.id)).toEqual([added.claim.id]);
    expect(
      await statusOf(addClaim("syn-review", { passageId: p.id, span: { start: 5, end: 5000 }, kind: "presence", actors: [], places: [], certainty: "asserted" }, EDITOR)),
    ).toBe(422);
    expect(await statusOf(addClaim("no-article", { passageId: p.id, span: { start: 0, end: 1 }, kind: "presence", actors: [], places: [], certainty: "asserted" }, EDITOR))).toBe(
      404,
    );
    expect(await undoLast(added.key, 0, EDITOR)).toBeNull();
    expect((await corpus()).claims).toEqual([]);
  });

  it("deletes an article with its claims and records what it was", async () => {
    await save(TEXT, { acceptAs: EDITOR });
    await deleteArticle("syn-review", EDITOR);
    expect((await corpus()).listing).toEqual([]);
    const [entry] = await auditOf(await db(), "article", "syn-review");
    expect(entry).toMatchObject({ action: "delete", actor: EDITOR, after: null, before: { slug: "syn-review" } });
    expect(await statusOf(deleteArticle("syn-review", EDITOR))).toBe(404);
  });
});

describe("re-extraction", () => {
  it("keeps every accepted, rejected and edited claim, matched by passage and span, and brings new ones in as proposed", async () => {
    const r = await save();
    const [acc, rej, edi] = r.claims;
    await editClaim(keyOf(acc!.id), { rev: 0, status: "accepted" }, EDITOR);
    await editClaim(keyOf(rej!.id), { rev: 0, status: "rejected" }, EDITOR);
    await editClaim(keyOf(edi!.id), { rev: 0, kind: "threat", places: ["country:SYR"], status: "accepted" }, EDITOR);
    // A changed text (a line added) with --replace: the extraction runs again over every passage.
    const again = await save(TEXT + "\nوقال مسؤولون إن تنظيم داعش هاجم مواقع في الموصل.");
    expect(again.claims.length).toBeGreaterThan(r.claims.length);
    expect(await getClaim(keyOf(acc!.id))).toMatchObject({ status: "accepted", reviewedBy: EDITOR.email });
    expect(await getClaim(keyOf(rej!.id))).toMatchObject({ status: "rejected", reviewedBy: EDITOR.email });
    const e = await getClaim(keyOf(edi!.id));
    expect(e.claim).toMatchObject({ kind: "threat", countries: ["SYR"] });
    const q = await reviewQueue(QueueQuery.parse({ limit: 200 }));
    const proposed = new Set(q.items.map((i) => i.claim.id));
    for (const id of [acc!.id, rej!.id, edi!.id]) expect(proposed.has(id)).toBe(false);
    expect(q.total).toBe(again.claims.length - 3);
  });
});

describe("the review queue", () => {
  it("lists proposed claims of the newest article first, filtered and paginated, each with its passage", async () => {
    await save(TEXT, {}, "older");
    await new Promise((res) => setTimeout(res, 5));
    const newer = await save(TEXT, {}, "newer");
    const all = await reviewQueue(QueueQuery.parse({ limit: 200 }));
    expect(all.items[0]?.article).toBe("newer");
    expect(all.total).toBe(newer.claims.length * 2);
    for (const it of all.items) expect(it.passage.text.slice(it.claim.span.start, it.claim.span.end)).toBe(it.claim.quote);
    const page2 = await reviewQueue(QueueQuery.parse({ limit: 2, page: 2 }));
    expect(page2.items.map((i) => i.key)).toEqual(all.items.slice(2, 4).map((i) => i.key));
    const kind = newer.claims[0]!.kind;
    const byKind = await reviewQueue(QueueQuery.parse({ kind, article: "newer" }));
    expect(byKind.items.every((i) => i.claim.kind === kind && i.article === "newer")).toBe(true);
    expect(byKind.total).toBe(newer.claims.filter((c) => c.kind === kind).length);
    const conf = await reviewQueue(QueueQuery.parse({ minConfidence: "0.99", limit: 200 }));
    expect(conf.items.every((i) => i.claim.confidence >= 0.99)).toBe(true);
    const country = newer.claims.find((c) => c.countries.length)!.countries[0]!;
    const byCountry = await reviewQueue(QueueQuery.parse({ country, article: "newer", limit: 200 }));
    expect(byCountry.total).toBe(newer.claims.filter((c) => c.countries.includes(country)).length);
    const group = newer.claims.find((c) => c.actors.length)!.actors[0]!;
    const byGroup = await reviewQueue(QueueQuery.parse({ group, article: "newer", limit: 200 }));
    expect(byGroup.total).toBe(newer.claims.filter((c) => c.actors.includes(group) || c.fromActor === group || c.toActor === group).length);
  });
});
