import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { fullTextJson } from '../filter/full-text.ts';
import { filterableOf } from '../filter/options.ts';

/** The folded text of every entry that its timeline item does not show, which the search fetches when first used. */
export const GET: APIRoute = async () =>
  new Response(
    fullTextJson((await getTimeline()).map((event) => ({ ...event, unseen: filterableOf(event).searchText }))),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
