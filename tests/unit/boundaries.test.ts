import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The data layer's boundaries (.dependency-cruiser.cjs) run on a small tree that breaks each of
 * them once, laid out like the repo (components/, lib/, lib/data/) in a temporary directory.
 */
const REPO = path.resolve(".");
const FILES: Record<string, string> = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, module: "esnext", moduleResolution: "bundler", jsx: "react-jsx" } }),
  // A client component reaching the store through a server loader: the case server-only guards.
  "components/ArticleCount.tsx": `"use client";\nimport { count } from "../lib/articles/load";\nexport const n = count;\n`,
  // Type-only imports vanish when compiled: neither a bundle nor a cycle sees them.
  "components/ArticleTitle.tsx": `import type { Row } from "../lib/data/rows";\nexport const title = (r: Row) => r.title;\n`,
  "lib/articles/load.ts": `import { read } from "../data/corpus";\nexport const count = read().length;\n`,
  "lib/data/corpus.ts": `import "server-only";\nimport Database from "better-sqlite3";\nexport const read = () => [Database];\n`,
  "lib/data/rows.ts": `export type Row = { title: string };\n`,
  "lib/geo/shortcut.ts": `import Database from "better-sqlite3";\nexport const open = () => new Database(":memory:");\n`,
  "lib/legend.ts": `import { n } from "../components/ArticleCount";\nexport const label = String(n);\n`,
  "lib/view/a.ts": `import { b } from "./b";\nexport const a = () => b();\n`,
  "lib/view/b.ts": `import { a } from "./a";\nexport const b = () => a;\n`,
};

type Violation = { rule: { name: string }; from: string; to: string };
let dir = "";
let violations: Violation[] = [];
const broken = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} -> ${v.to}`);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "atlas-boundaries-"));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
  let out: string;
  try {
    out = execFileSync(path.join(REPO, "node_modules/.bin/depcruise"), ["components", "lib", "--config", path.join(REPO, ".dependency-cruiser.cjs"), "--output-type", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exits non-zero on errors: that is the point
  }
  violations = JSON.parse(out).summary.violations;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the data layer's boundaries", () => {
  it("reject a component whose imports lead to lib/data, however indirectly", () => {
    expect(broken("components-reach-data")).toContain("components/ArticleCount.tsx -> lib/data/corpus.ts");
  });
  it("reject a component whose imports lead to a server-only module", () => {
    expect(broken("components-import-server-only").some((v) => v.startsWith("components/ArticleCount.tsx"))).toBe(true);
  });
  it("let a component import a type from lib/data (nothing of it is bundled)", () => {
    expect(violations.filter((v) => v.from === "components/ArticleTitle.tsx")).toEqual([]);
  });
  it("reject a database driver opened outside lib/data, and allow it inside", () => {
    const drivers = broken("db-driver-outside-data");
    expect(drivers.some((v) => /^lib\/geo\/shortcut\.ts -> .*node_modules\/better-sqlite3\//.test(v))).toBe(true);
    expect(drivers.some((v) => v.startsWith("lib/data/"))).toBe(false);
  });
  it("reject lib/ importing from components/", () => {
    expect(broken("lib-imports-ui")).toContain("lib/legend.ts -> components/ArticleCount.tsx");
  });
  it("reject a cycle in lib/", () => {
    expect(broken("lib-cycle").length).toBeGreaterThan(0);
  });
});
