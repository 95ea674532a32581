/**
 * Splits a passage into pieces a renderer can show as plain text nodes: runs that are either a
 * mention (one link) or plain text, each cut further where claim highlights begin and end.
 * Pure and string-only on purpose: the reader never builds HTML from article text.
 */

export type MentionKind = "place" | "actor";

export interface Mention {
  kind: MentionKind;
  /** Gazetteer place id or lexicon actor id. */
  id: string;
  /** Offsets into the passage text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

/** A claim's supporting span. */
export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export interface Part {
  start: number;
  end: number;
  text: string;
  /** Ids of the highlights covering this part, in input order; empty for unhighlighted text. */
  highlights: string[];
}

export interface Run {
  start: number;
  end: number;
  mention: Mention | null;
  parts: Part[];
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Clamps a span to the text and widens it rather than cut an astral character in two. */
function clean<T extends { start: number; end: number }>(text: string, s: T): T | null {
  if (!Number.isFinite(s.start) || !Number.isFinite(s.end)) return null;
  let start = Math.max(0, Math.min(text.length, Math.floor(s.start)));
  let end = Math.max(0, Math.min(text.length, Math.ceil(s.end)));
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start -= 1;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end += 1;
  return start < end ? { ...s, start, end } : null;
}

/**
 * Mentions cannot nest (a link inside a link): the earliest wins, then the longest, then the
 * one given first; any mention overlapping one already kept is dropped.
 */
export function resolveMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const valid = mentions
    .map((m, i) => ({ m: clean(text, m), i }))
    .filter((x): x is { m: Mention; i: number } => x.m !== null)
    .sort((a, b) => a.m.start - b.m.start || b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  const kept: Mention[] = [];
  let lastEnd = 0;
  for (const { m } of valid) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

function cutParts(text: string, start: number, end: number, highlights: readonly Highlight[]): Part[] {
  const inside = highlights.filter((h) => h.start < end && h.end > start);
  const cuts = new Set([start, end]);
  for (const h of inside) {
    if (h.start > start) cuts.add(h.start);
    if (h.end < end) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Part[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const ids = [...new Set(inside.filter((h) => h.start <= a && h.end >= b).map((h) => h.id))];
    const prev = parts[parts.length - 1];
    // The same set on both sides of a cut (a duplicated span) is one part, not two.
    if (prev && prev.highlights.length === ids.length && prev.highlights.every((x, k) => x === ids[k])) {
      prev.end = b;
      prev.text = text.slice(prev.start, b);
    } else parts.push({ start: a, end: b, text: text.slice(a, b), highlights: ids });
  }
  return parts;
}

/**
 * The whole passage as runs, in order and without gaps: joining every part's text gives the
 * passage back. Out-of-range and empty spans are ignored; overlapping highlights are allowed.
 */
export function segmentPassage(text: string, mentions: readonly Mention[], highlights: readonly Highlight[]): Run[] {
  if (text.length === 0) return [];
  const hs = highlights.map((h) => clean(text, h)).filter((h): h is Highlight => h !== null);
  const runs: Run[] = [];
  let at = 0;
  const push = (start: number, end: number, mention: Mention | null) => {
    if (start < end) runs.push({ start, end, mention, parts: cutParts(text, start, end, hs) });
  };
  for (const m of resolveMentions(text, mentions)) {
    push(at, m.start, null);
    push(m.start, m.end, m);
    at = m.end;
  }
  push(at, text.length, null);
  return runs;
}
