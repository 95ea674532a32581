import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Unit tests that read the corpus get a database of their own (one per test file, seeded from
 * geodata/articles on first use), never the developer's ./data/ and never a shared file that two
 * workers would create at once.
 */
process.env.ATLAS_DATA_DIR = mkdtempSync(path.join(tmpdir(), "atlas-unit-"));
delete process.env.DATABASE_URL;
