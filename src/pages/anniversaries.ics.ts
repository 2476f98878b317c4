import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { anniversariesFile } from '../exports/files.ts';

/** The anniversary of each agreement dated to the day, recurring every year, as an iCalendar file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(anniversariesFile(await getTimeline(), site), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
