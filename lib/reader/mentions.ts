import type { Matchers } from "../articles/ingest";
import { matchActors } from "../extract/actors";
import { disambiguate } from "../extract/disambiguate";
import { matchPlaces } from "../extract/place-matcher";
import type { Claim } from "../schema/article";
import { tokenize } from "../text/tokens";
import type { Mention } from "./segments";

/**
 * Where places and actors are named in a passage. The reader runs the ingest pipeline's own
 * matchers, so what is marked in the text is what the pipeline read; curated claims add the
 * place words a reviewer pointed at that the matchers missed.
 */

/** Same steps as ingestText for one passage: actors first, places outside actor names, disambiguated. */
export function findMentions(text: string, m: Matchers): Mention[] {
  const tokens = tokenize(text);
  const actors = matchActors(m.actors, tokens);
  const out: Mention[] = actors.map((a) => ({ kind: "actor", id: a.actor.id, start: a.start, end: a.end }));
  for (const pm of matchPlaces(m.places, tokens)) {
    // A place named inside a group's name ("... in the Arabian Peninsula") is not a location.
    if (actors.some((a) => pm.start < a.end && a.start < pm.end)) continue;
    const r = disambiguate(tokens, pm);
    if (r) out.push({ kind: "place", id: r.place.id, start: r.start, end: r.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every occurrence in the passage of the words each claim says named its places. */
export function mentionsFromClaims(text: string, claims: readonly Pick<Claim, "places">[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const c of claims)
    for (const p of c.places) {
      const word = p.matched?.trim();
      if (!word) continue;
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
        const key = `${p.placeId}@${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ kind: "place", id: p.placeId, start: i, end: i + word.length });
      }
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The matchers' mentions, plus claim-derived ones that do not overlap any of them. */
export function mergeMentions(primary: readonly Mention[], extra: readonly Mention[]): Mention[] {
  const free = extra.filter((e) => !primary.some((p) => e.start < p.end && p.start < e.end));
  return [...primary, ...free].sort((a, b) => a.start - b.start || b.end - a.end);
}
