import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/data/connection";
import { forgetCorpus, loadArticleBundle } from "@/lib/data/corpus";
import { slugFromPath } from "../../scripts/ingest/args";

// The tsx binary directly rather than `npx tsx`: npx may print its own warnings on stderr.
const TSX = path.resolve("node_modules/.bin/tsx");
const SEED = "/work/shared/seed/000_40a8f3811f703089.txt";
let dir: string;

function ingest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, ["scripts/ingest.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ATLAS_DATA_DIR: path.join(dir, "out"), ATLAS_SEED_DIR: "none", ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split("\n").filter(Boolean) };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(path.join(dir, "blank.txt"), " \n\n\t");
  writeFileSync(path.join(dir, "binary.bin"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x0a]));
  writeFileSync(path.join(dir, "big.txt"), "a".repeat(5 * 1024 * 1024 + 1));
  writeFileSync(path.join(dir, "My Article (draft).TXT"), "ISIS lost Raqqa last October.\n");
});

describe("ingest CLI errors: non-zero exit, one line on stderr, no stack", () => {
  it.each([
    ["an empty file", ["empty.txt"], 1, /empty/],
    ["a whitespace-only file", ["blank.txt"], 1, /empty/],
    ["a binary file", ["binary.bin"], 1, /binary|UTF-8/],
    ["invalid UTF-8", ["latin1.txt"], 1, /UTF-8/],
    ["a missing path", ["nope.txt"], 1, /no such file/],
    ["a file over 5 MB", ["big.txt"], 1, /5 MB/],
    ["a directory", ["."], 1, /not a regular file/],
    ["an unsupported --lang", [SEED, "--lang", "fr"], 2, /--lang/],
    ["a malformed --published", [SEED, "--published", "2017-13-01"], 2, /--published/],
    ["a bad --slug", [SEED, "--slug", "../x"], 2, /slug/],
    ["an unknown option", [SEED, "--frobnicate"], 2, /frobnicate/],
    ["no file", [], 2, /missing input file/],
  ])("%s", (_name, args, code, re) => {
    const r = ingest(args.map((a) => (a.includes("/") || a === "." || a.startsWith("-") ? a : path.join(dir, a))));
    expect(r.code).toBe(code);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(re);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});

describe("ingest CLI runs", () => {
  it("--dry-run --json prints the whole result and writes nothing", () => {
    const out = path.join(dir, "dry");
    mkdirSync(out);
    const r = ingest([SEED, "--lang", "ar", "--published", "2017-11", "--dry-run", "--json"], { ATLAS_DATA_DIR: out });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.article.slug).toBe("000_40a8f3811f703089");
    expect(j.article.passages.length).toBe(18);
    expect(j.places.map((p: { id: string }) => p.id)).toContain("region:ne-nigeria");
    expect(j.actors.map((a: { id: string }) => a.id)).toContain("aqap");
    expect(j.claims.length).toBeGreaterThan(5);
    expect(readdirSync(out)).toEqual([]);
  });
  it("reports progress on large input to stderr only, keeping --json stdout clean", () => {
    const big = path.join(dir, "long.txt");
    writeFileSync(big, Array.from({ length: 80 }, () => readFileSync(SEED, "utf8")).join("\n\n"));
    const r = ingest([big, "--dry-run", "--json", "--published", "2017-11"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.passages.length).toBe(80 * 18);
    expect(r.lines.length).toBeGreaterThanOrEqual(5);
    expect(r.lines.every((l) => /^ingest: \d+% \(\d+\/\d+ passages\)$/.test(l))).toBe(true);
  });
  it("writes the article and its claims to the store under a sanitised slug from the file name", async () => {
    const r = ingest([path.join(dir, "My Article (draft).TXT"), "--published", "2017-11"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^my-article-draft: 1 passages, \d+ claims written to .*atlas\.db\n$/);
    process.env.ATLAS_DATA_DIR = path.join(dir, "out");
    process.env.ATLAS_SEED_DIR = "none";
    await closeDb();
    forgetCorpus();
    const b = await loadArticleBundle("my-article-draft");
    expect(b?.article.text).toBe("ISIS lost Raqqa last October.\n");
    expect(b?.article.published).toEqual({ value: "2017-11", precision: "month", inferred: false });
    await closeDb();
  });
  it("refuses to ingest a different text onto an existing slug without --replace, in one line", () => {
    const other = path.join(dir, "other.txt");
    writeFileSync(other, "The Taliban recruited dozens in Kandahar.\n");
    const env = { ATLAS_DATA_DIR: path.join(dir, "replace") };
    expect(ingest([path.join(dir, "My Article (draft).TXT"), "--slug", "same"], env).code).toBe(0);
    const refused = ingest([other, "--slug", "same"], env);
    expect(refused.code).toBe(1);
    expect(refused.lines).toEqual([expect.stringMatching(/^ingest: article "same" already exists with a different text; pass --replace/)]);
    expect(ingest([other, "--slug", "same", "--replace"], env).code).toBe(0);
  });
  it("--check prints one line per curation problem and exits 1; a clean directory exits 0", () => {
    const ok = ingest(["--check", "geodata/articles"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/1 article\(s\), no problems/);
    const bad = path.join(dir, "check");
    mkdirSync(bad);
    for (const f of readdirSync("geodata/articles")) writeFileSync(path.join(bad, f), readFileSync(path.join("geodata/articles", f)));
    const cur = path.join(bad, "000_40a8f3811f703089.curated.json");
    writeFileSync(cur, readFileSync(cur, "utf8").replace('"glosses": {', '"glosses": {\n    "p-gone": { "glossEn": "x", "translation": true },'));
    writeFileSync(path.join(bad, "x.curated.json"), "{");
    const r = ingest(["--check", bad]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      expect.stringMatching(/x\.article\.json: missing/),
      expect.stringMatching(/000_40a8f3811f703089\.curated\.json: gloss for unknown passage p-gone$/),
    ]);
  });
});

describe("slugs from file names", () => {
  it("never give different names the same slug: accents are folded, scripts without ASCII letters get a hash", () => {
    expect(slugFromPath("Report-ä.txt")).toBe("report-a");
    expect(slugFromPath("Report-ö.txt")).toBe("report-o");
    expect(slugFromPath("Ｒｅｐｏｒｔ.txt")).toBe("report");
    const arabic = ["تقرير الرقة.txt", "تقرير الموصل.txt"].map(slugFromPath);
    expect(arabic[0]).toMatch(/^article-[0-9a-f]{8}$/);
    expect(arabic[0]).not.toBe(arabic[1]);
    expect(slugFromPath("دير الزور 2017.txt")).toMatch(/^2017-[0-9a-f]{8}$/);
    expect(slugFromPath("My Article (draft).TXT")).toBe("my-article-draft");
  });
});
