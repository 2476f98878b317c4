import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from '../lib/timeline.ts';

export type Event = CollectionEntry<'events'>;

/** Every published event, oldest first; drafts only while running `astro dev`. */
export async function getTimeline(): Promise<Event[]> {
  return sortEvents(await getCollection('events', ({ data }) => import.meta.env.DEV || !data.draft));
}
