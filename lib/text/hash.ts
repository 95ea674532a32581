/**
 * Short stable hashes for ids. Not cryptographic: ids only need to be stable and unlikely to
 * collide within one article; two independent FNV-1a-32 lanes give ~64 bits.
 */
export function shortHash(s: string, len = 10): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const a = (h1 >>> 0).toString(36).padStart(7, "0");
  const b = (h2 >>> 0).toString(36).padStart(7, "0");
  return (a + b).slice(0, len);
}
