import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Write beside the target, then rename: the app server reads these files, and a crash
 * mid-write must never leave it a truncated JSON.
 */
export function writeAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export interface SizeReport {
  file: string;
  raw: number;
  gzip: number;
}

export function sizeOf(file: string, content: string): SizeReport {
  const bytes = Buffer.from(content);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function formatSizes(reports: readonly SizeReport[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return reports.map((r) => `${r.file}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip`).join("\n");
}
