import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ZodType, z } from "zod";
import { applyCuration, Curation } from "../articles/curation";
import { Article, Claim, Slug } from "../schema/article";

/**
 * The exchange format: today's JSON files, one set per article —
 * `<slug>.article.json` (as ingested), `<slug>.claims.json` (automatic claims), an optional
 * `<slug>.curated.json` (the reviewer's corrections) and an optional `<slug>.reviews.json` (the
 * decisions made in the workspace: each accepted, rejected, edited or added claim as the person
 * left it, with who and when). The seed ships in it, `npm run export` writes it and `npm run
 * import` reads it back, so an export and an import lose no human decision.
 */
export const ReviewDecision = z.object({
  claim: Claim,
  status: z.enum(["proposed", "accepted", "rejected"]),
  reviewedBy: z.string().min(1),
  reviewedAt: z.string().nullable(),
  rev: z.number().int().nonnegative(),
  note: z.string().nullable(),
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export interface ExchangeEntry {
  slug: string;
  article: Article;
  claims: Claim[];
  curation?: Curation;
  reviews?: ReviewDecision[];
}

interface ExchangeRead {
  entries: ExchangeEntry[];
  /** What makes an article unusable: `file: field: message`, one per line. */
  problems: string[];
  /** What a curation refers to that is not there (issue 17 item 2): the article still loads. */
  warnings: string[];
}

const SUFFIX = { article: ".article.json", claims: ".claims.json", curated: ".curated.json", reviews: ".reviews.json" } as const;

const exchangeFiles = (dir: string, slug: string) => ({
  article: path.join(/*turbopackIgnore: true*/ dir, slug + SUFFIX.article),
  claims: path.join(/*turbopackIgnore: true*/ dir, slug + SUFFIX.claims),
  curated: path.join(/*turbopackIgnore: true*/ dir, slug + SUFFIX.curated),
  reviews: path.join(/*turbopackIgnore: true*/ dir, slug + SUFFIX.reviews),
});

class FileProblem extends Error {}

/** Parses one file against its schema; the error names the file and the first bad field. */
function parseFile<T>(file: string, schema: ZodType<T>): T {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (e) {
    throw new FileProblem(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  // An editor's UTF-8 byte-order mark is not an error of the content.
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (!raw.trim()) throw new FileProblem(`${file}: is empty`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new FileProblem(`${file}: not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.length ? issue.path.join(".") : "(top level)";
  throw new FileProblem(`${file}: field ${field}: ${issue?.message ?? "invalid"}`);
}

/** Validates one article's files; a curation that cannot apply is a problem, stale references warnings. */
function readExchangeEntry(dir: string, slug: string): { entry?: ExchangeEntry; problems: string[]; warnings: string[] } {
  const f = exchangeFiles(dir, slug);
  try {
    const article = parseFile(f.article, Article);
    if (article.slug !== slug) throw new FileProblem(`${f.article}: field slug: "${article.slug}" is not the file's own slug "${slug}"`);
    const claims = existsSync(f.claims) ? parseFile(f.claims, z.array(Claim)) : [];
    const stray = claims.findIndex((c) => c.article !== slug);
    if (stray >= 0) throw new FileProblem(`${f.claims}: field ${stray}.article: "${claims[stray]!.article}" is not "${slug}"`);
    const curation = existsSync(f.curated) ? parseFile(f.curated, Curation) : undefined;
    if (curation && curation.article !== slug) throw new FileProblem(`${f.curated}: field article: "${curation.article}" is not the file's own slug "${slug}"`);
    const reviews = existsSync(f.reviews) ? parseFile(f.reviews, z.array(ReviewDecision)) : undefined;
    const strayReview = reviews?.findIndex((r) => r.claim.article !== slug) ?? -1;
    if (strayReview >= 0) throw new FileProblem(`${f.reviews}: field ${strayReview}.claim.article: "${reviews![strayReview]!.claim.article}" is not "${slug}"`);
    let warnings: string[] = [];
    if (curation) {
      try {
        warnings = applyCuration(article, claims, curation).warnings.map((w) => `${f.curated}: ${w}`);
      } catch (e) {
        throw new FileProblem(`${f.curated}: cannot be applied: ${(e as Error).message.split("\n")[0]}`);
      }
    }
    return { entry: { slug, article, claims, ...(curation ? { curation } : {}), ...(reviews?.length ? { reviews } : {}) }, problems: [], warnings };
  } catch (e) {
    if (e instanceof FileProblem) return { problems: [e.message], warnings: [] };
    throw e;
  }
}

/** Every article set in a directory. Other files (a README, an editor's backup) are ignored. */
export function readExchangeDir(dir: string): ExchangeRead {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    return { entries: [], problems: [`${dir}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`], warnings: [] };
  }
  const out: ExchangeRead = { entries: [], problems: [], warnings: [] };
  const stems = new Set<string>();
  for (const n of names) {
    for (const s of Object.values(SUFFIX)) if (n.endsWith(s) && !n.startsWith(".")) stems.add(n.slice(0, -s.length));
  }
  for (const slug of [...stems].sort()) {
    if (!Slug.safeParse(slug).success) {
      out.problems.push(`${path.join(dir, slug)}.*: "${slug}" is not a valid slug (lowercase letters, digits, _ or -)`);
      continue;
    }
    if (!existsSync(exchangeFiles(dir, slug).article)) {
      out.problems.push(`${exchangeFiles(dir, slug).article}: missing (its claims or curation file is there)`);
      continue;
    }
    const r = readExchangeEntry(dir, slug);
    if (r.entry) out.entries.push(r.entry);
    out.problems.push(...r.problems);
    out.warnings.push(...r.warnings);
  }
  return out;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Writes entries in the exchange format (the same bytes for the same data: the round-trip test). */
export function writeExchangeDir(dir: string, entries: ExchangeEntry[]): void {
  mkdirSync(dir, { recursive: true });
  for (const e of entries) {
    const f = exchangeFiles(dir, e.slug);
    writeFileSync(f.article, json(e.article));
    writeFileSync(f.claims, json(e.claims));
    if (e.curation) writeFileSync(f.curated, json(e.curation));
    if (e.reviews?.length) writeFileSync(f.reviews, json(e.reviews));
  }
}
