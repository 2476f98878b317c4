import { getEntry } from 'astro:content';
import { entryHistory, HISTORY_ENTRY, type EntryChange, type EntryHistory } from '../history/entries.ts';
import { recordChanges, type RecordChange } from '../history/changes.ts';
import { entryDates, type EntryDates } from '../history/page.ts';
import { getTimeline, type EventEntry } from './events.ts';

/** An event's history and the dates it gives: what its page, its citations and /changes/ read. */
export interface EventHistory {
  /** Undefined when there is none to show (git not read, or the file not committed yet). */
  history: EntryHistory | undefined;
  dates: EntryDates;
}

let histories: Promise<Map<string, EventHistory>> | undefined;

/**
 * Every published event's history, by id, followed through renames and former ids, with the day it was
 * added (`added`, else its file's first commit) and last changed. Made once per build.
 */
export function getHistories(): Promise<Map<string, EventHistory>> {
  const make = async () => {
    const [events, folder] = await Promise.all([getTimeline(), getEntry('history', HISTORY_ENTRY)]);
    const byId = new Map<string, readonly EntryChange[]>(Object.entries(folder?.data.files ?? {}));
    return new Map(
      events.map((event) => {
        const history = entryHistory(event.id, event.data.formerIds, byId);
        return [event.id, { history, dates: entryDates(event.data.added, history) }];
      }),
    );
  };
  if (import.meta.env.DEV) return make();
  return (histories ??= make());
}

/** The record's additions and corrections, newest first (entries whose day added is unknown are left out). */
export async function getRecordChanges(): Promise<RecordChange<EventEntry>[]> {
  const [events, histories] = await Promise.all([getTimeline(), getHistories()]);
  return recordChanges(events, (event) => histories.get(event.id)?.dates.added);
}
