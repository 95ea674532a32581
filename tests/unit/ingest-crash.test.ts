import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleFiles, ClaimsFile, listArticles, loadArticleBundle } from "@/lib/articles/store";
import { Article } from "@/lib/schema/article";

/**
 * SIGKILL the ingest CLI mid-run, at the moments that matter (while the temp files are being
 * written, between the renames) and at spread-out delays, over a data dir that already holds an
 * older version of the article. Each file must then be the complete old or the complete new one,
 * and nothing half-written may be left where the store would read it.
 */
const ROOT = path.resolve(__dirname, "../..");
const SLUG = "crash-test";
const work = mkdtempSync(path.join(tmpdir(), "atlas-crash-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MARK = "SYNTHETIC TEST FIXTURE — not news";
const SENTENCES = [
  "Fighters of ISIS were reported near Raqqa and Mosul in March 2017.",
  "أفادت تقارير بأن مقاتلي تنظيم داعش انسحبوا من الرقة والموصل.",
  "The Taliban recruited dozens of young men in Kandahar, a local official said.",
  "أعلنت جماعة بوكو حرام مسؤوليتها عن هجوم في مايدوغوري.",
];

/** Synthetic text of about `bytes`, big enough that writing its JSON takes a while. */
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

function ingest(input: string, dir: string): ChildProcess {
  // One process (no npx/tsx wrapper in between), in its own group, so a SIGKILL hits the writer itself.
  return spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", input, "--slug", SLUG], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_DATA_DIR: dir },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
}

async function finish(child: ChildProcess): Promise<number | null> {
  const [code] = (await once(child, "exit")) as [number | null];
  return code;
}

function snapshot(dir: string) {
  const f = articleFiles(SLUG, dir);
  return { article: readFileSync(f.article, "utf8"), claims: readFileSync(f.claims, "utf8") };
}

const oldDir = path.join(work, "old");
const newDir = path.join(work, "new");
let oldFiles: ReturnType<typeof snapshot>;
let newFiles: ReturnType<typeof snapshot>;
let bigInput = "";
let fullRunMs = 0;

/** Runs one ingest over a copy of the old version and kills it when `trigger` says so. */
async function killedRun(name: string, trigger: (dir: string, kill: () => void) => void) {
  const dir = path.join(work, name);
  cpSync(oldDir, dir, { recursive: true });
  const child = ingest(bigInput, dir);
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  const sawTmp: string[] = [];
  const watcher = watch(dir, (_e, file) => file?.endsWith(".tmp") && sawTmp.push(file));
  trigger(dir, kill);
  const code = await finish(child);
  watcher.close();
  return { dir, code, signal: child.signalCode, sawTmp };
}

function expectOldOrNew(dir: string, what: string) {
  const f = articleFiles(SLUG, dir);
  const now = snapshot(dir);
  expect([oldFiles.article, newFiles.article], `${what}: article file`).toContain(now.article);
  expect([oldFiles.claims, newFiles.claims], `${what}: claims file`).toContain(now.claims);
  expect(() => Article.parse(JSON.parse(now.article))).not.toThrow();
  expect(() => ClaimsFile.parse(JSON.parse(now.claims))).not.toThrow();
  // Leftovers may only be the writer's hidden temp files, which no reader of the store opens.
  const others = readdirSync(dir).filter((n) => n !== path.basename(f.article) && n !== path.basename(f.claims));
  for (const n of others) expect(n, `${what}: stray file`).toMatch(/^\..+\.tmp$/);
  expect(listArticles(dir).map((a) => a.slug)).toEqual([SLUG]);
  expect(loadArticleBundle(SLUG, dir)).not.toBeNull();
}

describe("ingest killed mid-run", () => {
  it("prepares an old version and measures a full run of the new one", async () => {
    mkdirSync(oldDir);
    expect(await finish(ingest(fixture("old", 20_000), oldDir))).toBe(0);
    oldFiles = snapshot(oldDir);
    bigInput = fixture("new", 1_500_000);
    cpSync(oldDir, newDir, { recursive: true });
    // Twice: the first run also fills tsx's compile cache, so the second is the one to time.
    for (let i = 0; i < 2; i++) {
      const t0 = Date.now();
      expect(await finish(ingest(bigInput, newDir))).toBe(0);
      fullRunMs = Date.now() - t0;
    }
    newFiles = snapshot(newDir);
    expect(newFiles.article).not.toBe(oldFiles.article);
  }, 120_000);

  it("leaves the old or the new file when killed while the temp files are written or renamed", async () => {
    const onTmp = (nth: number) => (dir: string, kill: () => void) => {
      let seen = 0;
      const w = watch(dir, (_e, file) => {
        if (file?.endsWith(".tmp") && ++seen >= nth) (kill(), w.close());
      });
    };
    // Watch events on temp files (created, written, renamed away): kill at the 1st, 3rd and 5th.
    for (const [name, trigger] of [["tmp-event-1", onTmp(1)], ["tmp-event-3", onTmp(3)], ["tmp-event-5", onTmp(5)]] as const) {
      const r = await killedRun(name, trigger);
      expectOldOrNew(r.dir, name);
    }
    const mid = await killedRun("first-tmp-again", onTmp(1));
    expect(mid.signal, "the kill landed before the run ended").toBe("SIGKILL");
    expect(mid.sawTmp.length, "a temp file existed when the writer was killed").toBeGreaterThan(0);
  }, 120_000);

  it("leaves the old or the new file when killed after spread-out delays", async () => {
    // Where these land depends on the machine's load, so no count of them is asserted: the
    // watch-event kills above are the ones sure to hit a write. These add other moments.
    const fractions = [0.25, 0.5, 0.7, 0.85, 0.95];
    for (const f of fractions) {
      const r = await killedRun(`delay-${f}`, (_dir, kill) => setTimeout(kill, fullRunMs * f));
      expectOldOrNew(r.dir, `killed at ${Math.round(fullRunMs * f)} ms`);
      expect(existsSync(articleFiles(SLUG, r.dir).article)).toBe(true);
    }
  }, 180_000);
});
