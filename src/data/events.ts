import { getCollection, type CollectionEntry } from 'astro:content';
import { Registry } from '../lib/people.ts';
import { sortEvents } from '../lib/timeline.ts';

export type Event = CollectionEntry<'events'>;

/** Every published event, oldest first; drafts only while running `astro dev`. */
export async function getTimeline(): Promise<Event[]> {
  return sortEvents(await getCollection('events', ({ data }) => import.meta.env.DEV || !data.draft));
}

/** The people registry, which the loader has already checked every participant against. */
export async function getRegistry(): Promise<Registry> {
  return new Registry((await getCollection('people')).map(({ data }) => data));
}
