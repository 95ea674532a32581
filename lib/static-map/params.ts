import { z } from "zod";
import { ApiError } from "../api/errors";
import { parseViewQuery } from "../api/view-query";
import { PARAM } from "../view/url-codec";
import type { ViewState } from "../view/view-state";

/**
 * The static map's query: every view parameter of the dashboard (read strictly by the same
 * codec) plus the image size. Sizes are bounded so no request can ask for a 100,000-pixel image:
 * each side 64-4096 px, and the PNG's pixels (width·scale × height·scale) at most 4096² ≈ 16.7 Mpx.
 */
export const SIZE_PARAMS = ["width", "height", "scale"] as const;
export const VIEW_PARAMS = Object.values(PARAM);
export const MIN_SIDE = 64;
export const MAX_SIDE = 4096;
export const MAX_SCALE = 4;
export const MAX_PIXELS = 4096 * 4096;
export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;

export type StaticMapQuery = { view: ViewState; width: number; height: number; scale: number };

const side = z
  .string()
  .regex(/^\d{1,5}$/, "must be a whole number of pixels")
  .transform(Number)
  .pipe(z.number().min(MIN_SIDE).max(MAX_SIDE));
const scale = z
  .string()
  .regex(/^\d(\.\d{1,2})?$/, "must be a number from 1 to 4")
  .transform(Number)
  .pipe(z.number().min(1).max(MAX_SCALE));

export function parseStaticMapQuery(url: string): StaticMapQuery {
  const u = new URL(url);
  const read = <T>(name: (typeof SIZE_PARAMS)[number], schema: z.ZodType<T, string>, fallback: T): T => {
    const values = u.searchParams.getAll(name);
    u.searchParams.delete(name);
    if (values.length > 1) throw new ApiError("bad_request", `parameter "${name}" is given more than once`);
    if (values[0] === undefined) return fallback;
    const parsed = schema.safeParse(values[0]);
    if (!parsed.success)
      throw new ApiError("bad_request", `${name}: ${parsed.error.issues[0]?.message ?? "invalid"} (${name === "scale" ? `1-${MAX_SCALE}` : `${MIN_SIDE}-${MAX_SIDE} px`})`);
    return parsed.data;
  };
  const width = read("width", side, DEFAULT_SIZE.width);
  const height = read("height", side, DEFAULT_SIZE.height);
  const s = read("scale", scale, 1);
  if (width * height * s * s > MAX_PIXELS) {
    throw new ApiError("bad_request", `width × height × scale² is ${Math.round(width * height * s * s)} pixels; the most is ${MAX_PIXELS} (e.g. 2048×2048 at scale 2)`);
  }
  const view = parseViewQuery(u.toString(), VIEW_PARAMS);
  return { view, width, height, scale: s };
}
