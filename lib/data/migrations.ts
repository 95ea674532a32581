import { type Kysely, type Migration, Migrator, sql } from "kysely";
import { DataError } from "./errors";

/**
 * Versioned migrations, in code: Next bundles the server, so there is no migrations folder to
 * read at run time. Append new ones; never edit one that has shipped.
 */
export type Dialect = "sqlite" | "postgres";

function migrations(dialect: Dialect): Record<string, Migration> {
  const serial = dialect === "postgres" ? "serial" : "integer";
  return {
    "0001_corpus": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("corpus")
          .addColumn("id", "integer", (c) => c.primaryKey())
          .addColumn("version", "integer", (c) => c.notNull())
          .addColumn("seeded_at", "text")
          .execute();
        await db
          .insertInto("corpus" as never)
          .values({ id: 1, version: 0, seeded_at: null } as never)
          .execute();
        await db.schema
          .createTable("articles")
          .addColumn("slug", "text", (c) => c.primaryKey())
          .addColumn("title", "text", (c) => c.notNull())
          .addColumn("lang", "text", (c) => c.notNull())
          .addColumn("source", "text")
          .addColumn("url", "text")
          .addColumn("published", "text")
          .addColumn("published_note", "text")
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("sha256", "text", (c) => c.notNull())
          .addColumn("ingested_json", "text", (c) => c.notNull())
          .addColumn("auto_claims_json", "text", (c) => c.notNull())
          .addColumn("warnings_json", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("passages")
          .addColumn("article", "text", (c) => c.notNull().references("articles.slug").onDelete("cascade"))
          .addColumn("id", "text", (c) => c.notNull())
          .addColumn("ord", "integer", (c) => c.notNull())
          .addColumn("start_offset", "integer", (c) => c.notNull())
          .addColumn("end_offset", "integer", (c) => c.notNull())
          .addColumn("paragraph", "integer", (c) => c.notNull())
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("gloss_en", "text")
          .addColumn("gloss_note", "text")
          .addPrimaryKeyConstraint("passages_pk", ["article", "id"])
          .execute();
        await db.schema
          .createTable("claims")
          .addColumn("article", "text", (c) => c.notNull().references("articles.slug").onDelete("cascade"))
          .addColumn("id", "text", (c) => c.notNull())
          .addColumn("ord", "integer", (c) => c.notNull())
          .addColumn("passage_id", "text", (c) => c.notNull())
          .addColumn("kind", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('proposed', 'accepted', 'rejected')`))
          .addColumn("method", "text", (c) => c.notNull())
          .addColumn("date_value", "text")
          .addColumn("data", "text", (c) => c.notNull())
          .addColumn("note", "text")
          .addPrimaryKeyConstraint("claims_pk", ["article", "id"])
          .execute();
        await db.schema.createIndex("claims_kind").on("claims").columns(["kind", "status"]).execute();
        await db.schema.createIndex("claims_date").on("claims").column("date_value").execute();
        for (const [table, col] of [
          ["claim_places", "place_id"],
          ["claim_actors", "actor_id"],
          ["claim_countries", "iso3"],
        ] as const) {
          let t = db.schema
            .createTable(table)
            .addColumn("article", "text", (c) => c.notNull().references("articles.slug").onDelete("cascade"))
            .addColumn("claim_id", "text", (c) => c.notNull())
            .addColumn(col, "text", (c) => c.notNull());
          if (table === "claim_places") t = t.addColumn("precision", "text", (c) => c.notNull());
          await t.execute();
          await db.schema.createIndex(`${table}_${col}`).on(table).column(col).execute();
          await db.schema.createIndex(`${table}_claim`).on(table).columns(["article", "claim_id"]).execute();
        }
        await db.schema
          .createTable("curations")
          .addColumn("article", "text", (c) => c.primaryKey().references("articles.slug").onDelete("cascade"))
          .addColumn("json", "text", (c) => c.notNull())
          .addColumn("reviewed_by", "text")
          .addColumn("reviewed_at", "text")
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        // No foreign key: the history of an article outlives the article.
        await db.schema
          .createTable("curation_history")
          .addColumn("id", serial, (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn("article", "text", (c) => c.notNull())
          .addColumn("at", "text", (c) => c.notNull())
          .addColumn("who", "text")
          .addColumn("before_json", "text")
          .addColumn("after_json", "text")
          .execute();
        await db.schema.createIndex("curation_history_article").on("curation_history").columns(["article", "at"]).execute();
      },
    },
    // Which article each version changed: a reader patches its corpus from these rows instead of
    // reading every article again (issue 14 §2: one ingest must not re-read the others).
    "0002_corpus_changes": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("corpus_changes")
          .addColumn("version", "integer", (c) => c.notNull())
          .addColumn("article", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("corpus_changes_pk", ["version", "article"])
          .execute();
      },
    },
    // Issue 15: accounts (better-auth's tables, as its getSchema describes them for this dialect;
    // tests/unit/auth-schema.test.ts asks better-auth whether anything is missing), API tokens,
    // settings, the audit trail, and what the review queue needs on a claim.
    "0003_workspace": {
      async up(db: Kysely<unknown>) {
        const date = dialect === "postgres" ? "timestamptz" : "date";
        const bool = dialect === "postgres" ? "boolean" : "integer";
        await db.schema
          .createTable("user")
          .addColumn("id", "text", (c) => c.primaryKey().notNull())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("email", "text", (c) => c.notNull().unique())
          .addColumn("emailVerified", bool, (c) => c.notNull())
          .addColumn("image", "text")
          .addColumn("createdAt", date, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .addColumn("updatedAt", date, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .addColumn("role", "text", (c) => c.notNull().defaultTo("editor").check(sql`role in ('editor', 'admin')`))
          .execute();
        await db.schema
          .createTable("session")
          .addColumn("id", "text", (c) => c.primaryKey().notNull())
          .addColumn("expiresAt", date, (c) => c.notNull())
          .addColumn("token", "text", (c) => c.notNull().unique())
          .addColumn("createdAt", date, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .addColumn("updatedAt", date, (c) => c.notNull())
          .addColumn("ipAddress", "text")
          .addColumn("userAgent", "text")
          .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
          .execute();
        await db.schema.createIndex("session_userId_idx").on("session").column("userId").execute();
        await db.schema
          .createTable("account")
          .addColumn("id", "text", (c) => c.primaryKey().notNull())
          .addColumn("accountId", "text", (c) => c.notNull())
          .addColumn("providerId", "text", (c) => c.notNull())
          .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
          .addColumn("accessToken", "text")
          .addColumn("refreshToken", "text")
          .addColumn("idToken", "text")
          .addColumn("accessTokenExpiresAt", date)
          .addColumn("refreshTokenExpiresAt", date)
          .addColumn("scope", "text")
          .addColumn("password", "text")
          .addColumn("createdAt", date, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .addColumn("updatedAt", date, (c) => c.notNull())
          .execute();
        await db.schema.createIndex("account_userId_idx").on("account").column("userId").execute();
        await db.schema
          .createTable("verification")
          .addColumn("id", "text", (c) => c.primaryKey().notNull())
          .addColumn("identifier", "text", (c) => c.notNull())
          .addColumn("value", "text", (c) => c.notNull())
          .addColumn("expiresAt", date, (c) => c.notNull())
          .addColumn("createdAt", date, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .addColumn("updatedAt", date, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .execute();
        await db.schema.createIndex("verification_identifier_idx").on("verification").column("identifier").execute();
        // Sign-in attempts, in the database so that every instance counts the same ones.
        await db.schema
          .createTable("rateLimit")
          .addColumn("id", "text", (c) => c.primaryKey().notNull())
          .addColumn("key", "text", (c) => c.notNull().unique())
          .addColumn("count", "integer", (c) => c.notNull())
          .addColumn("lastRequest", "bigint", (c) => c.notNull())
          .execute();
        // Tokens for scripts: only a hash is kept, the token itself is printed once.
        await db.schema
          .createTable("api_tokens")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
          .addColumn("hash", "text", (c) => c.notNull().unique())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("last_used_at", "text")
          .addColumn("revoked_at", "text")
          .execute();
        await db.schema
          .createTable("settings")
          .addColumn("key", "text", (c) => c.primaryKey())
          .addColumn("value_json", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .addColumn("updated_by", "text")
          .execute();
        // No foreign keys: the trail outlives the users, articles and claims it names.
        await db.schema
          .createTable("audit_log")
          .addColumn("id", serial, (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn("at", "text", (c) => c.notNull())
          .addColumn("actor_id", "text")
          .addColumn("actor_email", "text", (c) => c.notNull())
          .addColumn("entity", "text", (c) => c.notNull())
          .addColumn("entity_id", "text", (c) => c.notNull())
          .addColumn("action", "text", (c) => c.notNull())
          .addColumn("before_json", "text")
          .addColumn("after_json", "text")
          .execute();
        await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity", "entity_id", "id"]).execute();
        // A claim's revision (optimistic concurrency: an edit names the revision it read) and its
        // reviewer; reviewed_by set means a person decided, which re-extraction never overwrites.
        await db.schema
          .alterTable("claims")
          .addColumn("rev", "integer", (c) => c.notNull().defaultTo(0))
          .execute();
        await db.schema.alterTable("claims").addColumn("reviewed_by", "text").execute();
        await db.schema.alterTable("claims").addColumn("reviewed_at", "text").execute();
        await db.schema.createIndex("claims_status").on("claims").columns(["status", "article"]).execute();
      },
    },
    // Issue 16 §1-2: outlets' reliability, claims' credibility and editors' event corrections.
    // Grades are keyed by outlet and claim id, not foreign keys: re-ingesting an article rewrites
    // its claim rows, and a grade must outlive that.
    "0004_sources": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("sources")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("name", "text", (c) => c.notNull())
          .addColumn("reliability", "text", (c) => c.notNull().defaultTo("F").check(sql`reliability in ('A', 'B', 'C', 'D', 'E', 'F')`))
          .addColumn("updated_at", "text", (c) => c.notNull())
          .addColumn("updated_by", "text")
          .execute();
        await db.schema
          .createTable("claim_grades")
          .addColumn("article", "text", (c) => c.notNull())
          .addColumn("claim_id", "text", (c) => c.notNull())
          .addColumn("credibility", "integer", (c) => c.notNull().defaultTo(6).check(sql`credibility between 1 and 6`))
          .addColumn("updated_at", "text", (c) => c.notNull())
          .addColumn("updated_by", "text")
          .addPrimaryKeyConstraint("claim_grades_pk", ["article", "claim_id"])
          .execute();
        await db.schema
          .createTable("event_overrides")
          .addColumn("id", serial, (c) => (dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn("action", "text", (c) => c.notNull().check(sql`action in ('split', 'merge')`))
          .addColumn("event_id", "text", (c) => c.notNull())
          .addColumn("claims_json", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("created_by", "text")
          .execute();
      },
    },
    // The corpus reads every served claim in (article, ord) order, a chunk at a time from where
    // the last chunk ended: without this index each chunk sorted the whole table (200,000 rows).
    "0005_read_indexes": {
      async up(db: Kysely<unknown>) {
        await db.schema.createIndex("claims_article_ord").on("claims").columns(["article", "ord"]).execute();
      },
    },
  };
}

const MIGRATION_NAMES = Object.keys(migrations("sqlite"));

/**
 * Brings the schema up to date. Refuses, touching nothing, a database written by a newer app
 * (a migration this code does not know) and a foreign database (tables, but none of ours).
 */
export async function migrate(db: Kysely<unknown>, dialect: Dialect, where: string): Promise<void> {
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name);
  const ours = tables.includes("kysely_migration");
  if (!ours && tables.some((t) => !t.startsWith("sqlite_"))) {
    throw new DataError(
      `${where} is not an Allegiance Atlas database (it has tables of its own: ${tables.slice(0, 3).join(", ")}); point ATLAS_DATA_DIR or DATABASE_URL elsewhere`,
    );
  }
  if (ours) {
    const done = await db
      .selectFrom("kysely_migration" as never)
      .select("name" as never)
      .execute();
    const unknown = (done as { name: string }[]).map((r) => r.name).filter((n) => !MIGRATION_NAMES.includes(n));
    if (unknown.length) throw new DataError(`${where} was migrated by a newer version of the app (migration ${unknown[0]}); upgrade the app, the data is untouched`);
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new DataError(`migrating ${where} failed${failed ? ` at ${failed}` : ""}: ${String((error as Error).message ?? error).split("\n")[0]}`);
  }
}
