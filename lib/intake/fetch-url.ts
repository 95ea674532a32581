import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { ApiError } from "../api/errors";
import { refusedAddress } from "./address-policy";

/**
 * Fetches a page an editor asked for, on request only, with the SSRF guard: http(s) only, every
 * address a name resolves to checked (address-policy.ts), and the connection made to the address
 * that was checked: the check runs inside the socket's own `lookup`, so a second DNS answer
 * (rebinding) can never reach the connect. A literal IP in the URL never goes through `lookup`,
 * so it is checked before the request. Each redirect is a new request through the same guard.
 */

export const FETCH_LIMITS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 } as const;

const TYPES = new Set(["text/html", "text/plain"]);

type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

export interface FetchOptions {
  /** The admin setting fetch.allowPrivate: loopback and private networks become reachable. */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Name resolution; DNS by default. Tests map names to the addresses they need. */
  resolve?: Resolve;
}

export interface Fetched {
  /** The address the body came from, after redirects. */
  url: string;
  contentType: "text/html" | "text/plain";
  /** The charset the server named, if any. */
  charset?: string;
  body: Buffer;
}

const systemResolve: Resolve = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

const refused = (msg: string) => new ApiError("bad_request", `Refused to fetch this URL: ${msg}.`);
const upstream = (msg: string) => new ApiError("bad_gateway", `The page could not be fetched: ${msg}.`);

/** Parses and checks a URL's scheme and, for a literal IP host, its address. */
export function checkUrl(raw: string, opts: FetchOptions = {}): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused("it is not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refused(`only http and https are fetched, not ${url.protocol.replace(/:$/, "")}`);
  if (url.username || url.password) throw refused("URLs with credentials are not fetched");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // WHATWG URL has already turned 0x7f.1, 2130706433 and the like into dotted IPv4.
  if (/^[\d.]+$/.test(host) || host.includes(":")) {
    const why = refusedAddress(host, opts);
    if (why) throw refused(why);
  }
  return url;
}

/** A socket lookup that resolves, refuses the whole name if any address is refused, and connects to the first. */
function guardedLookup(opts: FetchOptions, onRefused: (e: ApiError) => void): LookupFunction {
  const resolve = opts.resolve ?? systemResolve;
  return ((host: string, lookupOpts: { all?: boolean }, cb: (...a: unknown[]) => void) => {
    resolve(host).then(
      (all) => {
        if (!all.length) return cb(Object.assign(new Error(`${host} did not resolve`), { code: "ENOTFOUND" }));
        for (const a of all) {
          const why = refusedAddress(a.address, opts);
          if (why) {
            const e = refused(`${host} resolves to ${why.replace(/^\S+ is /, "")} (${a.address})`);
            onRefused(e);
            return cb(e);
          }
        }
        const first = all[0]!;
        if (lookupOpts?.all) cb(null, [{ address: first.address, family: first.family }]);
        else cb(null, first.address, first.family);
      },
      (e: NodeJS.ErrnoException) => cb(e),
    );
  }) as LookupFunction;
}

interface Hop {
  status: number;
  location?: string;
  contentType?: string;
  contentLength?: number;
  encoding?: string;
  body: Readable;
}

function request(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    let guardError: ApiError | undefined;
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(url, {
      method: "GET",
      signal,
      // A fresh agent per hop: a pooled socket would skip the lookup, and with it the check.
      agent: false,
      lookup: guardedLookup(opts, (e) => (guardError = e)),
      headers: { "User-Agent": "AllegianceAtlas/1 (article intake)", Accept: "text/html, text/plain;q=0.9", "Accept-Encoding": "gzip, deflate, br" },
    });
    req.on("response", (res) => {
      const len = Number(res.headers["content-length"]);
      resolve({
        status: res.statusCode ?? 0,
        location: res.headers.location,
        contentType: res.headers["content-type"],
        contentLength: Number.isFinite(len) ? len : undefined,
        encoding: res.headers["content-encoding"],
        body: res,
      });
    });
    req.on("error", (e) => reject(guardError ?? e));
    req.end();
  });
}

/** Reads a body up to maxBytes (after decompression, so a small gzip cannot expand past it). */
async function readBody(hop: Hop, maxBytes: number): Promise<Buffer> {
  const enc = (hop.encoding ?? "identity").trim().toLowerCase();
  const decoders: Record<string, () => NodeJS.ReadWriteStream> = {
    gzip: zlib.createGunzip,
    "x-gzip": zlib.createGunzip,
    deflate: zlib.createInflate,
    br: zlib.createBrotliDecompress,
  };
  if (enc !== "identity" && !decoders[enc]) throw upstream(`unknown content encoding "${enc}"`);
  const stream: Readable = enc === "identity" ? hop.body : (hop.body.pipe(decoders[enc]!()) as unknown as Readable);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    hop.body.destroy();
  }
  return Buffer.concat(chunks);
}

const tooLarge = (max: number) => new ApiError("payload_too_large", `The page is larger than ${Math.round(max / 1024 / 1024)} MB.`);

function mediaType(header: string | undefined): { type: string; charset?: string } {
  const [type = "", ...params] = (header ?? "").split(";").map((s) => s.trim());
  const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1]).find(Boolean);
  return { type: type.toLowerCase(), ...(charset ? { charset: charset.toLowerCase() } : {}) };
}

function describe(e: unknown, timedOut: boolean): ApiError {
  if (e instanceof ApiError) return e;
  if (timedOut) return upstream("it took longer than the time allowed");
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return upstream("the host name does not resolve");
  if (code === "ECONNREFUSED") return upstream("the connection was refused");
  return upstream(code ? `network error (${code})` : (e as Error).message || "network error");
}

/** GETs `raw`, following at most maxRedirects redirects, each checked like the first. */
export async function fetchUrl(raw: string, opts: FetchOptions = {}): Promise<Fetched> {
  const { maxBytes, timeoutMs, maxRedirects } = { ...FETCH_LIMITS, ...opts };
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkUrl(raw, opts);
  try {
    for (let hops = 0; ; hops++) {
      const hop = await request(url, opts, signal);
      if (hop.status >= 300 && hop.status < 400 && hop.location) {
        hop.body.destroy();
        if (hops >= maxRedirects) throw upstream(`more than ${maxRedirects} redirects`);
        let next: string;
        try {
          next = new URL(hop.location, url).href;
        } catch {
          throw upstream("it redirects to a malformed address");
        }
        url = checkUrl(next, opts);
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) {
        hop.body.destroy();
        throw upstream(`the server answered ${hop.status}`);
      }
      const { type, charset } = mediaType(hop.contentType);
      if (!TYPES.has(type)) {
        hop.body.destroy();
        throw new ApiError("unsupported_media_type", `The page is ${type || "of no stated type"}; only text/html and text/plain pages are read.`);
      }
      if (hop.contentLength !== undefined && hop.contentLength > maxBytes) {
        hop.body.destroy();
        throw tooLarge(maxBytes);
      }
      const body = await readBody(hop, maxBytes);
      return { url: url.href, contentType: type as Fetched["contentType"], ...(charset ? { charset } : {}), body };
    }
  } catch (e) {
    throw describe(e, signal.aborted);
  }
}
