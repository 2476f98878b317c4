import type { EventData } from './schema.ts';

/** A correction as pages and feeds show it: oldest first, each with an anchor that stays put. */
export interface ShownCorrection {
  /** `correction-2026-11-23`, with `-2`, `-3` for a second and third of the same day. */
  anchor: string;
  date: string;
  note: string;
}

/**
 * An entry's corrections in the order they were made (the order written breaks ties), each with an
 * anchor made from its day, so a link to one keeps working when later corrections are added.
 */
export function shownCorrections(corrections: EventData['corrections']): ShownCorrection[] {
  const sorted = corrections
    .map((correction, index) => ({ ...correction, index }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  const perDay = new Map<string, number>();
  return sorted.map(({ date, note }) => {
    const count = (perDay.get(date) ?? 0) + 1;
    perDay.set(date, count);
    return { anchor: `correction-${date}${count > 1 ? `-${count}` : ''}`, date, note };
  });
}
