import ipaddr from "ipaddr.js";

/**
 * Which addresses the server may connect to when it fetches a URL an editor typed (SSRF guard).
 * An allow-list: only ordinary public unicast passes. Everything else is refused by name, so the
 * message says why. IPv4 carried inside IPv6 (::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4, Teredo)
 * is judged as the IPv4 address it reaches, never as "some IPv6".
 */

/** Ranges an admin may open for a local deployment (fetch.allowPrivate); the tests use loopback. */
const PRIVATE = new Set(["loopback", "private", "uniqueLocal", "carrierGradeNat"]);

const LABEL: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private network address",
  uniqueLocal: "a private network address (unique-local)",
  carrierGradeNat: "a carrier-grade NAT address",
  linkLocal: "a link-local address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
};

function embeddedIpv4(addr: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const b = addr.toByteArray();
  if (range === "ipv4Mapped") return addr.toIPv4Address();
  // NAT64 well-known prefix: the last 32 bits are the IPv4 address.
  if (range === "rfc6052" || range === "rfc6145") return new ipaddr.IPv4(b.slice(12, 16));
  // 6to4: 2002:AABB:CCDD::/48 carries AA.BB.CC.DD.
  if (range === "6to4") return new ipaddr.IPv4(b.slice(2, 6));
  // Teredo: the client's IPv4 is the last 32 bits, inverted.
  if (range === "teredo") return new ipaddr.IPv4(b.slice(12, 16).map((x) => x ^ 0xff));
  return null;
}

/**
 * Why the server must not connect to this address, or null when it may. `ip` is a literal
 * address (from DNS or the URL itself); anything that does not parse is refused.
 */
export function refusedAddress(ip: string, opts: { allowPrivate?: boolean } = {}): string | null {
  const literal = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(literal)) return `${ip} is not an IP address`;
  let addr = ipaddr.parse(literal);
  let range = addr.range();
  if (addr.kind() === "ipv6") {
    const v4 = embeddedIpv4(addr as ipaddr.IPv6, range);
    if (v4) {
      addr = v4;
      range = v4.range();
    }
  }
  if (range === "unicast") return null;
  if (opts.allowPrivate && PRIVATE.has(range)) return null;
  // 169.254.169.254 is link-local too; named apart because it is the cloud metadata service.
  if (addr.toString() === "169.254.169.254") return `${ip} is the cloud metadata address`;
  return `${ip} is ${LABEL[range] ?? `a reserved address (${range})`}`;
}
