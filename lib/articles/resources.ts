import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Gazetteer } from "../schema/gazetteer";
import { ActorLexicon, buildActorMatcher, LocalLexicon, mergeLexicons } from "../extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "../extract/place-matcher";
import type { Matchers } from "./ingest";

/** Loading the gazetteer and lexicons from disk, kept apart from the pure pipeline. */

export const REPO_ROOT = path.resolve(__dirname, "../..");

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** actors.json with actors.local.json (a user's additions and overrides) merged on top. */
export function loadActorLexicon(dir = path.join(REPO_ROOT, "geodata/lexicon")): ActorLexicon {
  const base = ActorLexicon.parse(readJson(path.join(dir, "actors.json")));
  const local = path.join(dir, "actors.local.json");
  return mergeLexicons(base, existsSync(local) ? LocalLexicon.parse(readJson(local)) : undefined);
}

export function loadPlaceAliases(dir = path.join(REPO_ROOT, "geodata/lexicon")): PlaceAliases | undefined {
  const f = path.join(dir, "place-aliases.json");
  return existsSync(f) ? PlaceAliases.parse(readJson(f)) : undefined;
}

export function loadGazetteer(file = path.join(REPO_ROOT, "geodata/gazetteer.json")): Gazetteer {
  return Gazetteer.parse(readJson(file));
}

export function loadMatchers(opts: { gazetteer?: string; lexiconDir?: string } = {}): Matchers {
  return {
    places: buildPlaceMatcher(loadGazetteer(opts.gazetteer), loadPlaceAliases(opts.lexiconDir)),
    actors: buildActorMatcher(loadActorLexicon(opts.lexiconDir)),
  };
}
