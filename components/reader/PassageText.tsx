import { Fragment, type ReactNode } from "react";
import type { Mention, Run } from "@/lib/reader/segments";

/** Where a mention links to, and the name the link is described by; null leaves it unlinked. */
export type MentionLink = (m: Mention) => { href: string; title: string; color?: string } | null;

const MENTION_CLASS: Record<Mention["kind"], string> = {
  place: "text-sky-900 underline decoration-sky-700 decoration-2 underline-offset-4 hover:bg-sky-50",
  actor: "text-stone-950 underline decoration-dotted decoration-2 underline-offset-4 hover:bg-stone-100",
};

/**
 * A passage as React text nodes: article text is untrusted, so it only ever reaches the page as
 * children strings, which React escapes. Claim spans are <mark>s; mentions are links to the map.
 */
export function PassageText({ runs, linkOf }: { runs: readonly Run[]; linkOf: MentionLink }) {
  return runs.map((run) => {
    const parts: ReactNode[] = run.parts.map((p) =>
      p.highlights.length ? (
        <mark key={p.start} data-claims={p.highlights.join(" ")} className="rounded-sm bg-amber-100 text-inherit">
          {p.text}
        </mark>
      ) : (
        p.text
      ),
    );
    const link = run.mention ? linkOf(run.mention) : null;
    if (!run.mention || !link) return parts.length === 1 && typeof parts[0] === "string" ? parts[0] : <Fragment key={run.start}>{parts}</Fragment>;
    return (
      <a
        key={run.start}
        href={link.href}
        title={link.title}
        data-mention={run.mention.kind}
        data-id={run.mention.id}
        className={`rounded-sm ${MENTION_CLASS[run.mention.kind]}`}
        style={link.color ? { textDecorationColor: link.color } : undefined}
      >
        {parts}
      </a>
    );
  });
}
