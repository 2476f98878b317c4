import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { eventsJson } from '../exports/events-json.ts';

/** The whole published record, in timeline order; links are absolute when the site's address is configured. */
export const GET: APIRoute = async ({ site }) =>
  new Response(eventsJson(await getTimeline(), site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
