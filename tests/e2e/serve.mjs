// Starts the production server for the browser tests on a copy of the articles plus one
// SYNTHETIC hostile article (markup in its text and title), so the tests can check that
// article text is always shown as text. The committed geodata/ is never touched.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = process.argv[2] ?? "3210";
const dataDir = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
cpSync("geodata/articles", dataDir, { recursive: true });
execFileSync(
  "node_modules/.bin/tsx",
  [
    "scripts/ingest.ts",
    "tests/fixtures/e2e/hostile-synthetic.txt",
    "--slug",
    "synthetic-hostile",
    "--lang",
    "en",
    "--published",
    "2017-11",
    "--title",
    'SYNTHETIC <b onmouseover="window.__pwned=1">hostile</b> fixture',
    "--accept",
  ],
  { env: { ...process.env, ATLAS_DATA_DIR: dataDir }, stdio: ["ignore", "ignore", "inherit"] },
);
// Two SYNTHETIC reports of one event (ISIS recruiting in Tal Afar on 10 July 2017) from two
// outlets, worded differently: the popup must list both passages as one event (issue 16 §1).
for (const [file, slug, source] of [
  ["corroborated-wire-synthetic", "synthetic-corroborated-wire", "Synthetic Wire"],
  ["corroborated-paper-synthetic", "synthetic-corroborated-paper", "Synthetic Paper"],
]) {
  execFileSync(
    "node_modules/.bin/tsx",
    [
      "scripts/ingest.ts",
      `tests/fixtures/e2e/${file}.txt`,
      "--slug",
      slug,
      "--lang",
      "en",
      "--published",
      "2017-07-12",
      "--source",
      source,
      "--title",
      `SYNTHETIC ${source}`,
      "--accept",
    ],
    {
      env: { ...process.env, ATLAS_DATA_DIR: dataDir },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
// A SYNTHETIC long article (generated here, never committed) that the reader shows in pages.
// Its sentences name no group or place, so it adds no claims to the map's tests.
const long = join(dataDir, "long-synthetic.txt");
writeFileSync(long, Array.from({ length: 700 }, (_, i) => `This is line ${i + 1} of a long synthetic text.${i % 5 === 4 ? "\n\n" : " "}`).join(""));
execFileSync("node_modules/.bin/tsx", ["scripts/ingest.ts", long, "--slug", "synthetic-long", "--lang", "en", "--title", "SYNTHETIC long fixture", "--accept"], {
  env: { ...process.env, ATLAS_DATA_DIR: dataDir },
  stdio: ["ignore", "ignore", "inherit"],
});

// The workspace's tests (workspace.spec.ts): an editor, and an article whose claims wait for
// review (the seed article's text under another slug, ingested without --accept).
execFileSync("node_modules/.bin/tsx", ["scripts/user.ts", "add", "editor@example.org", "--role", "editor"], {
  env: { ...process.env, ATLAS_DATA_DIR: dataDir },
  input: "review the map at dawn\n",
  stdio: ["pipe", "ignore", "inherit"],
});
const review = join(dataDir, "review-copy.txt");
writeFileSync(review, JSON.parse(readFileSync("geodata/articles/000_40a8f3811f703089.article.json", "utf8")).text);
execFileSync("node_modules/.bin/tsx", ["scripts/ingest.ts", review, "--slug", "review-copy", "--lang", "ar", "--title", "Review copy of the seed article"], {
  env: { ...process.env, ATLAS_DATA_DIR: dataDir },
  stdio: ["ignore", "ignore", "inherit"],
});

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", port], {
  env: { ...process.env, ATLAS_DATA_DIR: dataDir },
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
