/**
 * `npm run import -- DIR [--replace] [--accept]`: reads exchange files back, all or nothing. An
 * article already stored with a different text is refused unless --replace; --accept accepts the
 * automatic claims as the CLI user's decision (recorded), so the public map serves them.
 */
import path from "node:path";
import { cliActor } from "../lib/data/audit";
import { handle } from "../lib/data/connection";
import { importFrom } from "../lib/data/transfer";
import { run, Usage } from "./data/run";

run("import", "usage: npm run import -- DIR [--replace] [--accept]", async (args) => {
  const replace = args.includes("--replace");
  const accept = args.includes("--accept");
  const rest = args.filter((a) => a !== "--replace" && a !== "--accept");
  if (rest.length !== 1 || rest[0]!.startsWith("-")) throw new Usage("expected one input directory");
  const h = await handle();
  const { count, warnings } = await importFrom(h.db, path.resolve(rest[0]!), { replace, ...(accept ? { acceptAs: cliActor() } : {}) });
  for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
  process.stdout.write(`imported ${count} article(s) into ${h.where}\n`);
});
