import { closeDb } from "../../lib/data/connection";
import { ConflictError, DataError, ExchangeError } from "../../lib/data/errors";

export class Usage extends Error {}

/**
 * Runs a data command: its output on stdout; a failure is one line on stderr per problem (no
 * stack), exit 2 for usage and 1 for anything else. The connection is closed at the end so the
 * process exits (a PostgreSQL pool would keep it alive).
 */
export function run(name: string, usage: string, main: (args: string[]) => Promise<void>): void {
  main(process.argv.slice(2))
    .catch((e) => {
      if (e instanceof Usage) {
        process.stderr.write(`${name}: ${e.message} (${usage})\n`);
        process.exitCode = 2;
        return;
      }
      const lines = e instanceof ExchangeError ? e.problems : [(e as Error).message.split("\n")[0] ?? String(e)];
      const known = e instanceof DataError || e instanceof ConflictError || e instanceof ExchangeError;
      for (const l of lines) process.stderr.write(`${name}: ${known ? l : `failed: ${l}`}\n`);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
