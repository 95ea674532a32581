"use client";

import { useMemo } from "react";
import { AtlasMapLazy } from "@/components/map/AtlasMapLazy";
import { mapMarks } from "@/lib/map/mark-states";
import { stepMarks } from "@/lib/map/step-marks";
import type { ActorInfo } from "@/lib/view/dashboard-model";
import type { Mark } from "@/lib/view/marks";
import { DEFAULT_LAYERS, type UiLang } from "@/lib/view/view-state";

/**
 * A group's map while its timeline plays: the group's marks over the whole range held by the
 * map's sources, each step drawn over them as feature state (lib/map/step-marks), as on the
 * dashboard and country pages. Loaded only once playback starts (the page shows the server's
 * image until then), so a group page that is only read loads no map script.
 */
export default function GroupStepMap({ marks, frame, actors, lang, label }: { marks: Mark[]; frame: Mark[]; actors: ActorInfo[]; lang: UiLang; label: string }) {
  const styles = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const whole = useMemo(() => mapMarks(frame, DEFAULT_LAYERS, styles, null, lang), [frame, styles, lang]);
  const drawn = useMemo(() => stepMarks(whole, mapMarks(marks, DEFAULT_LAYERS, styles, null, lang)), [whole, marks, styles, lang]);
  return (
    <section aria-label={label} className="aspect-video w-full max-w-4xl overflow-hidden rounded border border-stone-300" data-testid="group-step-map">
      <AtlasMapLazy camera={null} marks={drawn} layers={DEFAULT_LAYERS} lang={lang} />
    </section>
  );
}
