import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/data/connection";
import { forgetCorpus, listArticles, loadArticleBundle } from "@/lib/data/corpus";

/**
 * SIGKILL the ingest CLI mid-run over a store that already holds an older version of the
 * article: inside its write transaction (held open by the test hook, so the kill lands there
 * for certain) and at spread-out delays. The database must then hold the complete old or the
 * complete new article, pass SQLite's integrity check, and take the next ingest.
 */
const ROOT = path.resolve(__dirname, "../..");
const SLUG = "crash-test";
const work = mkdtempSync(path.join(tmpdir(), "atlas-crash-"));
afterAll(async () => {
  await closeDb();
  rmSync(work, { recursive: true, force: true });
});

const MARK = "SYNTHETIC TEST FIXTURE — not news";
const SENTENCES = [
  "Fighters of ISIS were reported near Raqqa and Mosul in March 2017.",
  "أفادت تقارير بأن مقاتلي تنظيم داعش انسحبوا من الرقة والموصل.",
  "The Taliban recruited dozens of young men in Kandahar, a local official said.",
  "أعلنت جماعة بوكو حرام مسؤوليتها عن هجوم في مايدوغوري.",
];

/** Synthetic text of about `bytes`, big enough that writing its rows takes a while. */
function fixture(name: string, bytes: number): string {
  const parts = [MARK];
  for (let i = 0, size = 0; size < bytes; i++) {
    parts.push(`${SENTENCES[i % SENTENCES.length]} (${name} ${i})`);
    size += Buffer.byteLength(parts.at(-1)!) + 2;
  }
  const file = path.join(work, `${name}.txt`);
  writeFileSync(file, parts.join("\n\n") + "\n");
  return file;
}

function ingest(input: string, dir: string, env: Record<string, string> = {}): ChildProcess {
  // One process (no npx/tsx wrapper in between), in its own group, so a SIGKILL hits the writer itself.
  return spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", input, "--slug", SLUG, "--replace", "--accept"], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_DATA_DIR: dir, ATLAS_SEED_DIR: "none", ...env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
}

async function finish(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const [code] = (await once(child, "exit")) as [number | null];
  return code;
}

/** What the store holds for the article, read as the server reads it. */
async function stored(dir: string) {
  await closeDb();
  forgetCorpus();
  process.env.ATLAS_DATA_DIR = dir;
  process.env.ATLAS_SEED_DIR = "none";
  const b = await loadArticleBundle(SLUG);
  const slugs = (await listArticles()).map((a) => a.slug);
  await closeDb();
  return { sha: b?.article.sha256, claims: b?.claims.length, passages: b?.article.passages.length, slugs };
}

function integrity(dir: string): string {
  const d = new BetterSqlite3(path.join(dir, "atlas.db"));
  try {
    return d.pragma("integrity_check", { simple: true }) as string;
  } finally {
    d.close();
  }
}

const oldDir = path.join(work, "old");
const newDir = path.join(work, "new");
let oldState: Awaited<ReturnType<typeof stored>>;
let newState: Awaited<ReturnType<typeof stored>>;
let bigInput = "";
let fullRunMs = 0;

async function killedRun(name: string, env: Record<string, string>, trigger: (child: ChildProcess, kill: () => void) => void) {
  const dir = path.join(work, name);
  cpSync(oldDir, dir, { recursive: true });
  const child = ingest(bigInput, dir, env);
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  trigger(child, kill);
  await finish(child);
  return { dir, signal: child.signalCode };
}

async function expectOldOrNew(dir: string, what: string) {
  expect(integrity(dir), `${what}: integrity`).toBe("ok");
  const now = await stored(dir);
  expect([oldState, newState], `${what}: the article is the old or the new one, whole`).toContainEqual(now);
  return now;
}

describe("ingest killed mid-run", () => {
  it("prepares an old version and measures a full run of the new one", async () => {
    mkdirSync(oldDir);
    expect(await finish(ingest(fixture("old", 20_000), oldDir))).toBe(0);
    oldState = await stored(oldDir);
    bigInput = fixture("new", 1_500_000);
    cpSync(oldDir, newDir, { recursive: true });
    // Twice: the first run also fills tsx's compile cache, so the second is the one to time.
    for (let i = 0; i < 2; i++) {
      const t0 = Date.now();
      expect(await finish(ingest(bigInput, newDir))).toBe(0);
      fullRunMs = Date.now() - t0;
    }
    newState = await stored(newDir);
    expect(newState.sha).not.toBe(oldState.sha);
    expect(newState.claims).toBeGreaterThan(oldState.claims!);
  }, 120_000);

  it("leaves the old article when killed inside its write transaction, after every row was written", async () => {
    const r = await killedRun("in-transaction", { ATLAS_TEST_STALL_WRITE_MS: "60000" }, (child, kill) => {
      child.stderr!.on("data", (d: Buffer) => d.toString().includes("inside the write transaction") && kill());
    });
    expect(r.signal, "the kill landed inside the transaction").toBe("SIGKILL");
    expect(await expectOldOrNew(r.dir, "in transaction")).toEqual(oldState);
    // The store takes the next write: no lock or journal left in the way.
    expect(await finish(ingest(bigInput, r.dir))).toBe(0);
    expect(await stored(r.dir)).toEqual(newState);
  }, 120_000);

  it("leaves the old or the new article when killed after spread-out delays", async () => {
    // Where these land depends on the machine's load, so no count of them is asserted: the
    // in-transaction kill above is the one sure to hit a write. These add other moments.
    for (const f of [0.5, 0.85, 0.95]) {
      const r = await killedRun(`delay-${f}`, {}, (_child, kill) => setTimeout(kill, fullRunMs * f));
      await expectOldOrNew(r.dir, `killed at ${Math.round(fullRunMs * f)} ms`);
    }
  }, 180_000);
});
