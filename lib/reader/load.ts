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
  paragraphs: ParagraphView[];
  places: ReadonlyMap<string, Place>;
  actors: ReadonlyMap<string, Actor>;
}

export async function loadReader(slug: string): Promise<ReaderData | null> {
  const bundle = await loadArticleBundle(slug);
  if (!bundle) return null;
  const { matchers, places, actors } = readerLookup();
  const paragraphs = buildArticleView(bundle.article, bundle.claims, (text) => findMentions(text, matchers));
  return { ...bundle, paragraphs, places, actors };
}
