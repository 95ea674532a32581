import { inflateSync } from "node:zlib";
import { type SfntTable, withFamily } from "./sfnt-name";

/**
 * WOFF 1.0 to the TrueType/OpenType file it wraps (W3C WOFF 1.0, §4-5). The app ships its
 * fonts as WOFF from @fontsource; resvg reads only TTF/OTF files, so the static map unwraps
 * them: each table is zlib-deflated (or stored) and the sfnt header is rebuilt around them.
 */
const WOFF = 0x774f4646; // "wOFF"

/** `family`, when given, renames the font (see sfnt-name.ts for why). */
export function woffToSfnt(woff: Uint8Array, family?: string): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < 44 || src.readUInt32BE(0) !== WOFF) throw new Error("not a WOFF 1.0 file");
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  let tables: SfntTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = src.readUInt32BE(at);
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const checksum = src.readUInt32BE(at + 16);
    const raw = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error("WOFF table has the wrong length");
    tables.push({ tag, checksum, data });
  }
  if (family) tables = withFamily(tables, family);
  // The sfnt offset table: binary-search hints derived from the table count (OpenType spec).
  const log2 = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** log2 * 16;
  const headerSize = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    out.writeUInt32BE(t.tag, rec);
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(t.data.length, rec + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}
