import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/data/connection";
import { corpus } from "@/lib/data/corpus";
import { migrate } from "@/lib/data/migrations";
import { freshStore } from "../support/store";

/** Several writers, and a reader while a writer works: nothing lost, nothing half-seen. */
const work = mkdtempSync(path.join(tmpdir(), "atlas-conc-"));
afterAll(() => closeDb());

function article(name: string, paragraphs: number): string {
  const file = path.join(work, `${name}.txt`);
  const lines = Array.from({ length: paragraphs }, (_, i) => `ISIS fighters were reported near Raqqa and Mosul in March 2017 (${name} ${i}).`);
  writeFileSync(file, `SYNTHETIC TEST FIXTURE\n\n${lines.join("\n\n")}\n`);
  return file;
}

function ingest(file: string, slug: string, dir: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", file, "--slug", slug], {
    env: { ...process.env, ATLAS_DATA_DIR: dir, ATLAS_SEED_DIR: "none" },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

async function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

describe("concurrent writers and readers", () => {
  it("keeps every article when three ingests start at once on a database none of them has created yet", async () => {
    const dir = await freshStore();
    const runs = await Promise.all(["one", "two", "three"].map((n) => exitOf(ingest(article(n, 400), `conc-${n}`, dir))));
    for (const r of runs) expect(r, r.stderr).toMatchObject({ code: 0 });
    expect((await corpus()).listing.map((a) => a.slug)).toEqual(["conc-one", "conc-three", "conc-two"]);
  }, 120_000);

  it("makes a process wait while another is half-way through creating the schema, then use it", async () => {
    // CI once lost an ingest this way: two processes saw an empty file, both created the tables.
    const dir = await freshStore();
    const file = path.join(dir, "atlas.db");
    const first = new BetterSqlite3(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: first }) });
    // Kysely's bookkeeping tables, committed and empty: the state a racing process reads as
    // "nothing migrated yet" while the first one is creating the tables.
    await new Migrator({ db, provider: { getMigrations: async () => ({}) } }).migrateToLatest();
    first.exec("BEGIN IMMEDIATE");
    await migrate(db, "sqlite", file);
    const late = exitOf(ingest(article("late", 3), "conc-late", dir));
    // Long enough for the child to start and reach the database while the schema is uncommitted.
    await new Promise((r) => setTimeout(r, 4000));
    first.exec("COMMIT");
    await db.destroy();
    const r = await late;
    expect(r, r.stderr).toMatchObject({ code: 0 });
    expect((await corpus()).listing.map((a) => a.slug)).toEqual(["conc-late"]);
  }, 60_000);

  it("lets a reader see the corpus before or after a CLI write, never in between", async () => {
    const dir = await freshStore();
    const first = await corpus();
    expect(first.listing).toEqual([]);
    const child = ingest(article("big", 3000), "conc-big", dir);
    const done = exitOf(child);
    const seen = new Set<string>();
    while (child.exitCode === null) {
      const c = await corpus();
      const a = c.listing[0];
      // A whole article: the claims its listing counts are all there.
      if (a) expect(c.claims.length).toBe(a.claims);
      seen.add(a ? `after:${a.claims}` : "before");
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await done).code).toBe(0);
    const after = await corpus();
    expect(after.listing.map((a) => a.slug)).toEqual(["conc-big"]);
    expect([...seen].every((s) => s === "before" || s === `after:${after.claims.length}`)).toBe(true);
    expect(seen.has("before")).toBe(true);
  }, 120_000);
});
