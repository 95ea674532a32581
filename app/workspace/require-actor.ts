import { redirect } from "next/navigation";
import { type Actor, currentActor } from "@/lib/auth/guard";

/** The signed-in actor of a workspace page (server only: beside the pages, not in components/); an anonymous visitor is sent to sign in and back. */
export async function requireActorOrSignIn(pathWithQuery: string, lang: "en" | "ar"): Promise<Actor> {
  const actor = await currentActor();
  if (actor) return actor;
  const q = new URLSearchParams({ next: pathWithQuery });
  if (lang === "ar") q.set("lang", "ar");
  redirect(`/signin?${q.toString()}`);
}
