import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { exportEvent } from '../exports/events-json.ts';
import { eventPath } from '../site/paths.ts';

/** The whole published record, in timeline order; links are absolute when the site's address is configured. */
export const GET: APIRoute = async ({ site }) => {
  const events = (await getTimeline()).map((event) => {
    const path = eventPath(event.id);
    return exportEvent(event, site ? new URL(path, site).href : path);
  });
  return new Response(`${JSON.stringify({ events }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
