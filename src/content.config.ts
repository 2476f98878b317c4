import { defineCollection } from 'astro:content';
import { eventSchema, personSchema } from './domain/schema.ts';
import { folderHistorySchema } from './history/entries.ts';
import { eventsLoader } from './loaders/events-loader.ts';
import { historyLoader } from './loaders/history-loader.ts';
import { peopleLoader } from './loaders/people-loader.ts';

// EVENTS_DIR and PEOPLE_FILE let tests and the benchmark build the site from other content.
const eventsDir = process.env.EVENTS_DIR ?? 'content/events';
const peopleFile = process.env.PEOPLE_FILE ?? 'content/people.yaml';

const events = defineCollection({
  loader: eventsLoader({ directory: eventsDir, people: peopleFile }),
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

export const collections = { events, people, history };
