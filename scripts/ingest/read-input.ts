import { readFileSync, statSync } from "node:fs";
import { InputError } from "./args";

export const MAX_BYTES = 5 * 1024 * 1024;

/** Reads an article as UTF-8 text, refusing what cannot be one: each failure is one line. */
export function readInput(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot read (${code ?? "error"})`);
  }
  if (size > MAX_BYTES) throw new InputError(`${file}: ${(size / 1024 / 1024).toFixed(1)} MB is over the 5 MB limit`);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (buf.includes(0)) throw new InputError(`${file}: looks binary (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new InputError(`${file}: file is empty`);
  return text;
}
