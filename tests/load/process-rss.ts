import { readdirSync, readFileSync } from "node:fs";
import { rssBytes } from "../../scripts/bench/server";

/** Direct and indirect children of a PID, from /proc (the static map's PNG renderers). */
export function childPids(pid: number): number[] {
  const kids: number[] = [];
  for (const n of readdirSync("/proc")) {
    if (!/^\d+$/.test(n)) continue;
    try {
      if (readFileSync(`/proc/${n}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid)) kids.push(Number(n));
    } catch {
      // gone while we looked
    }
  }
  return kids.flatMap((k) => [k, ...childPids(k)]);
}

/** RSS of the server and of every process it started (they hold memory the server asked for). */
export function treeRss(pid: number): { server: number; children: number; count: number } {
  let children = 0;
  const kids = childPids(pid);
  for (const k of kids) {
    try {
      children += rssBytes(k);
    } catch {
      // exited
    }
  }
  return { server: rssBytes(pid), children, count: kids.length };
}
