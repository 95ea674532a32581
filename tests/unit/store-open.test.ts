import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/data/connection";
import { DataError } from "@/lib/data/errors";
import { freshStore } from "../support/store";

/**
 * A store that cannot be used says so in one line and leaves the data as it was: a corrupt or
 * foreign file, a schema from a newer app, an unreachable PostgreSQL.
 */
afterAll(async () => {
  delete process.env.DATABASE_URL;
  await closeDb();
});

async function openError(): Promise<DataError> {
  const e = await db().catch((x) => x);
  expect(e).toBeInstanceOf(DataError);
  expect((e as Error).message).not.toContain("\n");
  return e as DataError;
}

describe("opening the store", () => {
  it("refuses a file that is not a SQLite database, and leaves it untouched", async () => {
    const dir = await freshStore();
    const file = path.join(dir, "atlas.db");
    writeFileSync(file, "this is not a database, it is someone's notes\n".repeat(200));
    const before = readFileSync(file);
    expect((await openError()).message).toMatch(/atlas\.db cannot be opened as a SQLite database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses another application's SQLite database, and leaves it untouched", async () => {
    const dir = await freshStore();
    const file = path.join(dir, "atlas.db");
    const other = new BetterSqlite3(file);
    other.exec("create table invoices (id integer primary key, total real); insert into invoices values (1, 9.5)");
    other.close();
    const before = readFileSync(file);
    expect((await openError()).message).toMatch(/is not an Allegiance Atlas database \(it has tables of its own: invoices\)/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a database migrated by a newer version of the app", async () => {
    await freshStore();
    const k = await db();
    await k
      .insertInto("kysely_migration" as never)
      .values({ name: "9999_from_the_future", timestamp: new Date().toISOString() } as never)
      .execute();
    await closeDb();
    expect((await openError()).message).toMatch(/migrated by a newer version of the app \(migration 9999_from_the_future\)/);
  });

  it("names an unreachable PostgreSQL without its password", async () => {
    await freshStore();
    process.env.DATABASE_URL = "postgres://atlas:s3cret@127.0.0.1:1/atlas";
    try {
      const msg = (await openError()).message;
      expect(msg).toMatch(/^cannot reach PostgreSQL at 127\.0\.0\.1:1\/atlas: /);
      expect(msg).not.toContain("s3cret");
    } finally {
      delete process.env.DATABASE_URL;
    }
  });

  it("tries again on the next use after a failure (the database may come back)", async () => {
    const dir = await freshStore();
    writeFileSync(path.join(dir, "atlas.db"), "garbage".repeat(1000));
    await openError();
    writeFileSync(path.join(dir, "atlas.db"), "");
    await expect(db()).resolves.toBeTruthy();
  });

  it("makes the CLI print one line and exit 1 on a corrupt database", async () => {
    const dir = await freshStore();
    writeFileSync(path.join(dir, "atlas.db"), "garbage".repeat(1000));
    const r = spawnSync("node_modules/.bin/tsx", ["scripts/export.ts", mkdtempSync(path.join(tmpdir(), "atlas-out-"))], {
      encoding: "utf8",
      env: { ...process.env, ATLAS_DATA_DIR: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^export: .*atlas\.db cannot be opened as a SQLite database/)]);
  });
});
