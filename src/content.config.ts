import { defineCollection } from 'astro:content';
import { contextSchema } from './domain/context-schema.ts';
import { eventSchema, personSchema, placeSchema } from './domain/schema.ts';
import { folderHistorySchema } from './history/entries.ts';
import { contextLoader } from './loaders/context-loader.ts';
import { eventsLoader } from './loaders/events-loader.ts';
import { historyLoader } from './loaders/history-loader.ts';
import { peopleLoader } from './loaders/people-loader.ts';
import { placesLoader } from './loaders/places-loader.ts';

// EVENTS_DIR, PEOPLE_FILE, PLACES_FILE and CONTEXT_DIR let tests and the benchmark build the site from other content.
const eventsDir = process.env.EVENTS_DIR ?? 'content/events';
const peopleFile = process.env.PEOPLE_FILE ?? 'content/people.yaml';
const placesFile = process.env.PLACES_FILE ?? 'content/places.yaml';

const events = defineCollection({
  loader: eventsLoader({ directory: eventsDir, people: peopleFile, places: placesFile }),
  schema: eventSchema,
});

/** The events folder's changes, read from git (none where git cannot tell, or with GIT_HISTORY=off). */
const history = defineCollection({
  loader: historyLoader({ directory: eventsDir, read: process.env.GIT_HISTORY !== 'off' }),
  schema: folderHistorySchema,
});

const people = defineCollection({
  loader: peopleLoader({ file: peopleFile }),
  schema: personSchema,
});

const places = defineCollection({
  loader: placesLoader({ file: placesFile }),
  schema: placeSchema,
});

/** The world around the relationship: dated, sourced events that are not exchanges between the two governments. */
const context = defineCollection({
  loader: contextLoader({ directory: process.env.CONTEXT_DIR ?? 'content/context' }),
  schema: contextSchema,
});

export const collections = { events, people, places, context, history };
