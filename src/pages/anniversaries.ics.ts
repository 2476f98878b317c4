import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { anniversariesCalendar } from '../exports/calendar.ts';
import { absoluteUrl, eventPath } from '../site/paths.ts';

/** The anniversary of each agreement dated to the day, recurring every year, as an iCalendar file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    anniversariesCalendar(await getTimeline(), (id) => absoluteUrl(eventPath(id), site)),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
