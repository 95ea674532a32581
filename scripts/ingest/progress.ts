/** Progress to stderr: only for a terminal or for large input, never on stdout. */
// In characters (UTF-16 units); ~128k characters is 250 KB of Arabic.
const LARGE = 128 * 1024;
const STEP = 10;

export function progressReporter(textLength: number): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY && textLength < LARGE) return undefined;
  let next = STEP;
  return (done, total) => {
    const pct = Math.floor((done / total) * 100);
    if (pct < next) return;
    process.stderr.write(`ingest: ${pct}% (${done}/${total} passages)\n`);
    next = pct - (pct % STEP) + STEP;
  };
}
