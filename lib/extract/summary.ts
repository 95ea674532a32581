import type { Claim } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import type { ActorMatcher } from "./actors";

/** One English line from the structured fields, so summaries are consistent across languages. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function list(xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? "";
  return xs.slice(0, -1).join(", ") + " and " + xs[xs.length - 1];
}

function dateText(c: Claim): string {
  const d = c.date;
  if (!d) return "";
  const [y, m] = d.value.split("-");
  return d.precision === "year" ? ` (${y})` : ` (${MONTHS[Number(m) - 1]} ${y})`;
}

export function summarize(c: Claim, actors: ActorMatcher, places: Place[]): string {
  const name = (id?: string) => (id ? (actors.byId.get(id)?.nameEn ?? id) : undefined);
  const all = c.actors.map((id) => name(id)!);
  const from = name(c.fromActor);
  const to = name(c.toActor);
  const others = all.filter((n) => n !== to);
  // "ISIS fighters" but not "al-Sahrawi fighters": people pledge for themselves.
  const fromGroup = c.fromActor !== undefined && actors.byId.get(c.fromActor)?.kind === "group";
  const who = list(others.length ? others : all) || "An armed group";
  const seen = new Set<string>();
  const where = places.filter((p) => !seen.has(p.id) && seen.add(p.id)).map((p) => p.nameEn);
  const inWhere = where.length ? ` in ${list(where)}` : "";
  const q = c.quantity?.value !== undefined && c.quantity.unit === "percent" ? ` (${c.quantity.qualifier === "more-than" ? "more than " : ""}${c.quantity.value}%)` : "";
  let s: string;
  switch (c.kind) {
    case "pledge":
      s = to ? `${from ?? who} ${fromGroup ? "fighters " : ""}pledged allegiance to ${to}${inWhere}` : `${who} pledge of allegiance${inWhere}`;
      break;
    case "defection":
      s = to ? `${from ?? "Members"} ${fromGroup ? "members " : ""}joined ${to}${inWhere}` : `Defections involving ${who}${inWhere}`;
      break;
    case "recruitment":
      s = `${all[0] ?? "An armed group"} recruiting${all.length > 1 ? ` among ${list(all.slice(1))}` : ""}${inWhere}`;
      break;
    case "attack":
      s = `${all.length ? `Attack involving ${who}` : "Attack"}${inWhere}${c.quantity?.unit === "people" && c.quantity.value ? `, ${c.quantity.value} killed` : ""}`;
      break;
    case "territorial-loss":
      s = `${who} lost territory${inWhere}${q}`;
      break;
    case "presence":
      s = `${who} present${inWhere}`;
      break;
    case "threat":
      s = `Warning of new attacks by ${who}`;
      break;
  }
  return (s + dateText(c)).replace(/^./, (ch) => ch.toUpperCase());
}
