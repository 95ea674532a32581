import "server-only";
import { join } from "node:path";
import type { Matchers } from "../articles/ingest";
import { loadActorLexicon, loadPlaceAliases } from "../articles/resources";
import type { ArticleBundle } from "../articles/store";
import { loadArticleBundle } from "../data/corpus";
import { buildActorMatcher, type Actor } from "../extract/actors";
import { buildPlaceMatcher } from "../extract/place-matcher";
import { geodataDir, loadGazetteer } from "../geo/geodata-files";
import type { Place } from "../schema/gazetteer";
import { buildArticleView, type ParagraphView } from "./article-view";
import { findMentions } from "./mentions";
import { inTextOrder, pageOfIndex, pageStarts, pagingOf, READER_PAGE, type Paging } from "./pages";

/** Server-side inputs of the reader: the article from the store and the pipeline's matchers. */

interface Lookup {
  matchers: Matchers;
  places: ReadonlyMap<string, Place>;
  actors: ReadonlyMap<string, Actor>;
}

// Built once per server process: the matchers index the whole gazetteer.
let lookup: Lookup | undefined;

export function readerLookup(): Lookup {
  if (!lookup) {
    const lexicon = join(/*turbopackIgnore: true*/ geodataDir(), "lexicon");
    const actorLex = loadActorLexicon(lexicon);
    const places = buildPlaceMatcher(loadGazetteer(), loadPlaceAliases(lexicon));
    lookup = {
      matchers: { places, actors: buildActorMatcher(actorLex) },
      places: places.byId,
      actors: new Map(actorLex.actors.map((a) => [a.id, a])),
    };
  }
  return lookup;
}

export interface ReaderData extends ArticleBundle {
  /** The page's paragraphs only: a huge article is laid out a page at a time. */
  paragraphs: ParagraphView[];
  paging: Paging;
  /** Whether the `passage` asked for is in the article (it chose the page). */
  passageFound: boolean;
  places: ReadonlyMap<string, Place>;
  actors: ReadonlyMap<string, Actor>;
}

/**
 * The reader's data for one page: `passage` (an anchor's id) picks the page that holds it, else
 * `page` (clamped to the article's pages), else page 1.
 */
export async function loadReader(slug: string, select: { page?: number | null; passage?: string | null } = {}): Promise<ReaderData | null> {
  const bundle = await loadArticleBundle(slug);
  if (!bundle) return null;
  const { matchers, places, actors } = readerLookup();
  const ordered = inTextOrder(bundle.article.passages);
  const starts = pageStarts(
    ordered.map((p) => p.text.length),
    READER_PAGE,
  );
  const at = select.passage ? ordered.findIndex((p) => p.id === select.passage) : -1;
  const paging = pagingOf(starts, ordered.length, at >= 0 ? pageOfIndex(starts, at) : (select.page ?? 1));
  const shown = { passages: ordered.slice(paging.from, paging.to) };
  const paragraphs = buildArticleView(shown, bundle.claims, (text) => findMentions(text, matchers));
  return { ...bundle, paragraphs, paging, passageFound: at >= 0, places, actors };
}
