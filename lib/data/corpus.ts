import "server-only";

/**
 * The read side: the corpus as the app serves it, read from the database and kept once per
 * process for one corpus version. What stays in memory is what every view aggregates: the
 * articles' listing and each served claim's facts (kind, places, groups, countries, date,
 * status, and its passage and quoted span for provenance; no other text). Article texts, passages and whole claims are read from the database when a
 * page needs them: holding all of them made the server 1.35 GB at 200,000 claims. Every derived
 * result is keyed on the version (one cheap query per request), so a write by any process, the
 * CLI or another server on the same PostgreSQL, is seen on the next request.
 *
 * This file is the read side's one import: reading (corpus-read), keeping (corpus-cache), the
 * log of what each version changed (corpus-changes) and whole articles (article-bundles).
 */
export { loadAllBundles, loadAllClaims, loadArticleBundle, readClaims } from "./article-bundles";
export { corpus, corpusId, derived, forgetCorpus, listArticles } from "./corpus-cache";
export { articlesToRecount, changedSince } from "./corpus-changes";
export { type ClaimFact, corpusVersion } from "./corpus-read";
