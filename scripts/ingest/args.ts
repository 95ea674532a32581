import { createHash } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { HttpUrl, Lang, Slug, type PartialDate } from "../../lib/schema/article";
import { parsePublished } from "../../lib/extract/dates";

export class UsageError extends Error {}
export class InputError extends Error {}

export const USAGE =
  "usage: npm run ingest -- <file> [--title T] [--source S] [--url U] [--published YYYY[-MM[-DD]]] [--lang ar|en] [--slug S] [--gazetteer PATH] [--replace] [--accept] [--dry-run] [--json] | --check [DIR]";

const Options = z.object({
  file: z.string().min(1),
  title: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  url: HttpUrl.optional(),
  published: z.string().optional(),
  lang: Lang.optional(),
  slug: Slug.optional(),
  gazetteer: z.string().optional(),
  dryRun: z.boolean(),
  json: z.boolean(),
  replace: z.boolean(),
  /** Accept every new claim as the CLI user's decision (recorded in the audit trail). */
  accept: z.boolean(),
});

export interface CliOptions extends Omit<z.infer<typeof Options>, "published" | "slug"> {
  slug: string;
  published?: PartialDate;
}

/**
 * The file's stem, lowercased and reduced to what the Slug schema accepts. Full-width forms and
 * accents are folded first ("Ｒｅｐｏｒｔ-ä" -> "report-a"); a stem with letters that have no
 * ASCII form (Arabic) gets a hash of the whole stem, so different names never share a slug
 * (issue 17 item 4: they all used to become "article").
 */
export function slugFromPath(file: string): string {
  const raw = path.basename(file).replace(/\.[^.]*$/, "");
  const folded = raw
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  const s = folded
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .slice(0, 72)
    .replace(/-+$/, "");
  if (!/[^\x00-\x7f]/.test(folded) && s) return s;
  const hash = createHash("sha256").update(raw.normalize("NFC")).digest("hex").slice(0, 8);
  return `${s || "article"}-${hash}`;
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: "string" },
        source: { type: "string" },
        url: { type: "string" },
        published: { type: "string" },
        lang: { type: "string" },
        slug: { type: "string" },
        gazetteer: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        replace: { type: "boolean", default: false },
        accept: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]!);
  }
  const { values: v, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? "expected exactly one input file" : "missing input file");
  if (v.lang !== undefined && !Lang.safeParse(v.lang).success) throw new UsageError(`unsupported --lang "${v.lang}" (use ar or en)`);
  if (v.slug !== undefined && !Slug.safeParse(v.slug).success) throw new UsageError(`invalid --slug "${v.slug}": a slug is 1-81 lowercase letters, digits, _ or -`);
  if (v.url !== undefined && !HttpUrl.safeParse(v.url).success) throw new UsageError(`refused --url "${v.url}": an article's URL must be an absolute http:// or https:// address`);
  const published = v.published === undefined ? undefined : parsePublished(v.published);
  if (published === null) throw new UsageError(`malformed --published "${v.published}" (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  const r = Options.safeParse({ ...v, file: positionals[0], dryRun: v["dry-run"], json: v.json, replace: v.replace, accept: v.accept });
  if (!r.success) throw new UsageError(r.error.issues[0]?.message ?? "invalid options");
  const { published: _raw, ...rest } = r.data;
  return { ...rest, slug: rest.slug ?? slugFromPath(rest.file), ...(published ? { published } : {}) };
}
