import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * Writes go to a temp file in the target's own directory (so the rename stays on one
 * filesystem and is atomic), then replace the target in one rename: a reader never sees a
 * half-written file and a failed run leaves the old file as it was.
 */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx");
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Several files that belong together (article + claims): every temp file is written first,
 * and only if all succeed are they renamed into place, so a failure part-way through the
 * writing leaves all existing files untouched.
 */
export function writeFilesAtomic(files: { file: string; data: string }[]): void {
  const staged: { tmp: string; file: string }[] = [];
  try {
    for (const { file, data } of files) {
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
      staged.push({ tmp, file });
      const fd = openSync(tmp, "wx");
      try {
        writeSync(fd, data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.file);
}
