import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { type Budget, checkBudget, formatBytes, formatRatio, ratio } from "../../lib/bench/stats";
import { ROOT } from "./server";

export type Unit = "bytes" | "ms" | "req/s" | "MB/s";

/** One measured figure: an absolute value, the same-run baseline it is compared with, and maybe a budget. */
export type Figure = {
  id: string;
  label: string;
  unit?: Unit;
  value?: number;
  baseline?: number;
  baselineLabel?: string;
  ratio?: number;
  budget?: Budget;
  pass?: boolean;
  note?: string;
  skipped?: string;
  details?: Record<string, unknown>;
};

export function fmt(v: number, unit?: Unit): string {
  if (unit === "bytes") return formatBytes(v);
  if (unit === "ms") return `${v.toFixed(v < 10 ? 2 : 0)} ms`;
  if (unit === "req/s") return `${v.toFixed(0)} req/s`;
  if (unit === "MB/s") return `${v.toFixed(2)} MB/s`;
  return String(v);
}

export class Report {
  readonly figures: Figure[] = [];
  readonly started = new Date();

  constructor(private readonly log: (s: string) => void) {}

  /** Adds a figure, computing its ratio and budget verdict, and prints it at once. */
  add(f: Figure): Figure {
    const out: Figure = { ...f };
    if (out.value !== undefined && out.baseline !== undefined && out.ratio === undefined) out.ratio = ratio(out.value, out.baseline);
    if (out.budget && out.ratio !== undefined && out.pass === undefined) out.pass = checkBudget(out.ratio, out.budget).pass;
    this.figures.push(out);
    this.log(line(out));
    return out;
  }

  get failed(): Figure[] {
    return this.figures.filter((f) => f.pass === false);
  }

  write(meta: Record<string, unknown>): string {
    const dir = path.join(ROOT, "bench-results");
    mkdirSync(dir, { recursive: true });
    const body = JSON.stringify({ ...gitInfo(), date: this.started.toISOString(), node: process.version, cpus: cpus().length, ...meta, figures: this.figures }, null, 2) + "\n";
    const file = path.join(dir, `bench-${this.started.toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, body);
    writeFileSync(path.join(dir, "latest.json"), body);
    return file;
  }
}

export function line(f: Figure): string {
  if (f.skipped) return `  -  ${f.label}: ${f.skipped}`;
  const mark = f.pass === undefined ? "  ·" : f.pass ? "  ✔" : "  ✘";
  const abs = f.value !== undefined ? `${fmt(f.value, f.unit)}` : "";
  const base = f.baseline !== undefined ? ` vs ${f.baselineLabel ?? "baseline"} ${fmt(f.baseline, f.unit)}` : "";
  const r = f.ratio !== undefined ? ` = ${formatRatio(f.ratio)}` : "";
  const budget = f.budget ? ` (budget ${checkBudget(f.ratio ?? Number.NaN, f.budget).limit}${f.pass ? " met" : " MISSED"})` : f.ratio !== undefined ? " (no budget)" : "";
  const note = f.note ? ` — ${f.note}` : "";
  return `${mark} ${f.label}: ${abs}${base}${r}${budget}${note}`;
}

function gitInfo(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return { commit, dirty };
  } catch {
    return { commit: "unknown", dirty: true };
  }
}
