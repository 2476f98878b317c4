import { getCollection, type CollectionEntry } from 'astro:content';
import { sortContext, type ContextItem } from '../domain/context.ts';
import { sortEvents } from '../domain/ordering.ts';
import { withParticipants, type RecordEvent } from '../domain/participants.ts';
import { PlaceRegistry } from '../domain/places.ts';
import { Registry } from '../domain/registry.ts';

/** One published event as pages read it: the collection entry, with its participants resolved. */
export type EventEntry = CollectionEntry<'events'> & RecordEvent;

let registry: Promise<Registry> | undefined;
let timeline: Promise<EventEntry[]> | undefined;
let places: Promise<PlaceRegistry> | undefined;
let context: Promise<ContextItem[]> | undefined;

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

/** The places registry, which the loader has already checked every event's places against. */
export function getPlaces(): Promise<PlaceRegistry> {
  const make = async () => new PlaceRegistry((await getCollection('places')).map(({ data }) => data));
  if (import.meta.env.DEV) return make();
  return (places ??= make());
}

/** The context collection, oldest first: never part of the record, so nothing that counts events reads it. */
export function getContext(): Promise<ContextItem[]> {
  const make = async () => sortContext((await getCollection('context')).map(({ id, data }) => ({ id, data })));
  if (import.meta.env.DEV) return make();
  return (context ??= make());
}
