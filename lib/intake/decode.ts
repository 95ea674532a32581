/**
 * Bytes to text for pages and files. The order: a byte-order mark, then the charset the server
 * or the page names, then strict UTF-8, then Windows-1256 (the Arabic code page older Arabic
 * sites and Word's "Save as text" still produce). Line ends become \n.
 */

const ARABIC_FALLBACK = "windows-1256";

function decoderFor(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // an unknown label: fall back to sniffing
  }
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv). */
export function metaCharset(head: Buffer): string | undefined {
  const s = head.subarray(0, 2048).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(s)?.[1]?.toLowerCase();
}

export function decodeBytes(buf: Buffer, declared?: string): string {
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) text = new TextDecoder("utf-8").decode(buf.subarray(3));
  else if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder("utf-16le").decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder("utf-16be").decode(buf.subarray(2));
  else {
    const named = decoderFor(declared);
    if (named) text = named.decode(buf);
    else {
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
      } catch {
        text = new TextDecoder(ARABIC_FALLBACK).decode(buf);
      }
    }
  }
  return text.replace(/\r\n?/g, "\n");
}
