import type { Article, Claim, PartialDate } from "../schema/article";
import type { Merged } from "./curation";

/**
 * The shapes the app reads articles in. The articles themselves live in the database
 * (lib/data/); this module holds no I/O, so components may import its types.
 */

export interface ArticleBundle extends Merged {
  curated: boolean;
  /** Proposed (unreviewed) claims: `claims` holds the accepted ones, all the public sees. */
  proposed?: Claim[];
}

export interface ArticleListing {
  slug: string;
  title: string;
  lang: Article["lang"];
  source?: string;
  published?: PartialDate;
  passages: number;
  claims: number;
  curated: boolean;
}
