/**
 * Gives a TrueType/OpenType file a family name of its own. @fontsource splits Noto Sans into
 * subsets (Latin, Latin Extended; Arabic, symbols) that all carry the same family name; resvg
 * picks one face per family and so never reaches the glyphs of the others (Arabic drawn as
 * boxes, no arrows). Renamed, each subset is a family resvg can fall back to for the characters
 * the first one lacks.
 */
const NAME = 0x6e616d65; // "name"
// Family, full name, PostScript name, typographic family, WWS family.
const RENAMED = new Set([1, 4, 6, 16, 21]);

function encode(platformId: number, text: string): Buffer {
  if (platformId === 1) return Buffer.from(text, "latin1");
  const b = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) b.writeUInt16BE(text.charCodeAt(i), i * 2);
  return b;
}

function renamedTable(table: Buffer, family: string): Buffer {
  const count = table.readUInt16BE(2);
  const stringOffset = table.readUInt16BE(4);
  const records: { platformId: number; encodingId: number; languageId: number; nameId: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const platformId = table.readUInt16BE(at);
    const nameId = table.readUInt16BE(at + 6);
    const length = table.readUInt16BE(at + 8);
    const offset = table.readUInt16BE(at + 10);
    const text = nameId === 4 ? `${family} Regular` : nameId === 6 ? `${family.replace(/\s+/g, "")}-Regular` : family;
    const data = RENAMED.has(nameId) ? encode(platformId, text) : table.subarray(stringOffset + offset, stringOffset + offset + length);
    records.push({ platformId, encodingId: table.readUInt16BE(at + 2), languageId: table.readUInt16BE(at + 4), nameId, data });
  }
  // Format 0: header, records, then the strings one after another.
  const header = Buffer.alloc(6 + count * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(count, 2);
  header.writeUInt16BE(6 + count * 12, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    header.writeUInt16BE(r.platformId, at);
    header.writeUInt16BE(r.encodingId, at + 2);
    header.writeUInt16BE(r.languageId, at + 4);
    header.writeUInt16BE(r.nameId, at + 6);
    header.writeUInt16BE(r.data.length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += r.data.length;
  });
  return Buffer.concat([header, ...records.map((r) => r.data)]);
}

function checksum(data: Buffer): number {
  let sum = 0;
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

export type SfntTable = { tag: number; checksum: number; data: Buffer };

/** The tables with the `name` table rewritten for `family`. */
export function withFamily(tables: readonly SfntTable[], family: string): SfntTable[] {
  return tables.map((t) => {
    if (t.tag !== NAME) return t;
    const data = renamedTable(t.data, family);
    return { tag: t.tag, checksum: checksum(data), data };
  });
}
