import { db } from "../data/connection";

/** How many claims wait for review (the workspace index's figure). */
export async function proposedCount(): Promise<number> {
  const row = await (await db())
    .selectFrom("claims")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "proposed")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
