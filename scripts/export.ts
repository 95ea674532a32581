/** `npm run export -- DIR`: every article, its automatic claims and its curation, as today's JSON files. */
import path from "node:path";
import { handle } from "../lib/data/connection";
import { exportTo } from "../lib/data/transfer";
import { run, Usage } from "./data/run";

run("export", "usage: npm run export -- DIR", async (args) => {
  if (args.length !== 1 || args[0]!.startsWith("-")) throw new Usage("expected one output directory");
  const dir = path.resolve(args[0]!);
  const h = await handle();
  const n = await exportTo(h.db, dir);
  process.stdout.write(`exported ${n} article(s) from ${h.where} to ${dir}\n`);
});
