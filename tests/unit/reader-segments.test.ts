import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveMentions, segmentPassage, type Mention, type Run } from "@/lib/reader/segments";

// Synthetic fixtures only: made-up sentences, not article text.
const place = (start: number, end: number, id = "country:SYR"): Mention => ({ kind: "place", id, start, end });
const actor = (start: number, end: number, id = "isis"): Mention => ({ kind: "actor", id, start, end });
const joined = (runs: Run[]) => runs.flatMap((r) => r.parts.map((p) => p.text)).join("");
const shape = (runs: Run[]) => runs.map((r) => [r.mention?.id ?? null, r.parts.map((p) => [p.text, p.highlights.join("+")])]);

describe("segmentPassage", () => {
  it("cuts plain text, mentions and highlights at their offsets", () => {
    const text = "Group X was seen in Town Y today.";
    const runs = segmentPassage(text, [actor(0, 7, "x"), place(20, 26, "city:y")], [{ id: "c1", start: 0, end: 26 }]);
    expect(shape(runs)).toEqual([
      ["x", [["Group X", "c1"]]],
      [null, [[" was seen in ", "c1"]]],
      ["city:y", [["Town Y", "c1"]]],
      [null, [[" today.", ""]]],
    ]);
    expect(runs.map((r) => [r.start, r.end])).toEqual([
      [0, 7],
      [7, 20],
      [20, 26],
      [26, 33],
    ]);
  });

  it("keeps one link per mention when a highlight starts inside it", () => {
    const text = "alpha beta gamma";
    const runs = segmentPassage(text, [place(6, 16)], [{ id: "c1", start: 8, end: 16 }]);
    expect(shape(runs)).toEqual([
      [null, [["alpha ", ""]]],
      [
        "country:SYR",
        [
          ["be", ""],
          ["ta gamma", "c1"],
        ],
      ],
    ]);
  });

  it("handles overlapping highlights: each part lists every claim covering it", () => {
    const text = "one two three four";
    const runs = segmentPassage(
      text,
      [],
      [
        { id: "a", start: 0, end: 13 },
        { id: "b", start: 4, end: 18 },
      ],
    );
    expect(shape(runs)).toEqual([
      [
        null,
        [
          ["one ", "a"],
          ["two three", "a+b"],
          [" four", "b"],
        ],
      ],
    ]);
  });

  it("merges duplicated highlight spans into one part", () => {
    const runs = segmentPassage(
      "abcdef",
      [],
      [
        { id: "a", start: 1, end: 3 },
        { id: "a", start: 3, end: 5 },
      ],
    );
    expect(shape(runs)).toEqual([
      [
        null,
        [
          ["a", ""],
          ["bcde", "a"],
          ["f", ""],
        ],
      ],
    ]);
  });

  it("drops mentions overlapping an earlier or longer one (links cannot nest)", () => {
    const text = "Alpha Beta Gamma Delta";
    const kept = resolveMentions(text, [place(6, 10, "short"), actor(0, 10, "long"), place(6, 16, "later"), place(17, 22, "ok")]);
    expect(kept.map((m) => m.id)).toEqual(["long", "ok"]);
    // Same start: the longer wins.
    expect(resolveMentions(text, [place(0, 5, "a"), place(0, 10, "ab")]).map((m) => m.id)).toEqual(["ab"]);
  });

  it("ignores empty, reversed, out-of-range and non-finite spans", () => {
    const text = "short";
    const runs = segmentPassage(text, [place(3, 3), place(4, 2), place(-5, 2, "clamped"), place(Number.NaN, 3)], [{ id: "h", start: 4, end: 99 }]);
    expect(shape(runs)).toEqual([
      ["clamped", [["sh", ""]]],
      [
        null,
        [
          ["or", ""],
          ["t", "h"],
        ],
      ],
    ]);
    expect(segmentPassage("", [place(0, 1)], [])).toEqual([]);
  });

  it("works on Arabic text with its UTF-16 offsets (proclitic and all)", () => {
    // "The group withdrew from Raqqa and Syria" — synthetic.
    const text = "انسحبت الجماعة من الرقة وسوريا.";
    const raqqa = text.indexOf("الرقة");
    const syria = text.indexOf("وسوريا");
    const runs = segmentPassage(text, [place(raqqa, raqqa + 5, "city:r"), place(syria, syria + 6)], [{ id: "c", start: 0, end: syria + 6 }]);
    expect(runs.filter((r) => r.mention).map((r) => text.slice(r.start, r.end))).toEqual(["الرقة", "وسوريا"]);
    expect(joined(runs)).toBe(text);
    expect(runs.at(-1)?.parts).toEqual([{ start: text.length - 1, end: text.length, text: ".", highlights: [] }]);
  });

  it("never cuts an astral character in two", () => {
    const text = "a😀b";
    const runs = segmentPassage(text, [place(2, 4)], []);
    expect(runs.map((r) => r.parts.map((p) => p.text).join(""))).toEqual(["a", "😀b"]);
  });

  it("property: the parts always give the passage back, in order, without overlaps", () => {
    const span = fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }) });
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.array(span, { maxLength: 6 }), fc.array(span, { maxLength: 6 }), (text, ms, hs) => {
        const runs = segmentPassage(
          text,
          ms.map((s, i) => ({ ...s, kind: "place" as const, id: `m${i}` })),
          hs.map((s, i) => ({ ...s, id: `h${i}` })),
        );
        expect(joined(runs)).toBe(text);
        let at = 0;
        for (const r of runs)
          for (const p of r.parts) {
            expect(p.start).toBe(at);
            expect(p.end).toBeGreaterThan(p.start);
            at = p.end;
          }
        expect(at).toBe(text.length);
      }),
    );
  });
});
