import { defineCollection } from 'astro:content';
import { eventSchema } from './lib/schema.ts';
import { eventsLoader } from './lib/events-loader.ts';

const events = defineCollection({
  loader: eventsLoader({ directory: process.env.EVENTS_DIR ?? 'content/events' }),
  schema: eventSchema,
});

export const collections = { events };
