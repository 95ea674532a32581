import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadActorLexicon, localLexiconProblem } from "@/lib/articles/resources";

// A geodata folder of our own: the committed base lexicon and a local file written per test.
function lexiconDir(local: string | Buffer): string {
  const root = mkdtempSync(path.join(tmpdir(), "lexicon-"));
  const dir = path.join(root, "lexicon");
  mkdirSync(dir);
  copyFileSync("geodata/lexicon/actors.json", path.join(dir, "actors.json"));
  writeFileSync(path.join(dir, "actors.local.json"), local);
  return dir;
}

const baseIds = loadActorLexicon(lexiconDir('{"version":1,"actors":[]}')).actors.map((a) => a.id);
const extra = {
  id: "synthetic-front",
  kind: "group",
  nameEn: "Synthetic Front",
  nameAr: "جبهة تجريبية",
  color: "#123456",
  namesAr: ["جبهة تجريبية"],
  namesEn: ["Synthetic Front"],
};

afterEach(() => vi.restoreAllMocks());

describe("a malformed actors.local.json", () => {
  it.each([
    ["truncated JSON", '{"version":1,"actors":[{"id":"x"', /not valid JSON/],
    ["an empty file", "", /the file is empty/],
    ["a schema error", JSON.stringify({ version: 1, actors: [{ id: "isis", color: 7 }] }), /actors\.0\.color: /],
    ["a wrong version", JSON.stringify({ version: 2, actors: [] }), /version: /],
  ])("with %s leaves the base lexicon in use and logs the file and the field once", (_name, body, field) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const dir = lexiconDir(body);
    expect(loadActorLexicon(dir).actors.map((a) => a.id)).toEqual(baseIds);
    expect(loadActorLexicon(dir).actors.map((a) => a.id)).toEqual(baseIds);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain(path.join(dir, "actors.local.json"));
    expect(String(error.mock.calls[0]![0])).toMatch(field);
    expect(localLexiconProblem(dir)).toMatch(field);
  });

  it("saved with a UTF-8 byte-order mark is read as it would be without one", () => {
    const dir = lexiconDir("\uFEFF" + JSON.stringify({ version: 1, actors: [extra] }));
    expect(localLexiconProblem(dir)).toBeNull();
    expect(loadActorLexicon(dir).actors.map((a) => a.id)).toEqual([...baseIds, "synthetic-front"]);
  });

  it("is reported by `ingest --check` with a non-zero exit", () => {
    const dir = lexiconDir('{"version":1,');
    const r = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/ingest.ts", "--check"], {
      encoding: "utf8",
      env: { ...process.env, ATLAS_GEODATA_DIR: path.dirname(dir), ATLAS_DATA_DIR: mkdtempSync(path.join(tmpdir(), "lexicon-store-")), ATLAS_SEED_DIR: "none" },
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`lexicon: ${path.join(dir, "actors.local.json")}: not valid JSON`);
  });
});

describe("a malformed base lexicon", () => {
  it("is a server fault naming the file and the field, answered 500, never a 4xx", async () => {
    const { errorResponse } = await import("@/lib/api/errors");
    const dir = lexiconDir('{"version":1,"actors":[]}');
    writeFileSync(path.join(dir, "actors.json"), JSON.stringify({ version: 1, actors: [{ id: "x" }] }));
    let thrown: unknown;
    try {
      loadActorLexicon(dir);
    } catch (e) {
      thrown = e;
    }
    expect(String((thrown as Error).message)).toMatch(new RegExp(`^${path.join(dir, "actors.json").replace(/[.]/g, "\\.")}: actors\\.0\\.`));
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(errorResponse(thrown).status).toBe(500);
  });
});
