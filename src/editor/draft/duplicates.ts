import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { earliestDay, latestDay } from '../../domain/dates.ts';
import type { Registry } from '../../domain/registry.ts';
import type { EventData } from '../../domain/schema.ts';

dayjs.extend(utc);

/** An event already in the record that a new draft may duplicate, and the people both name. */
export interface PossibleDuplicate {
  file: string;
  id: string;
  data: EventData;
  shared: string[];
}

/**
 * Events already in the record that a new draft may be about: within a week of its dates, and naming its
 * lead, or two of the people it names (registry ids). Used by `new` and `import` alike.
 */
export function possibleDuplicates(
  draft: { date: string; end?: string | undefined; people: readonly string[]; lead?: string | undefined },
  existing: readonly { id: string; file: string; data: EventData }[],
  registry: Registry,
): PossibleDuplicate[] {
  const first = dayjs.utc(earliestDay(draft.date));
  const last = dayjs.utc(latestDay(draft.end ?? draft.date));
  const found: PossibleDuplicate[] = [];
  for (const event of existing) {
    const otherFirst = dayjs.utc(earliestDay(event.data.date));
    const otherLast = dayjs.utc(latestDay(event.data.end ?? event.data.date));
    const gap = Math.max(0, otherFirst.diff(last, 'day'), first.diff(otherLast, 'day'));
    if (gap > 7) continue;
    const ids = new Set(
      event.data.participants
        .filter((participant) => !participant.oneOff)
        .map((participant) => registry.find(participant.name)?.id)
        .filter((id): id is string => id !== undefined),
    );
    const shared = draft.people.filter((id) => ids.has(id));
    if ((draft.lead && shared.includes(draft.lead)) || shared.length >= 2) {
      found.push({
        file: event.file,
        id: event.id,
        data: event.data,
        shared: shared.map((id) => registry.get(id)?.name ?? id),
      });
    }
  }
  return found;
}
