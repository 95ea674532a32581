/**
 * Advance widths from a TrueType file (cmap formats 4 and 12, hhea, hmtx, head), so the static
 * map can place runs of text in different fonts side by side: resvg 2.6 cannot fall back from
 * one font to another inside a single run once shaping changes the glyph count (as Arabic does),
 * so each script is drawn as its own run, positioned from these widths.
 */
export type Metrics = { unitsPerEm: number; advance: (codePoint: number) => number | null };

function tables(sfnt: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const n = sfnt.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const rec = 12 + i * 16;
    const tag = sfnt.toString("latin1", rec, rec + 4);
    const offset = sfnt.readUInt32BE(rec + 8);
    out.set(tag, sfnt.subarray(offset, offset + sfnt.readUInt32BE(rec + 12)));
  }
  return out;
}

/** Code point → glyph id, from the best Unicode cmap subtable. */
function glyphMap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const n = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: n }, (_, i) => ({ platform: cmap.readUInt16BE(4 + i * 8), offset: cmap.readUInt32BE(8 + i * 8) }))
    .filter((s) => s.platform === 0 || s.platform === 3)
    .map((s) => ({ ...s, format: cmap.readUInt16BE(s.offset) }));
  const sub = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4);
  if (!sub) return map;
  const t = cmap.subarray(sub.offset);
  if (sub.format === 12) {
    const groups = t.readUInt32BE(12);
    for (let g = 0; g < groups; g++) {
      const at = 16 + g * 12;
      const [start, end, gid] = [t.readUInt32BE(at), t.readUInt32BE(at + 4), t.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) map.set(c, gid + c - start);
    }
    return map;
  }
  const segs = t.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = t.readUInt16BE(ends + s * 2);
    const start = t.readUInt16BE(starts + s * 2);
    const delta = t.readInt16BE(deltas + s * 2);
    const rangeOffset = t.readUInt16BE(ranges + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (rangeOffset === 0) gid = (c + delta) & 0xffff;
      else {
        const at = ranges + s * 2 + rangeOffset + (c - start) * 2;
        gid = at + 1 < t.length ? t.readUInt16BE(at) : 0;
        if (gid) gid = (gid + delta) & 0xffff;
      }
      if (gid) map.set(c, gid);
    }
  }
  return map;
}

export function fontMetrics(sfnt: Buffer): Metrics {
  const t = tables(sfnt);
  const head = t.get("head");
  const hhea = t.get("hhea");
  const hmtx = t.get("hmtx");
  const cmap = t.get("cmap");
  if (!head || !hhea || !hmtx || !cmap) throw new Error("font lacks head, hhea, hmtx or cmap");
  const unitsPerEm = head.readUInt16BE(18);
  const longMetrics = hhea.readUInt16BE(34);
  const glyphs = glyphMap(cmap);
  const advanceOf = (gid: number) => hmtx.readUInt16BE(Math.min(gid, longMetrics - 1) * 4);
  return {
    unitsPerEm,
    advance: (cp) => {
      const gid = glyphs.get(cp);
      return gid === undefined ? null : advanceOf(gid) / unitsPerEm;
    },
  };
}
