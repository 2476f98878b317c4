import { getCollection, type CollectionEntry } from 'astro:content';
import { Registry } from '../lib/people.ts';
import { sortEvents } from '../lib/timeline.ts';

export type Event = CollectionEntry<'events'>;

/** Every published event, oldest first; drafts only while running `astro dev`. */
export async function getTimeline(): Promise<Event[]> {
  return sortEvents(await getCollection('events', ({ data }) => import.meta.env.DEV || !data.draft));
}

let registry: Promise<Registry> | undefined;

/**
 * The people registry, which the loader has already checked every participant against. A build makes it
 * once for all its pages; the dev server makes it afresh, since the file may have changed.
 */
export function getRegistry(): Promise<Registry> {
  const make = async () => new Registry((await getCollection('people')).map(({ data }) => data));
  if (import.meta.env.DEV) return make();
  return (registry ??= make());
}
