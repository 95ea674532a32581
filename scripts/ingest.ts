/**
 * `npm run ingest -- <file> ...`: reads an article, runs the pure pipeline
 * (lib/articles/ingest.ts) and writes <slug>.article.json and <slug>.claims.json atomically.
 * Every failure ends with one line on stderr: exit 2 for usage, 1 for anything else.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ingestText } from "../lib/articles/ingest";
import { writeFilesAtomic } from "../lib/articles/atomic-write";
import { loadMatchers } from "../lib/articles/resources";
import { articleFiles, dataDir } from "../lib/articles/store";
import { InputError, parseCli, USAGE, UsageError } from "./ingest/args";
import { progressReporter } from "./ingest/progress";
import { readInput } from "./ingest/read-input";

function main(): number {
  const opts = parseCli(process.argv.slice(2));
  const text = readInput(opts.file);
  let matchers;
  try {
    matchers = loadMatchers(opts.gazetteer ? { gazetteer: path.resolve(opts.gazetteer) } : {});
  } catch (e) {
    throw new InputError(`cannot load gazetteer or lexicon: ${(e as Error).message.split("\n")[0]}`);
  }
  const result = ingestText(
    text,
    { slug: opts.slug, title: opts.title, source: opts.source, url: opts.url, published: opts.published, lang: opts.lang, onProgress: progressReporter(text.length) },
    matchers,
  );
  if (!opts.dryRun) {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    const f = articleFiles(opts.slug, dir);
    writeFilesAtomic([
      { file: f.article, data: JSON.stringify(result.article, null, 2) + "\n" },
      { file: f.claims, data: JSON.stringify(result.claims, null, 2) + "\n" },
    ]);
    if (!opts.json) {
      process.stdout.write(`${f.article}: ${result.article.passages.length} passages\n${f.claims}: ${result.claims.length} claims\n`);
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  else if (opts.dryRun) process.stdout.write(`dry run: ${result.article.passages.length} passages, ${result.claims.length} claims, nothing written\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  const msg = (e as Error).message.split("\n")[0] ?? String(e);
  if (e instanceof UsageError) {
    process.stderr.write(`ingest: ${msg}\n${USAGE}\n`.split("\n")[0] + "\n");
    process.exitCode = 2;
  } else {
    process.stderr.write(`ingest: ${e instanceof InputError ? msg : `failed: ${msg}`}\n`);
    process.exitCode = 1;
  }
}
