import path from "node:path";

/**
 * Where the data lives. Read at run time from the environment and the working directory (npm
 * scripts, tests and `next start` all run at the repo root), never traced into a bundle.
 */

/** ATLAS_DATA_DIR (default ./data/, gitignored): holds atlas.db and its WAL files. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.ATLAS_DATA_DIR ?? "data");
}

export function sqliteFile(): string {
  return path.join(/*turbopackIgnore: true*/ dataDir(), "atlas.db");
}

/**
 * What an empty database imports on first start: the shipped seed in the exchange format.
 * ATLAS_SEED_DIR overrides it (the bench's synthetic corpus); "none" seeds nothing.
 */
export function seedDir(): string | null {
  const v = process.env.ATLAS_SEED_DIR;
  if (v === "none") return null;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), v ?? "geodata/articles");
}

/** postgres://… selects PostgreSQL; anything else (or nothing) the embedded SQLite file. */
export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

/** host:port/db of a URL, without the credentials, for error messages and logs. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "DATABASE_URL (unparseable)";
  }
}
