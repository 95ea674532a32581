/**
 * Rows gathered by the event they report, in the order each event first appears, so a popup or
 * the table shows every source of one event together. A row with no event is an event alone.
 */
export type EventGroup<R> = { event: string; sources: number; rows: R[] };

export function byEvent<R extends { id: string; event?: string; sources?: number }>(rows: readonly R[]): EventGroup<R>[] {
  const groups = new Map<string, EventGroup<R>>();
  for (const r of rows) {
    const key = r.event ?? r.id;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { event: key, sources: r.sources ?? 1, rows: [] }));
    g.rows.push(r);
  }
  return [...groups.values()];
}
