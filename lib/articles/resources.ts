import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { geodataDir, loadGazetteer as loadAppGazetteer } from "../geo/geodata-files";
import { Gazetteer } from "../schema/gazetteer";
import { ActorLexicon, buildActorMatcher, LocalLexicon, mergeLexicons } from "../extract/actors";
import { buildPlaceMatcher, PlaceAliases } from "../extract/place-matcher";
import type { Matchers } from "./ingest";

/** Loading the gazetteer and lexicons from disk, kept apart from the pure pipeline. */

// Resolved from the working directory (npm scripts, tests and `next start` all run at the repo
// root; ATLAS_GEODATA_DIR overrides), never from __dirname, which a Next bundle rewrites.
const LEXICON_DIR = () => path.join(/*turbopackIgnore: true*/ geodataDir(), "lexicon");

/** Parses a JSON file; a UTF-8 byte-order mark (editors on Windows add one) is not an error. */
export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
}

/**
 * What is wrong with actors.local.json, in one line naming the file and the field, or null when
 * it is absent or sound. Truncated JSON, an empty file or a schema error is reported here rather
 * than thrown: it is an editor's file, saved in place, and must not take the app down.
 */
export function localLexiconProblem(dir = LEXICON_DIR()): string | null {
  return readLocal(dir, actorsBase(dir)).problem;
}

function actorsBase(dir: string): ActorLexicon {
  return parseFile(path.join(dir, "actors.json"), ActorLexicon);
}

/**
 * A committed data file parsed with its schema. A failure is a server fault, so it is thrown as
 * a plain Error naming the file and the field: a ZodError would be answered as the client's 400.
 */
function parseFile<T>(file: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(readJson(file));
  } catch (e) {
    throw new Error(`${file}: ${describeError(e)}`);
  }
}

function readLocal(dir: string, base: ActorLexicon): { lexicon: ActorLexicon; problem: string | null } {
  const file = path.join(dir, "actors.local.json");
  if (!existsSync(file)) return { lexicon: base, problem: null };
  try {
    const raw = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    if (!raw.trim()) throw new Error("the file is empty");
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new Error(`not valid JSON (${(e as Error).message.split("\n")[0]})`);
    }
    return { lexicon: mergeLocal(base, LocalLexicon.parse(json)), problem: null };
  } catch (e) {
    return { lexicon: base, problem: `${file}: ${describeError(e)}; using the base lexicon only` };
  }
}

/** mergeLexicons, but a merged actor that fails its schema is named by its index and id. */
function mergeLocal(base: ActorLexicon, local: z.infer<typeof LocalLexicon>): ActorLexicon {
  local.actors.forEach((a, i) => {
    try {
      mergeLexicons(base, { version: 1, actors: [a] });
    } catch (e) {
      if (!(e instanceof z.ZodError)) throw e;
      throw new z.ZodError(e.issues.map((issue) => ({ ...issue, path: ["actors", i, ...issue.path] })));
    }
  });
  return mergeLexicons(base, local);
}

/** A zod error as "field: message" for its first issue; anything else as its first line. */
function describeError(e: unknown): string {
  if (e instanceof z.ZodError) {
    const issue = e.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top level)";
    return `${where}: ${issue?.message ?? "invalid"}`;
  }
  return (e as Error).message.split("\n")[0] ?? String(e);
}

// Logged once per distinct problem and process: the lexicon is read on every model build.
const LOGGED = Symbol.for("allegiance-atlas.lexicon-problems");
const logged = ((globalThis as unknown as { [LOGGED]?: Set<string> })[LOGGED] ??= new Set<string>());

/** actors.json with actors.local.json (a user's additions and overrides) merged on top. */
export function loadActorLexicon(dir = LEXICON_DIR()): ActorLexicon {
  const { lexicon, problem } = readLocal(dir, actorsBase(dir));
  if (problem && !logged.has(problem)) {
    logged.add(problem);
    console.error(`lexicon: ${problem}`);
  }
  return lexicon;
}

export function loadPlaceAliases(dir = LEXICON_DIR()): PlaceAliases | undefined {
  const f = path.join(dir, "place-aliases.json");
  return existsSync(f) ? parseFile(f, PlaceAliases) : undefined;
}

/** The committed gazetteer (shared with the app's loader), or another file for tests. */
export function loadGazetteer(file?: string): Gazetteer {
  return file ? parseFile(file, Gazetteer) : loadAppGazetteer();
}

export function loadMatchers(opts: { gazetteer?: string; lexiconDir?: string } = {}): Matchers {
  return {
    places: buildPlaceMatcher(loadGazetteer(opts.gazetteer), loadPlaceAliases(opts.lexiconDir)),
    actors: buildActorMatcher(loadActorLexicon(opts.lexiconDir)),
  };
}
