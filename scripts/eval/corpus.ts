import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ingestText, type Matchers } from "../../lib/articles/ingest";
import { Gold } from "../../lib/eval/gold";
import { scoreArticle, type ArticleScore } from "../../lib/eval/score";
import type { Lookup } from "../../lib/eval/tuples";
import { parsePublished } from "../../lib/extract/dates";

/** Reading the evaluation corpus (tests/eval/corpus) and running the dry-run pipeline on it. */

export const CORPUS_DIR = path.resolve("tests/eval/corpus");
/** Articles kept apart from rule tuning: their score estimates what unseen reporting gets. */
export const HELDOUT_DIR = path.resolve("tests/eval/heldout");

export interface EvalArticle {
  id: string;
  text: string;
  gold: Gold;
}

export interface CorpusProblem {
  file: string;
  message: string;
}

/** Every article with a valid annotation; a bad file is reported and left out, never fatal. */
export function loadCorpus(dir = CORPUS_DIR, only?: string): { articles: EvalArticle[]; problems: CorpusProblem[] } {
  const articles: EvalArticle[] = [];
  const problems: CorpusProblem[] = [];
  if (!existsSync(dir)) return { articles, problems };
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith(".gold.json"))
    .map((n) => n.slice(0, -".gold.json".length))
    .filter((id) => !only || id.startsWith(only))
    .sort();
  for (const id of ids) {
    const goldFile = path.join(dir, `${id}.gold.json`);
    const textFile = path.join(dir, `${id}.txt`);
    if (!existsSync(textFile)) {
      problems.push({ file: textFile, message: "missing: every .gold.json needs its .txt" });
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(goldFile, "utf8"));
    } catch (e) {
      problems.push({ file: goldFile, message: `not JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = Gold.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      problems.push({ file: goldFile, message: `${i.path.join(".") || "(root)"}: ${i.message}` });
      continue;
    }
    articles.push({ id, text: readFileSync(textFile, "utf8"), gold: parsed.data });
  }
  return { articles, problems };
}

/** References that the gazetteer and lexicon cannot resolve (towns are resolved by name when scored). */
export function checkReferences(a: EvalArticle, lk: Lookup): string[] {
  const out: string[] = [];
  for (const ref of [...a.gold.mentions, ...a.gold.claims.flatMap((c) => (c.place ? [c.place] : []))]) {
    if (!ref.startsWith("town:") && !lk.places.has(ref)) out.push(`unknown place ${ref}`);
  }
  for (const c of a.gold.claims) {
    for (const g of [...c.groups, c.from, c.to]) if (g && !lk.actors.has(g)) out.push(`group ${g} is not in the lexicon (yet)`);
    if (c.place && !a.gold.mentions.includes(c.place)) out.push(`claim place ${c.place} is not listed in mentions`);
    if ((c.kind === "pledge" || c.kind === "defection") && !c.from) out.push(`${c.kind} without "from"`);
  }
  return [...new Set(out)];
}

export interface ArticleRun {
  id: string;
  gold: Gold;
  score: ArticleScore;
}

export function runArticle(a: EvalArticle, m: Matchers, lk: Lookup): ArticleRun {
  const published = parsePublished(a.gold.published) ?? undefined;
  const slug = a.id.toLowerCase().replace(/[^a-z0-9_-]/g, "-");
  const result = ingestText(a.text, { slug, lang: a.gold.lang, ...(published ? { published } : {}) }, m);
  return { id: a.id, gold: a.gold, score: scoreArticle(a.gold, result.claims, lk) };
}
