/**
 * `npm run backup -- FILE`: a consistent copy of the SQLite database while the server runs
 * (SQLite's online backup through better-sqlite3). On PostgreSQL, pg_dump does this (README).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { handle } from "../lib/data/connection";
import { DataError } from "../lib/data/errors";
import { run, Usage } from "./data/run";

run("backup", "usage: npm run backup -- FILE", async (args) => {
  if (args.length !== 1 || args[0]!.startsWith("-")) throw new Usage("expected one output file");
  const file = path.resolve(args[0]!);
  if (existsSync(file)) throw new Usage(`${file} exists; choose a new file`);
  const h = await handle();
  if (!h.sqlite) throw new DataError(`the store is ${h.where}: back it up with pg_dump (see README)`);
  const { totalPages } = await h.sqlite.backup(file);
  process.stdout.write(`backed up ${h.where} to ${file} (${totalPages} pages)\n`);
});
