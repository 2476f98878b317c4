import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { fullTextJson } from '../filter/full-text.ts';

/** The folded text of every entry's account, which the timeline's search fetches when first used. */
export const GET: APIRoute = async () =>
  new Response(fullTextJson(await getTimeline()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
