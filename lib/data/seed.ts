import type { Kysely } from "kysely";
import { seedDir } from "./env";
import { readExchangeDir } from "./exchange";
import type { Database } from "./schema";
import { forgetVersion } from "./version-cache";
import { writeEntries } from "./write";
import { recordAudit } from "./audit";

/**
 * A new database imports the shipped seed (geodata/articles/, or ATLAS_SEED_DIR) once. One bad
 * seed article is left out and logged with its file and field; the others are imported
 * (issue 17 item 1). Claiming `seeded_at` is the transaction's first write, so two processes
 * starting on one new database import it once.
 */
export async function seedIfNeeded(db: Kysely<Database>): Promise<void> {
  const row = await db.selectFrom("corpus").select("seeded_at").where("id", "=", 1).executeTakeFirst();
  if (row?.seeded_at) return;
  const dir = seedDir();
  const read = dir ? readExchangeDir(dir) : { entries: [], problems: [], warnings: [] };
  if (dir && read.problems.length && read.problems[0]?.includes("cannot be read")) read.problems = []; // no seed folder: nothing to import
  for (const p of read.problems) console.error(`atlas data: seed article left out: ${p}`);
  await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("corpus")
      .set((eb) => ({ seeded_at: new Date().toISOString(), version: eb("version", "+", 1) }))
      .where("id", "=", 1)
      .where("seeded_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) return;
    await writeEntries(trx, read.entries, { replace: true, who: "seed", autoAccept: false });
    // The seed's curated claims were reviewed by the team before it shipped: said once per article.
    for (const e of read.entries) {
      const reviewedBy = e.curation?.reviewedBy ?? "the project team";
      await recordAudit(trx, {
        actor: { id: null, email: "seed import" },
        entity: "article",
        entityId: e.slug,
        action: "import",
        before: null,
        after: { reviewedBy, reviewedAt: e.curation?.reviewedAt ?? null, note: "curated claims imported as accepted (reviewed before shipping)" },
      });
    }
  });
  forgetVersion();
}
