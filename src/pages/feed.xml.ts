import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { feedFile } from '../exports/files.ts';

/** The latest additions to the record as RSS 2.0; links are absolute, on a placeholder host without SITE_URL. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await feedFile(await getTimeline(), site), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
