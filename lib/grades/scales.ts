import { z } from "zod";

/**
 * The Admiralty (NATO STANAG 2511) grades. A source (an outlet) is rated for reliability, A
 * (completely reliable) to F (cannot be judged); a claim for credibility, 1 (confirmed by other
 * sources) to 6 (cannot be judged). Everything starts at F and 6: a grade is an editor's
 * judgement, never a default the app invents.
 */
export const RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;
export const Reliability = z.enum(RELIABILITY);
export type Reliability = z.infer<typeof Reliability>;
export const DEFAULT_RELIABILITY: Reliability = "F";

export const Credibility = z.number().int().min(1).max(6);
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export const DEFAULT_CREDIBILITY: Credibility = 6;

/** "B2": the worst grade a view accepts; "B2 or better" keeps A1..B2 (both parts at most these). */
export const GradeParam = z
  .string()
  .regex(/^[A-F][1-6]$/, "a grade is a reliability A-F then a credibility 1-6, e.g. B2")
  .transform((s) => ({ reliability: s[0] as Reliability, credibility: Number(s[1]) as Credibility }));
export type GradeFloor = z.output<typeof GradeParam>;

export type ClaimGrade = { reliability: Reliability; credibility: Credibility };

/** Whether a claim's grade is at least as good as the floor on both scales. */
export function meetsGrade(grade: ClaimGrade, floor: GradeFloor): boolean {
  return grade.reliability <= floor.reliability && grade.credibility <= floor.credibility;
}
