/**
 * `npm run ingest -- <file> ...`: reads an article, runs the pure pipeline
 * (lib/articles/ingest.ts) and writes it to the store in one transaction (lib/data/).
 * `npm run ingest -- --check [DIR]` validates the stored articles' curations (or an exchange
 * directory before `npm run import`) and geodata/lexicon/actors.local.json, one line per problem.
 * Every failure ends with one line on stderr: exit 2 for usage, 1 for anything else.
 */
import path from "node:path";
import { loadMatchers, localLexiconProblem } from "../lib/articles/resources";
import { cliActor } from "../lib/data/audit";
import { closeDb, db, handle } from "../lib/data/connection";
import { ConflictError, DataError } from "../lib/data/errors";
import { readExchangeDir } from "../lib/data/exchange";
import { prepareArticle, saveArticle } from "../lib/intake/article-write";
import { InputError, parseCli, USAGE, UsageError } from "./ingest/args";
import { progressReporter } from "./ingest/progress";
import { readInput } from "./ingest/read-input";

/** --check: problems and curation warnings, one line each; exit 1 when there is any. */
async function check(dir: string | undefined): Promise<number> {
  let lines: string[];
  let count: number;
  if (dir) {
    const r = readExchangeDir(path.resolve(dir));
    lines = [...r.problems, ...r.warnings];
    count = r.entries.length;
  } else {
    const k = await db();
    const rows = await k.selectFrom("articles").select(["slug", "warnings_json"]).orderBy("slug").execute();
    lines = rows.flatMap((r) => (JSON.parse(r.warnings_json) as string[]).map((w) => `${r.slug}: ${w}`));
    count = rows.length;
  }
  // A broken actors.local.json does not stop the app (the base lexicon is used), so say it here.
  const lexicon = localLexiconProblem();
  if (lexicon) lines.unshift(`lexicon: ${lexicon}`);
  for (const l of lines) process.stdout.write(`${l}\n`);
  if (lines.length) process.stderr.write(`ingest --check: ${lines.length} problem(s)\n`);
  else process.stdout.write(`ingest --check: ${count} article(s), no problems\n`);
  return lines.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "--check") {
    if (argv.length > 2) throw new UsageError("--check takes at most one directory");
    return check(argv[1]);
  }
  const opts = parseCli(argv);
  const text = readInput(opts.file);
  let matchers;
  try {
    matchers = loadMatchers(opts.gazetteer ? { gazetteer: path.resolve(opts.gazetteer) } : {});
  } catch (e) {
    throw new InputError(`cannot load gazetteer or lexicon: ${(e as Error).message.split("\n")[0]}`);
  }
  const prepared = prepareArticle(
    text,
    { slug: opts.slug, title: opts.title, source: opts.source, url: opts.url, published: opts.published, lang: opts.lang, onProgress: progressReporter(text.length) },
    matchers,
  );
  // What one article may produce is bounded (issue 17 item 5): the write bounds what it stores
  // and keeps the message with the article; here it is said at once and bounds what is printed.
  const result = prepared.result;
  if (prepared.boundMessage) process.stderr.write(`ingest: ${opts.slug}: ${prepared.boundMessage}\n`);
  if (!opts.dryRun) {
    const h = await handle();
    const { warnings } = await saveArticle(h.db, prepared, { replace: opts.replace, actor: cliActor(), ...(opts.accept ? { acceptAs: cliActor() } : {}) });
    if (!opts.json) {
      process.stdout.write(`${opts.slug}: ${result.article.passages.length} passages, ${result.claims.length} claims written to ${h.where}\n`);
      for (const w of warnings) if (w !== prepared.boundMessage) process.stdout.write(`${opts.slug}: ${w}\n`);
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  else if (opts.dryRun) process.stdout.write(`dry run: ${result.article.passages.length} passages, ${result.claims.length} claims, nothing written\n`);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((e) => {
    const msg = (e as Error).message.split("\n")[0] ?? String(e);
    if (e instanceof UsageError) {
      process.stderr.write(`ingest: ${msg}\n${USAGE}\n`.split("\n")[0] + "\n");
      process.exitCode = 2;
    } else {
      const plain = e instanceof InputError || e instanceof ConflictError || e instanceof DataError;
      process.stderr.write(`ingest: ${plain ? msg : `failed: ${msg}`}\n`);
      process.exitCode = 1;
    }
  })
  .finally(() => closeDb());
