import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "@/lib/articles/atomic-write";
import { articlesVersion, forgetVersions, scanVersion } from "@/lib/articles/version";

// Counted, to show a cached version costs no listing of the folder.
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  return { ...fs, readdirSync: vi.fn(fs.readdirSync) };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-version-"));
  writeFileSync(path.join(dir, "syn.article.json"), '{"synthetic":1}');
});
afterEach(() => {
  forgetVersions();
  rmSync(dir, { recursive: true, force: true });
});

describe("articlesVersion", () => {
  it("is the folder's listing, and stays put while nothing changes", () => {
    const v = articlesVersion(dir);
    expect(v).toBe(scanVersion(dir));
    expect(v).toMatch(/^syn\.article\.json:15:/);
    vi.mocked(readdirSync).mockClear();
    expect(articlesVersion(dir)).toBe(v);
    expect(articlesVersion(dir)).toBe(v);
    expect(readdirSync).not.toHaveBeenCalled();
  });

  it("sees an atomic write (temp file, then rename) on the very next call", () => {
    const before = articlesVersion(dir);
    writeFileAtomic(path.join(dir, "syn.claims.json"), "[]");
    const after = articlesVersion(dir);
    expect(after).not.toBe(before);
    expect(after).toContain("syn.claims.json:2:");
  });

  it("sees a file rewritten in place, which leaves the folder's mtime alone", async () => {
    const file = path.join(dir, "syn.article.json");
    const before = articlesVersion(dir);
    const dirMtime = statSync(dir, { bigint: true }).mtimeNs;
    writeFileSync(file, '{"synthetic":22}');
    expect(statSync(dir, { bigint: true }).mtimeNs).toBe(dirMtime);
    // The watcher's event arrives on a later turn of the event loop.
    await vi.waitFor(() => expect(articlesVersion(dir)).not.toBe(before), { timeout: 3000, interval: 20 });
    expect(articlesVersion(dir)).toContain("syn.article.json:16:");
  });

  it("ignores files that are not JSON (e.g. an interrupted ingest's .tmp)", () => {
    const before = articlesVersion(dir);
    writeFileSync(path.join(dir, "syn.claims.json.123.tmp"), "[");
    expect(articlesVersion(dir)).toBe(before);
  });

  it('is "none" for a folder that is not there', () => {
    const gone = path.join(dir, "missing");
    expect(articlesVersion(gone)).toBe("none");
    expect(articlesVersion(path.join(dir, "syn.article.json", "x"))).toBe("none");
  });
});
