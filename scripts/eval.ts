/**
 * `npm run eval`: runs the dry-run pipeline on the annotated corpus (tests/eval/corpus) and prints
 * precision, recall and F1 for claims (strict: kind + groups + place), places, groups, countries
 * and dates, and the forbidden countries, per article and in total; then the same totals on each
 * held-out set (every tests/eval/heldout* directory: heldout, heldout2, ...), each printed apart
 * because rules are tuned on the corpus only and the held-out figures are the honest estimate for
 * unseen reporting; a newer blind set is never averaged into an older one that may have been read.
 * Writes all of them to eval-results/latest.json (each set under its directory's name). See
 * tests/eval/README.md.
 *
 *   npm run eval [-- --only ar-01] [--verbose] [--check] [--out FILE] [--dir DIR]
 * --dir DIR scores that one directory alone. --verbose lists misses for the corpus only: reading
 * a held-out set's errors is how one ends up tuning on it.
 * --check validates the annotations (format, place ids, groups) without running extraction.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadActorLexicon, loadGazetteer, loadMatchers } from "../lib/articles/resources";
import { prf, thresholdCurve, totals, type Count } from "../lib/eval/score";
import type { Lookup, Tuple } from "../lib/eval/tuples";
import { checkReferences, loadCorpus, runArticle, type ArticleRun, type EvalArticle } from "./eval/corpus";
import { heldoutSets } from "./eval/sets";

function args(argv: string[]) {
  const out = { dir: undefined as string | undefined, only: undefined as string | undefined, verbose: false, check: false, out: "eval-results/latest.json" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--verbose" || a === "-v") out.verbose = true;
    else if (a === "--check") out.check = true;
    else if (a === "--only") out.only = argv[++i];
    else if (a === "--dir") out.dir = argv[++i];
    else if (a === "--out") out.out = argv[++i] ?? out.out;
    else throw new Error(`unknown argument ${a} (use --only PREFIX, --verbose, --check, --out FILE, --dir DIR)`);
  }
  return out;
}

const pct = (x: number) => x.toFixed(2);
const line = (name: string, c: Count) => {
  const s = prf(c);
  return `${name.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${c.tp}, auto ${c.auto}, gold ${c.gold})`;
};
const show = (t: Tuple) => `${t.kind} [${t.groups.join(",")}]${t.from || t.to ? ` ${t.from ?? "?"}→${t.to ?? "?"}` : ""} @ ${t.place ?? "(no place)"}`;

/**
 * Prints one set's per-article lines (misses too when verbose) and its totals; returns its report.
 * A held-out set prints and keeps its totals only: per-article scores and misses are what one
 * reads to tune rules on it, which turns it into a second tuning corpus.
 */
