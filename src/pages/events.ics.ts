import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { eventsCalendar } from '../exports/calendar.ts';
import { absoluteUrl, eventPath } from '../site/paths.ts';

/** Every event dated to the day, as an iCalendar file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    eventsCalendar(await getTimeline(), (id) => absoluteUrl(eventPath(id), site)),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
