/**
 * A fault of the store itself (a corrupt or foreign database file, an unreachable server, a
 * schema from a newer version of the app): never the client's fault, so routes answer 5xx, and
 * the CLI prints the one-line message and exits non-zero.
 */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataError";
  }
}

/** A write that would lose data the caller did not mean to replace (ingest onto another text). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** An exchange file (import, seed, --check) that fails its schema: names the file and the field. */
export class ExchangeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems[0] ?? "invalid exchange directory");
    this.name = "ExchangeError";
  }
}
