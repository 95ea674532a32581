import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic, writeFilesAtomic } from "@/lib/articles/atomic-write";
import { Curation } from "@/lib/articles/curation";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";
import { dataDir, listArticles, loadAllClaims, loadArticleBundle } from "@/lib/articles/store";

const m = loadMatchers({ gazetteer: "tests/fixtures/articles/gazetteer.synthetic.json" });
const text = readFileSync("tests/fixtures/articles/synthetic-ar.txt", "utf8");
let dir: string;
const saved = process.env.ATLAS_DATA_DIR;

function writeArticle(slug: string) {
  const r = ingestText(text, { slug, published: { value: "2017-11", precision: "month", inferred: false } }, m);
  writeFileSync(path.join(dir, `${slug}.article.json`), JSON.stringify(r.article));
  writeFileSync(path.join(dir, `${slug}.claims.json`), JSON.stringify(r.claims));
  return r;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-store-"));
  process.env.ATLAS_DATA_DIR = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.ATLAS_DATA_DIR;
  else process.env.ATLAS_DATA_DIR = saved;
});

describe("article store", () => {
  it("reads from ATLAS_DATA_DIR and lists articles", () => {
    expect(dataDir()).toBe(dir);
    const r = writeArticle("syn-ar");
    expect(listArticles()).toEqual([expect.objectContaining({ slug: "syn-ar", lang: "ar", claims: r.claims.length, curated: false })]);
    expect(loadArticleBundle("syn-ar")?.claims).toEqual(r.claims);
    expect(loadAllClaims()).toHaveLength(r.claims.length);
    expect(loadArticleBundle("missing")).toBeNull();
    expect(loadArticleBundle("../etc")).toBeNull();
  });

  it("applies a curation: patch, remove, add, glosses, metadata; it survives re-ingestion", () => {
    const r = writeArticle("syn-ar");
    const [first, second] = r.claims;
    const p0 = r.article.passages[1]!;
    const added = {
      id: "c-manual-1", article: "syn-ar", passageId: p0.id, span: { start: 0, end: 5 }, quote: p0.text.slice(0, 5),
      kind: "presence", actors: ["isis"], places: [], countries: [], certainty: "asserted", method: "curated", confidence: 1, summary: "ISIS present", note: "why",
    };
    const cur = Curation.parse({
      version: 1, article: "syn-ar",
      metadata: { title: "Synthetic", published: { value: "2017-10", precision: "month", inferred: true }, publishedNote: "test" },
      glosses: { [p0.id]: { glossEn: "ISIS loses positions in Iraq", translation: true, glossNote: "headline" } },
      patch: [{ id: first!.id, set: { certainty: "hedged", summary: "patched" } }],
      remove: [{ id: second!.id, reason: "duplicate" }],
      add: [added],
    });
    writeFileSync(path.join(dir, "syn-ar.curated.json"), JSON.stringify(cur));
    const check = () => {
      const b = loadArticleBundle("syn-ar")!;
      expect(b.warnings).toEqual([]);
      expect(b.article.title).toBe("Synthetic");
      expect(b.article.passages[1]).toMatchObject({ glossEn: "ISIS loses positions in Iraq", glossNote: "headline" });
      expect(b.claims.find((c) => c.id === first!.id)).toMatchObject({ certainty: "hedged", summary: "patched", method: "curated" });
      expect(b.claims.some((c) => c.id === second!.id)).toBe(false);
      expect(b.claims.find((c) => c.id === "c-manual-1")).toMatchObject({ method: "curated" });
      expect(b.notes["c-manual-1"]).toBe("why");
    };
    check();
    writeArticle("syn-ar"); // re-ingest the same text: ids are stable, curation still applies
    check();
  });

  it("reports stale references and drops curated claims whose quote is not in the passage", () => {
    const r = writeArticle("syn-ar");
    const p = r.article.passages[2]!;
    const bad = { ...r.claims[0]!, id: "c-bad", method: "curated", passageId: p.id, quote: "not there", span: { start: 0, end: 9 } };
    writeFileSync(path.join(dir, "syn-ar.curated.json"), JSON.stringify({ version: 1, article: "syn-ar", remove: [{ id: "c-gone" }], glosses: { "p-nope": { glossEn: "x", translation: true } }, add: [bad] }));
    const b = loadArticleBundle("syn-ar")!;
    expect(b.warnings.join("\n")).toMatch(/unknown claim c-gone/);
    expect(b.warnings.join("\n")).toMatch(/unknown passage p-nope/);
    expect(b.warnings.join("\n")).toMatch(/c-bad: quote/);
    expect(b.claims.some((c) => c.id === "c-bad")).toBe(false);
  });

  it("the committed seed bundle loads from a copy of geodata/articles", () => {
    const copy = path.join(dir, "copy");
    cpSync("geodata/articles", copy, { recursive: true });
    expect(listArticles(copy).map((a) => a.slug)).toContain("000_40a8f3811f703089");
  });
});

describe("atomic writes", () => {
  it("replaces a file in one step and leaves no temp files", () => {
    const f = path.join(dir, "a.json");
    writeFileAtomic(f, "old");
    writeFileAtomic(f, "new");
    expect(readFileSync(f, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });
  it("a failed write leaves the old file intact", () => {
    const f = path.join(dir, "a.json");
    writeFileAtomic(f, "old");
    const blocker = path.join(dir, "b.json");
    mkdirSync(path.join(blocker, "full"), { recursive: true }); // renaming a file onto a non-empty directory fails
    expect(() => writeFilesAtomic([{ file: f, data: "new" }, { file: path.join(dir, "nodir", "c.json"), data: "x" }])).toThrow();
    expect(readFileSync(f, "utf8")).toBe("old");
    expect(() => writeFileAtomic(blocker, "x")).toThrow();
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json"]);
  });
  it("does not touch the target when the directory is not writable", () => {
    if (process.getuid?.() === 0) return; // root ignores permissions
    const sub = path.join(dir, "ro");
    mkdirSync(sub);
    const f = path.join(sub, "a.json");
    writeFileAtomic(f, "old");
    chmodSync(sub, 0o500);
    expect(() => writeFileAtomic(f, "new")).toThrow();
    chmodSync(sub, 0o700);
    expect(readFileSync(f, "utf8")).toBe("old");
  });
});
