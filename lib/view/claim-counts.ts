/**
 * The one definition of what a view counts, used by the dashboard, the exports and the images
 * alike: the claims that match the filters (drawn or not), and the claim–place rows of the CSV
 * and GeoJSON downloads, one per claim and place it names (one with empty place columns for a
 * claim that names none). Without one definition the table said 19 claims, the PNG 14 (claims
 * drawn) and the CSV 23 (rows) for the same view.
 */
export type ClaimCounts = { claims: number; claimPlaceRows: number };

/** Download rows a claim gives, from how many known places it names. */
export const rowsOfClaim = (placesNamed: number) => Math.max(1, placesNamed);

export function claimCounts(claims: readonly { places: readonly unknown[] }[]): ClaimCounts {
  return { claims: claims.length, claimPlaceRows: claims.reduce((n, c) => n + rowsOfClaim(c.places.length), 0) };
}
