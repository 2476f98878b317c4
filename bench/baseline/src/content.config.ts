import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const events = defineCollection({
  loader: glob({ pattern: '**/[^_]*.md', base: process.env.EVENTS_DIR ?? '../../content/events' }),
});

export const collections = { events };
