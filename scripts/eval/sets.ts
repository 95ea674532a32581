import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The held-out sets: every `tests/eval/heldout*` directory is a set of its own, written at a
 * different time by someone who had not seen the rules' errors on the others. Each is scored and
 * printed apart, so a fresh blind set is never averaged into one the rules may have been tuned on.
 */

export const EVAL_ROOT = path.resolve("tests/eval");

export interface HeldoutSet {
  /** The directory's name, also the set's key in eval-results JSON (`heldout`, `heldout2`). */
  name: string;
  dir: string;
  /** How the totals line names it: `held-out` for the first set (as before), `held-out 2` for `heldout2`. */
  label: string;
}

/** `heldout` → `held-out`, `heldout2` → `held-out 2`, `heldout-blind` → `held-out blind`. */
export function heldoutLabel(name: string): string {
  const suffix = name.slice("heldout".length).replace(/^[-_ ]+/, "");
  return suffix ? `held-out ${suffix}` : "held-out";
}

/** The held-out directories under `root`, in natural order (heldout, heldout2, …, heldout10). */
export function heldoutSets(root = EVAL_ROOT): HeldoutSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^heldout[\w-]*$/.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .map((name) => ({ name, dir: path.join(root, name), label: heldoutLabel(name) }));
}
