import type { Passage } from "../schema/article";
import { shortHash } from "./hash";
import { normalizeText } from "./normalize-ar";

/**
 * Splits text into sentence passages with offsets into the full text and ids derived from
 * the passage's normalised text, so re-ingesting the same article yields the same ids and
 * curation that references them survives.
 *
 * The Arabic comma ، and semicolons (؛ ;) do not end a sentence: in translated news they join
 * clauses ("last August in Algeria, dozens pledged ...") that a claim needs together. They
 * are used as fallback break points only for sentences longer than MAX_SENTENCE.
 */

const HARD_END = new Set([".", "!", "?", "؟", "…", "۔"]);
const SOFT_END = new Set(["،", "؛", ";"]);
const CLOSERS = new Set(['"', "'", "»", "”", "’", ")", "]", "›"]);
const PAIRS: Record<string, string> = { "«": "»", "“": "”", "‹": "›", "(": ")" };
const MAX_SENTENCE = 600;
// A quote still open this far on is taken to be stray (unbalanced), not a quotation.
const MAX_QUOTE = 400;
// Titles never end a sentence; other abbreviations and initials do only before a capital.
const TITLE = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|gen|col|lt|sgt|capt|maj|prof|rev|sen|rep|gov|pres)$/i;
const ABBREV = /(?:^|[\s(.])(?:no|vs|etc|jan|feb|aug|sept?|oct|nov|dec|[A-Za-z])$/i;

// After a quotation closed by a full stop, what opens a sentence of its own: a capital, a digit,
// another quotation, or an Arabic word that is not the attribution going on ("» قال المتحدث").
const NEW_SENTENCE = /^\s+(?:[A-Z0-9"“«(]|(?!(?:قال|قالت|يقول|تقول|أضاف|اضاف|أضافت|اضافت|بحسب|حسبما|حسب|وفق|على حد)(?![\p{L}]))\p{Script=Arabic})/u;

interface Span {
  start: number;
  end: number;
  paragraph: number;
}

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: last, end: text.length });
  return out;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function sentenceEnds(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  let quote: { close: string; at: number } | null = null;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote.close || i - quote.at > MAX_QUOTE) {
        if (ch !== quote.close)
          i = quote.at; // stray opener: rescan as if it were not there
        // '... have fled the area." The insurgents ...': a quotation ending its sentence ends ours.
        else if (HARD_END.has(text[i - 1] ?? "") && i + 1 < end && isSpace(text[i + 1]) && NEW_SENTENCE.test(text.slice(i + 1, i + 24))) ends.push(i + 1);
        quote = null;
      }
      continue;
    }
    if (PAIRS[ch]) {
      quote = { close: PAIRS[ch]!, at: i };
      continue;
    }
    if (ch === '"') {
      // An ASCII quote opens only when it starts a word; otherwise it closes nothing open.
      if (isSpace(text[i - 1]) || /[([]/.test(text[i - 1] ?? "")) {
        if (!isSpace(text[i + 1]) && !HARD_END.has(text[i + 1] ?? "")) quote = { close: '"', at: i };
      }
      continue;
    }
    if (!HARD_END.has(ch)) continue;
    if (ch === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    let j = i + 1;
    while (j < end && (HARD_END.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (j < end && !isSpace(text[j])) continue;
    if (ch === "." && j === i + 1) {
      const before = text.slice(Math.max(start, i - 6), i);
      if (TITLE.test(before)) continue;
      if (ABBREV.test(before) && /^[a-z0-9]/.test(text.slice(j).trimStart())) continue;
    }
    ends.push(j);
    i = j - 1;
  }
  return ends;
}

function softSplit(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Span[] = [];
  let from = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (SOFT_END.has(text[i]!) && i + 1 - from >= MAX_SENTENCE / 2) {
      out.push({ start: from, end: i + 1, paragraph: s.paragraph });
      from = i + 1;
    }
  }
  out.push({ start: from, end: s.end, paragraph: s.paragraph });
  return out;
}

function trimSpan(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end, paragraph: s.paragraph } : null;
}

export function splitSpans(text: string): Span[] {
  const spans: Span[] = [];
  paragraphs(text).forEach((p, pi) => {
    let from = p.start;
    for (const e of [...sentenceEnds(text, p.start, p.end), p.end]) {
      const t = trimSpan(text, { start: from, end: e, paragraph: pi });
      from = e;
      if (!t) continue;
      for (const s of softSplit(text, t)) {
        const u = trimSpan(text, s);
        if (u) spans.push(u);
      }
    }
  });
  // Renumber paragraphs densely so empty paragraphs leave no gaps.
  const dense = new Map<number, number>();
  for (const s of spans) if (!dense.has(s.paragraph)) dense.set(s.paragraph, dense.size);
  return spans.map((s) => ({ ...s, paragraph: dense.get(s.paragraph)! }));
}

/** Stable id: hash of the normalised text; repeats of the same text get a counter suffix. */
export function passageId(normText: string, occurrence: number): string {
  return "p-" + shortHash(normText) + (occurrence > 0 ? "x" + occurrence : "");
}

export function splitPassages(text: string): Passage[] {
  const seen = new Map<string, number>();
  return splitSpans(text).map((s) => {
    const t = text.slice(s.start, s.end);
    const norm = normalizeText(t);
    const n = seen.get(norm) ?? 0;
    seen.set(norm, n + 1);
    return { id: passageId(norm, n), start: s.start, end: s.end, text: t, paragraph: s.paragraph };
  });
}
