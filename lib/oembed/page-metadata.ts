import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { oembedDiscoveryHref } from "./discovery";
import { requestOrigin } from "./origin";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The `<link rel="alternate" type="application/json+oembed">` a map page carries, so tools
 * that paste a link (CMSs, chat apps) find its embed. Built from the address the client used.
 */
export async function oembedAlternates(path: string, searchParams: SearchParams): Promise<Metadata["alternates"]> {
  const h = await headers();
  const origin = requestOrigin(new Request(`http://localhost${path}`, { headers: h }));
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(searchParams)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, x);
  const page = `${origin}${path}${q.size ? `?${q}` : ""}`;
  return { types: { "application/json+oembed": oembedDiscoveryHref(page) } };
}
