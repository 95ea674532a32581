import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestText } from "../../lib/articles/ingest";
import { loadMatchers } from "../../lib/articles/resources";
import { closeDb, db } from "../../lib/data/connection";
import { inWrite, writeArticle } from "../../lib/data/write";

/**
 * A store for the load test's large-corpus phase: the shipped seed plus `n` synthetic articles,
 * generated here and never shipped. Each is run through the real ingest (gazetteer, lexicon), so
 * its claims are the kind the app serves: places at honest precision, actors, dates. Written
 * through lib/data into a new temp data dir before its server starts; returns that dir, to be
 * passed to the server as ATLAS_DATA_DIR.
 */
const PLACES = ["Mosul", "Raqqa", "Aleppo", "Fallujah", "Ramadi", "Tikrit", "Deir ez-Zor", "Palmyra", "Kirkuk", "Idlib", "Sirte", "Baghdad"];
const ACTORS = ["the Islamic State", "ISIS", "al-Nusra Front", "Hayat Tahrir al-Sham", "al-Qaeda", "al-Shabaab", "Boko Haram"];
const MONTHS = ["January", "March", "May", "June", "August", "October", "December"];

/** Deterministic: the same n gives the same corpus, so runs compare. */
export function syntheticText(i: number): string {
  const pick = <T>(xs: readonly T[], k: number): T => xs[(i * 7 + k * 13) % xs.length]!;
  const year = 2013 + (i % 8);
  const paras = [`Synthetic load report ${i + 1}`];
  for (let k = 0; k < 6; k++) {
    paras.push(
      `In ${pick(MONTHS, k)} ${year}, fighters of ${pick(ACTORS, k)} seized ${pick(PLACES, k)} after a week of clashes. ` +
        `Local officials said ${pick(ACTORS, k + 1)} had recruited dozens of young men in ${pick(PLACES, k + 2)}.`,
    );
  }
  return paras.join("\n\n");
}

export async function syntheticStore(n: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-load500-"));
  const saved = { ATLAS_DATA_DIR: process.env.ATLAS_DATA_DIR, ATLAS_SEED_DIR: process.env.ATLAS_SEED_DIR, DATABASE_URL: process.env.DATABASE_URL };
  process.env.ATLAS_DATA_DIR = dir;
  delete process.env.ATLAS_SEED_DIR; // the shipped seed as well, so /countries/* and the layers have their usual data
  delete process.env.DATABASE_URL;
  try {
    const m = loadMatchers();
    const k = await db();
    await inWrite(k, async (trx) => {
      for (let i = 0; i < n; i++) {
        const r = ingestText(syntheticText(i), { slug: `synthetic-load-${String(i).padStart(3, "0")}`, lang: "en" }, m);
        await writeArticle(trx, { article: r.article, autoClaims: r.claims }, { acceptAs: { id: null, email: "load-test" } });
      }
    });
    await closeDb();
  } finally {
    // The caller hands the dir to its server explicitly; this process's own store is left as it was.
    for (const [key, v] of Object.entries(saved)) v === undefined ? delete process.env[key] : (process.env[key] = v);
  }
  return dir;
}