function evaluate(label: string, articles: EvalArticle[], problems: number, m: ReturnType<typeof loadMatchers>, lk: Lookup, verbose: boolean, heldout = false) {
  const runs: ArticleRun[] = articles.map((a) => runArticle(a, m, lk));
  for (const r of heldout ? [] : runs) {
    const s = r.score;
    const c = prf(s.claims);
    process.stdout.write(
      `${r.id.padEnd(34)} claims P ${pct(c.precision)} R ${pct(c.recall)} (${s.claims.tp}/${s.claims.auto}/${s.claims.gold})  places R ${pct(prf(s.places).recall)}  dates ${s.dates.correct}/${s.dates.goldDated}${s.forbidden.length ? `  FORBIDDEN ${s.forbidden.join(",")}` : ""}\n`,
    );
    if (verbose) {
      for (const t of s.missed) process.stdout.write(`    missed   ${show(t)}${t.gold?.why ? `   ← ${t.gold.why}` : ""}\n`);
      for (const t of s.spurious) process.stdout.write(`    spurious ${show(t)}   ← ${t.claims[0]?.quote.slice(0, 120) ?? ""}\n`);
      for (const w of s.wrongDates) process.stdout.write(`    date     ${show(w.tuple)}: want ${w.tuple.gold?.date ?? "none"}, got ${w.got?.value ?? "none"}\n`);
    }
  }
  const t = totals(runs.map((r) => r.score));
  const byPhenomenon: Record<string, ReturnType<typeof prf> & Count> = {};
  for (const tag of [...new Set(runs.flatMap((r) => r.gold.phenomena))].sort()) {
    byPhenomenon[tag] = totals(runs.filter((r) => r.gold.phenomena.includes(tag)).map((r) => r.score)).claims;
  }
  const byLang = Object.fromEntries((["ar", "en"] as const).map((l) => [l, totals(runs.filter((r) => r.gold.lang === l).map((r) => r.score)).claims]));
  process.stdout.write(
    [
      "",
      `${label}: TOTAL over ${t.articles} articles (${problems} annotation files invalid)`,
      line("claims", t.claims),
      line("places", t.places),
      line("groups", t.groups),
      line("countries", t.countries),
      `${"dates".padEnd(10)} P ${pct(t.dates.precision)}  R ${pct(t.dates.recall)}  F1 ${pct(t.dates.f1)}  right on ${t.dates.correct}/${t.dates.goldDated} matched dated claims (${t.dates.matched} matched) (${pct(t.dates.rightShare)})`,
      `forbidden  ${t.forbidden}`,
      ...Object.entries(byLang).map(([l, c]) => line(`claims ${l}`, c)),
      "if only claims at or above a confidence were kept: " +
        thresholdCurve(
          runs.map((r) => r.score),
          [0, 0.4, 0.5, 0.6, 0.7, 0.8],
        )
          .map((x) => `≥${x.threshold}: P ${pct(x.prf.precision)} R ${pct(x.prf.recall)} F1 ${pct(x.prf.f1)} (${x.kept})`)
          .join("; "),
      "by phenomenon (claims F1): " +
        Object.entries(byPhenomenon)
          .map(([k, c]) => `${k} ${pct(c.f1)}`)
          .join(", "),
      "",
    ].join("\n"),
  );
  return {
    totals: t,
    byLang,
    byPhenomenon,
    articles: (heldout ? [] : runs).map((r) => ({
      id: r.id,
      claims: { ...r.score.claims, ...prf(r.score.claims) },
      places: { ...r.score.places, ...prf(r.score.places) },
      groups: { ...r.score.groups, ...prf(r.score.groups) },
      countries: { ...r.score.countries, ...prf(r.score.countries) },
      dates: r.score.dates,
      forbidden: r.score.forbidden,
      missed: r.score.missed.map(show),
      spurious: r.score.spurious.map(show),
    })),
  };
}

function main(): number {
  const opts = args(process.argv.slice(2));
  const { articles, problems } = loadCorpus(opts.dir, opts.only);
  // The held-out sets ride along only on a plain run: --dir and --only ask about one set.
  const heldout = opts.dir || opts.only ? [] : heldoutSets().map((s) => ({ ...s, ...loadCorpus(s.dir) }));
  const gaz = loadGazetteer();
  const lk: Lookup = { places: new Map(gaz.places.map((p) => [p.id, p])), actors: new Map(loadActorLexicon().actors.map((a) => [a.id, a])) };
  const allProblems = [...problems, ...heldout.flatMap((h) => h.problems)];
  for (const p of allProblems) process.stderr.write(`eval: ${p.file}: ${p.message}\n`);
  if (opts.check) {
    let warnings = 0;
    const all = [...articles, ...heldout.flatMap((h) => h.articles)];
    for (const a of all) {
      for (const w of checkReferences(a, lk)) {
        warnings++;
        process.stdout.write(`${a.id}: ${w}\n`);
      }
    }
    process.stdout.write(`checked ${all.length} annotations: ${allProblems.length} invalid, ${warnings} warnings\n`);
    return allProblems.length ? 1 : 0;
  }
  if (articles.length === 0) throw new Error(`no annotated articles found under ${opts.dir ?? "tests/eval/corpus"}`);
  const m = loadMatchers();
  const report: Record<string, unknown> = { date: new Date().toISOString(), ...evaluate(opts.dir ?? "corpus", articles, problems.length, m, lk, opts.verbose), problems };
  for (const h of heldout) {
    if (h.articles.length === 0) continue;
    process.stdout.write(`\n--- held-out set (tests/eval/${h.name}): never tune rules on it ---\n`);
    report[h.name] = { ...evaluate(h.label, h.articles, h.problems.length, m, lk, false, true), problems: h.problems };
  }
  mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(report, null, 2) + "\n");
  process.stdout.write(`written to ${opts.out}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`eval: ${(e as Error).message.split("\n")[0]}\n`);
  process.exitCode = 1;
}
