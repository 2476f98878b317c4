import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { eventsCalendarFile } from '../exports/files.ts';

/** Every event dated to the day, as an iCalendar file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCalendarFile(await getTimeline(), site), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
