import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";

/**
 * Which claims speak about a region. Precision is honest: a claim about a place inside the region
 * counts (a city in a province, a province of a named region), a claim about something larger
 * does not (a claim about Syria says nothing about Raqqa province in particular). A country
 * counts the claims that name it among their countries, as the dashboard's country filter does.
 */
export function placeWithin(place: Place, region: Place): boolean {
  if (place.id === region.id) return true;
  switch (region.kind) {
    case "country":
      return place.kind !== "region" && place.countries.includes(region.iso as Place["countries"][number]);
    case "province":
      return place.kind === "city" && place.province === region.iso;
    case "region": {
      const members = new Set(region.members ?? []);
      if (place.kind === "province") return members.has(place.iso ?? "");
      if (place.kind === "city") return members.has(place.province ?? "") || place.countries.every((c) => members.has(c));
      if (place.kind === "country") return members.has(place.iso ?? "");
      return false;
    }
    default:
      return false;
  }
}

export function claimWithin(claim: Claim, region: Place, places: ReadonlyMap<string, Place>): boolean {
  if (region.kind === "country" && claim.countries.includes(region.iso as Claim["countries"][number])) return true;
  return claim.places.some((ref) => {
    const p = places.get(ref.placeId);
    return !!p && placeWithin(p, region);
  });
}

export function claimsWithin(claims: readonly Claim[], region: Place, places: ReadonlyMap<string, Place>): Claim[] {
  return claims.filter((c) => claimWithin(c, region, places));
}
