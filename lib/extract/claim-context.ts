import type { Passage, PartialDate } from "../schema/article";
import type { Token } from "../text/tokens";
import type { ActorMatcher, ActorMention } from "./actors";
import type { ResolvedPlace } from "./disambiguate";

/** What is in focus when the reader reaches a passage (see discourse.ts). */
export interface Focus {
  /** Groups by salience (most salient first), with the head nouns their names were written with. */
  groups?: { ids: string[]; passageId: string; heads?: Map<string, Set<string>>; branches?: Map<string, string> };
  /** The latest town, province and any place named as where things happen. */
  city?: { place: ResolvedPlace["place"]; passageId: string };
  province?: { place: ResolvedPlace["place"]; passageId: string };
  place?: { place: ResolvedPlace["place"]; passageId: string };
  /** The group a merger told in the story formed ("the new group", "التنظيم الجديد"). */
  formed?: string;
  /** The headline's passage, once read: what the story announces. */
  headlineId?: string;
  date?: PartialDate;
  /** The year last named as such ("خلال عام 2015"), for "during the year" / "خلال العام" later. */
  year?: PartialDate;
}

/** What the rules know when they reach a passage; updated as the article is read in order. */
export interface ClaimContext {
  slug: string;
  published?: PartialDate;
  /** Attribution that governs the current paragraph ("ذكرت ذلك صحيفة الغارديان ..."). */
  paragraphAttribution?: { paragraph: number; text: string };
  lastDate?: PartialDate;
  actors: ActorMatcher;
  focus?: Focus;
}

/** A passage with what was found in it: tokens, resolved places, actor mentions. */
export interface PassageEvidence {
  passage: Passage;
  tokens: Token[];
  places: ResolvedPlace[];
  actors: ActorMention[];
}
