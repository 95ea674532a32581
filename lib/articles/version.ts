import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./store";

/**
 * Which version of the articles everything derived from them was built from: the names, sizes
 * and times of the JSON files in the data dir. Ingesting or curating an article changes it, so
 * the next request rebuilds; otherwise cached builds (and their ETags) are reused.
 *
 * Every layer, view and country request asks for it, so listing the folder each time (a readdir
 * and a stat per file) cost more than the rest of a cached layer response. The listing is kept
 * until something could have changed it:
 * - the folder's own mtime, one stat, changes synchronously with every create, rename or delete,
 *   which is how ingest writes (temp file, then rename), so a request right after an ingest
 *   always sees it;
 * - a file edited in place (a reviewer saving a curation file) does not touch the folder's
 *   mtime, so a watcher on the folder marks the listing stale when that happens.
 * Where the folder cannot be watched, the listing is read on every call, as before.
 */

type Entry = { version: string; dirMtime: bigint; stale: boolean; watcher?: FSWatcher };
const entries = new Map<string, Entry>();

export function scanVersion(dir: string): string {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return "none";
  }
  return names
    .map((n) => {
      try {
        const s = statSync(join(dir, n));
        return `${n}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${n}:gone`; // removed between the listing and the stat: the next call sees it
      }
    })
    .join("|");
}

function watchFor(dir: string, entry: Entry): FSWatcher | undefined {
  try {
    // Not persistent: the CLI and the tests must still exit while a watcher is open.
    const w = watch(dir, { persistent: false }, () => (entry.stale = true));
    w.on("error", () => {
      w.close();
      entry.watcher = undefined;
      entry.stale = true;
    });
    return w;
  } catch {
    return undefined;
  }
}

export function articlesVersion(dir = dataDir()): string {
  let dirMtime: bigint;
  try {
    dirMtime = statSync(dir, { bigint: true }).mtimeNs;
  } catch {
    return "none";
  }
  let entry = entries.get(dir);
  if (entry && !entry.stale && entry.watcher && entry.dirMtime === dirMtime) return entry.version;
  if (!entry) {
    entry = { version: "", dirMtime, stale: true };
    entries.set(dir, entry);
    entry.watcher = watchFor(dir, entry);
  }
  // Cleared before the scan, so a change made while scanning marks it stale again.
  entry.stale = false;
  entry.dirMtime = dirMtime;
  entry.version = scanVersion(dir);
  return entry.version;
}

/** Closes the watchers (tests that create and delete many data dirs). */
export function forgetVersions(): void {
  for (const e of entries.values()) e.watcher?.close();
  entries.clear();
}
