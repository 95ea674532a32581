import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { geodataDir, loadGazetteer as loadAppGazetteer } from "../geo/geodata-files";
import { Gazetteer } from "../schema/gazetteer";
import { ActorLexicon, buildActorMatcher, LocalLexicon, mergeLexicons } from "../extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "../extract/place-matcher";
import type { Matchers } from "./ingest";

/** Loading the gazetteer and lexicons from disk, kept apart from the pure pipeline. */

// Resolved from the working directory (npm scripts, tests and `next start` all run at the repo
// root; ATLAS_GEODATA_DIR overrides), never from __dirname, which a Next bundle rewrites.
const LEXICON_DIR = () => path.join(/*turbopackIgnore: true*/ geodataDir(), "lexicon");

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** actors.json with actors.local.json (a user's additions and overrides) merged on top. */
export function loadActorLexicon(dir = LEXICON_DIR()): ActorLexicon {
  const base = ActorLexicon.parse(readJson(path.join(dir, "actors.json")));
  const local = path.join(dir, "actors.local.json");
  return mergeLexicons(base, existsSync(local) ? LocalLexicon.parse(readJson(local)) : undefined);
}

export function loadPlaceAliases(dir = LEXICON_DIR()): PlaceAliases | undefined {
  const f = path.join(dir, "place-aliases.json");
  return existsSync(f) ? PlaceAliases.parse(readJson(f)) : undefined;
}

/** The committed gazetteer (shared with the app's loader), or another file for tests. */
export function loadGazetteer(file?: string): Gazetteer {
  return file ? Gazetteer.parse(readJson(file)) : loadAppGazetteer();
}

export function loadMatchers(opts: { gazetteer?: string; lexiconDir?: string } = {}): Matchers {
  return {
    places: buildPlaceMatcher(loadGazetteer(opts.gazetteer), loadPlaceAliases(opts.lexiconDir)),
    actors: buildActorMatcher(loadActorLexicon(opts.lexiconDir)),
  };
}
