import { toParams, toSearch } from "../view/url-codec";
import type { ViewState } from "../view/view-state";
import { escapeXml } from "../static-map/xml";

/**
 * A `rich` oEmbed 1.0 response: an iframe of /embed with the same view, sized within the
 * consumer's maxwidth/maxheight, and the view's static PNG as its thumbnail.
 */
export const DEFAULT_EMBED = { width: 800, height: 600 } as const;
export const PROVIDER_NAME = "Allegiance Atlas";

export type OembedRich = {
  type: "rich";
  version: "1.0";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
};

export function embedSize(maxwidth: number | null, maxheight: number | null) {
  return { width: Math.min(DEFAULT_EMBED.width, maxwidth ?? Infinity), height: Math.min(DEFAULT_EMBED.height, maxheight ?? Infinity) };
}

export function oembedResponse(view: ViewState, title: string, origin: string, size: { width: number; height: number }): OembedRich {
  const src = `${origin}/embed${toSearch(view)}`;
  const thumb = toParams(view);
  thumb.set("width", String(size.width));
  thumb.set("height", String(size.height));
  const a = (v: string | number) => escapeXml(String(v));
  return {
    type: "rich",
    version: "1.0",
    title,
    provider_name: PROVIDER_NAME,
    provider_url: `${origin}/`,
    html: `<iframe src="${a(src)}" width="${a(size.width)}" height="${a(size.height)}" title="${a(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`,
    width: size.width,
    height: size.height,
    thumbnail_url: `${origin}/api/static-map.png?${thumb}`,
    thumbnail_width: size.width,
    thumbnail_height: size.height,
    cache_age: 3600,
  };
}
