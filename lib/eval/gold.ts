import { z } from "zod";
import { ClaimKind, Lang } from "../schema/article";

/**
 * The hand annotation of one evaluation article (tests/eval/corpus/<id>.gold.json); the
 * annotation guide is tests/eval/README.md. Places are references, not gazetteer ids, so that an
 * annotator can name a town the gazetteer does not know yet: that is a miss to be measured.
 */

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const PlaceRef = z
  .string()
  .regex(/^(country:[A-Z]{3}|province:[A-Z]{2}-[A-Z0-9]{1,3}|region:[a-z-]+|town:[^@]+@[A-Z]{3})$/, "a place is country:XXX, province:XX-YY, region:id or town:Name@XXX");
export type PlaceRef = z.infer<typeof PlaceRef>;

const GroupId = z.string().regex(/^[a-z0-9-]+$/);

export const GoldClaim = z
  .object({
    kind: ClaimKind,
    groups: z.array(GroupId).min(1),
    from: GroupId.optional(),
    to: GroupId.optional(),
    place: PlaceRef.nullable(),
    date: z.string().regex(ISO_DATE).optional(),
    why: z.string().optional(),
  })
  .strict();
export type GoldClaim = z.infer<typeof GoldClaim>;

export const Gold = z
  .object({
    lang: Lang,
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    phenomena: z.array(z.string()).default([]),
    mentions: z.array(PlaceRef),
    claims: z.array(GoldClaim),
  })
  .strict();
export type Gold = z.infer<typeof Gold>;
