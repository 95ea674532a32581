import type { Generated } from "kysely";

/**
 * The tables, as Kysely sees them. Article and claim JSON is kept whole beside the columns that
 * SQL filters and counts use, so reading a bundle back never re-derives anything.
 */
export interface CorpusTable {
  id: number;
  /** Bumped in the same transaction as every write: every derived cache is keyed on it. */
  version: number;
  /** When the seed was imported (null: not yet); set once, so deleting every article does not re-seed. */
  seeded_at: string | null;
}

export interface ArticlesTable {
  slug: string;
  /** Metadata after curation (what the app shows). */
  title: string;
  lang: string;
  source: string | null;
  url: string | null;
  published: string | null;
  published_note: string | null;
  text: string;
  sha256: string;
  /** The article as ingested (exchange format `<slug>.article.json`), before curation. */
  ingested_json: string;
  /** The automatic claims (exchange format `<slug>.claims.json`). */
  auto_claims_json: string;
  /** Curation problems found when the article was last written (issue 17 item 2). */
  warnings_json: string;
  created_at: string;
  updated_at: string;
}

export interface PassagesTable {
  article: string;
  id: string;
  ord: number;
  start_offset: number;
  end_offset: number;
  paragraph: number;
  text: string;
  gloss_en: string | null;
  gloss_note: string | null;
}

export type ClaimStatus = "proposed" | "accepted" | "rejected";

export interface ClaimsTable {
  article: string;
  id: string;
  ord: number;
  passage_id: string;
  kind: string;
  status: ClaimStatus;
  method: string;
  date_value: string | null;
  /** The whole claim as served (the Claim schema). */
  data: string;
  note: string | null;
  /** Bumped by every review change: an edit naming an older revision answers 409. */
  rev: Generated<number>;
  /** Who decided this claim (accepted, rejected or edited it); null: nobody yet. */
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface ClaimPlacesTable {
  article: string;
  claim_id: string;
  place_id: string;
  precision: string;
}

export interface ClaimActorsTable {
  article: string;
  claim_id: string;
  actor_id: string;
}

export interface ClaimCountriesTable {
  article: string;
  claim_id: string;
  iso3: string;
}

/**
 * The articles a version changed (written, replaced or deleted), one row each, in the same
 * transaction as the bump. A version with no row here (a bulk load) makes readers read all.
 */
export interface CorpusChangesTable {
  version: number;
  article: string;
}

export interface CurationsTable {
  article: string;
  /** The curation file (exchange format `<slug>.curated.json`), as parsed. */
  json: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  updated_at: string;
}

export interface CurationHistoryTable {
  id: Generated<number>;
  article: string;
  at: string;
  who: string | null;
  before_json: string | null;
  after_json: string | null;
}

/** better-auth's tables (migration 0003); their columns are better-auth's own names. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  role: "editor" | "admin";
}

export interface SessionTable {
  id: string;
  expiresAt: Date | string;
  token: string;
  createdAt: Date | string;
  updatedAt: Date | string;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  /** sha256 of the token, hex: the token itself is shown once and never stored. */
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_email: string;
  /** "article" | "claim" | "setting" | "user" | "token" */
  entity: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export interface Database {
  corpus: CorpusTable;
  articles: ArticlesTable;
  passages: PassagesTable;
  claims: ClaimsTable;
  claim_places: ClaimPlacesTable;
  claim_actors: ClaimActorsTable;
  claim_countries: ClaimCountriesTable;
  corpus_changes: CorpusChangesTable;
  curations: CurationsTable;
  curation_history: CurationHistoryTable;
  user: UserTable;
  session: SessionTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
}
