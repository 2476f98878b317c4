import type { APIRoute } from 'astro';
import { getRegistry, getTimeline } from '../data/events.ts';
import { eventPath } from '../lib/paths.ts';
import { exportEvent } from '../lib/timeline.ts';

/** The whole published record, in timeline order; links are absolute when the site's address is configured. */
export const GET: APIRoute = async ({ site }) => {
  const registry = await getRegistry();
  const events = (await getTimeline()).map((event) => {
    const path = eventPath(event.id);
    return exportEvent(event, site ? new URL(path, site).href : path, registry);
  });
  return new Response(`${JSON.stringify({ events }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
