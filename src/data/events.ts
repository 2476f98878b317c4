import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from '../domain/ordering.ts';
import { withParticipants, type RecordEvent } from '../domain/participants.ts';
import { Registry } from '../domain/registry.ts';

/** One published event as pages read it: the collection entry, with its participants resolved. */
export type EventEntry = CollectionEntry<'events'> & RecordEvent;

let registry: Promise<Registry> | undefined;
let timeline: Promise<EventEntry[]> | undefined;

/**
 * The people registry, which the loader has already checked every participant against. A build makes it
 * once for all its pages; the dev server makes it afresh, since the file may have changed.
 */
export function getRegistry(): Promise<Registry> {
  const make = async () => new Registry((await getCollection('people')).map(({ data }) => data));
  if (import.meta.env.DEV) return make();
  return (registry ??= make());
}

/**
 * Every published event, oldest first, each with its participants resolved against the registry (here,
 * once, rather than by every page that names them); drafts only while running `astro dev`.
 */
export function getTimeline(): Promise<EventEntry[]> {
  const make = async () => {
    const [entries, people] = await Promise.all([
      getCollection('events', ({ data }) => import.meta.env.DEV || !data.draft),
      getRegistry(),
    ]);
    return sortEvents(entries).map((entry) => withParticipants(entry, people));
  };
  if (import.meta.env.DEV) return make();
  return (timeline ??= make());
}
