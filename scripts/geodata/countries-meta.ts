import type { CountryIso3 } from "../../lib/schema/gazetteer";

/** The seven countries, keyed by the alpha-2 codes Natural Earth and GeoNames use. */
export const ISO2_TO_ISO3 = {
  AF: "AFG",
  DZ: "DZA",
  IQ: "IRQ",
  NE: "NER",
  NG: "NGA",
  SY: "SYR",
  YE: "YEM",
} as const satisfies Record<string, CountryIso3>;

export type Iso2 = keyof typeof ISO2_TO_ISO3;
export const ISO2_CODES = Object.keys(ISO2_TO_ISO3).sort() as Iso2[];

export function isIso2(code: string): code is Iso2 {
  return Object.hasOwn(ISO2_TO_ISO3, code);
}
