import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../support/server";

/** A server whose store is broken answers 5xx JSON for what needs the store, and serves the rest. */
let server: Awaited<ReturnType<typeof startServer>>;
let file: string;
let before: Buffer;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-broken-"));
  file = path.join(dir, "atlas.db");
  writeFileSync(file, "not a database at all\n".repeat(500));
  before = readFileSync(file);
  server = await startServer({ ATLAS_DATA_DIR: dir, DATABASE_URL: "" });
}, 90_000);
afterAll(() => server?.stop());

describe("a server on a corrupt database file", () => {
  it.each(["/api/articles", "/api/layers/events", "/api/view", "/api/articles/000_40a8f3811f703089"])("answers 503 JSON on %s, never 4xx", async (p) => {
    const res = await fetch(`${server.baseURL}${p}`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ error: { code: "internal", message: "The data store is unavailable." } });
  });

  it("still serves the layers made from committed geodata", async () => {
    expect((await fetch(`${server.baseURL}/api/layers/admin1`)).status).toBe(200);
  });

  it("leaves the file as it was", () => {
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
