import { shownCorrections } from '../domain/corrections.ts';
import { earliestDay } from '../domain/dates.ts';
import type { TimelineEvent } from '../domain/ordering.ts';

/**
 * The record's changes that readers follow at /changes/ and in /changes.xml: each entry's addition and
 * each correction, newest first. Rewording and other edits are not listed: an entry's page has them all.
 */
export interface RecordChange<T> {
  kind: 'added' | 'corrected';
  /** The day added (as written: a month or a year for some entries) or the day the correction was made. */
  day: string;
  event: T;
  /** For a correction: what was wrong, and its anchor on the event's page. */
  correction?: { note: string; anchor: string } | undefined;
}

/**
 * Additions and corrections of the events in `sorted` (timeline order), newest first: by day; on one day
 * corrections before additions; then in timeline order, so the list depends on nothing but the record.
 * `addedOn` gives an entry's day added, or undefined when it is not known (it is then not listed).
 */
export function recordChanges<T extends TimelineEvent>(
  sorted: readonly T[],
  addedOn: (event: T) => string | undefined,
): RecordChange<T>[] {
  const changes: (RecordChange<T> & { position: number })[] = [];
  sorted.forEach((event, position) => {
    const added = addedOn(event);
    if (added !== undefined) changes.push({ kind: 'added', day: added, event, position });
    for (const { date, note, anchor } of shownCorrections(event.data.corrections)) {
      changes.push({ kind: 'corrected', day: date, event, position, correction: { note, anchor } });
    }
  });
  const key = (change: RecordChange<T>) => earliestDay(change.day);
  return changes
    .sort(
      (a, b) =>
        (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0) ||
        (a.kind === b.kind ? 0 : a.kind === 'corrected' ? -1 : 1) ||
        a.position - b.position,
    )
    .map(({ position: _, ...change }) => change);
}

/** Changes grouped by their day, in the order given. */
export function byDay<T>(changes: readonly RecordChange<T>[]): { day: string; changes: RecordChange<T>[] }[] {
  const groups: { day: string; changes: RecordChange<T>[] }[] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (last?.day === change.day) last.changes.push(change);
    else groups.push({ day: change.day, changes: [change] });
  }
  return groups;
}
