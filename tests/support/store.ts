import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDb } from "@/lib/data/connection";
import { forgetCorpus } from "@/lib/data/corpus";

/**
 * Points the data layer at a new, empty SQLite store (no seed unless asked) and forgets the
 * previous connection and caches. Returns the data directory.
 */
export async function freshStore(seed: string = "none"): Promise<string> {
  await closeDb();
  forgetCorpus();
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-store-"));
  process.env.ATLAS_DATA_DIR = dir;
  process.env.ATLAS_SEED_DIR = seed;
  delete process.env.DATABASE_URL;
  return dir;
}
