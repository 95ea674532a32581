/**
 * If-None-Match as RFC 9110 §13.1.2 reads it: `*` matches any current representation, otherwise
 * a list of entity tags compared weakly (`W/"x"` matches `"x"`): a cache or proxy may hand back
 * the weak form of our strong tag (nginx does after gzip), and the client still holds our bytes.
 */
const ENTITY_TAG = /^\s*(?:W\/)?("[\x21\x23-\x7e\x80-\xff]*")\s*(?:,|$)/;

/** The opaque tags of an If-None-Match list, without W/; "*" for the wildcard; [] when malformed. */
export function parseIfNoneMatch(header: string): string[] {
  if (header.trim() === "*") return ["*"];
  const tags: string[] = [];
  let rest = header;
  // Empty list elements (", ,") are allowed by the list syntax and skipped.
  while ((rest = rest.replace(/^[\s,]+/, ""))) {
    const m = ENTITY_TAG.exec(rest);
    if (!m) return tags;
    tags.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  return tags;
}

/** True when the client's If-None-Match names this representation: answer 304. */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.startsWith("W/") ? etag.slice(2) : etag;
  return parseIfNoneMatch(header).some((t) => t === "*" || t === opaque);
}
