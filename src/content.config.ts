import { defineCollection } from 'astro:content';
import { eventSchema, personSchema } from './domain/schema.ts';
import { eventsLoader } from './loaders/events-loader.ts';
import { peopleLoader } from './loaders/people-loader.ts';

// EVENTS_DIR and PEOPLE_FILE let tests and the benchmark build the site from other content.
const peopleFile = process.env.PEOPLE_FILE ?? 'content/people.yaml';

const events = defineCollection({
  loader: eventsLoader({ directory: process.env.EVENTS_DIR ?? 'content/events', people: peopleFile }),
  schema: eventSchema,
});

const people = defineCollection({
  loader: peopleLoader({ file: peopleFile }),
  schema: personSchema,
});

export const collections = { events, people };
