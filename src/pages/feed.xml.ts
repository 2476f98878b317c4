import { getRssString } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getTimeline } from '../data/events.ts';
import { feedOptions } from '../exports/feed.ts';
import { absoluteUrl, eventPath, pathWithBase } from '../site/paths.ts';

/** The latest additions to the record as RSS 2.0; links are absolute, on a placeholder host without SITE_URL. */
export const GET: APIRoute = async ({ site }) => {
  const options = feedOptions(await getTimeline(), {
    home: absoluteUrl(pathWithBase('/'), site),
    self: absoluteUrl(pathWithBase('/feed.xml'), site),
    link: (id) => absoluteUrl(eventPath(id), site),
  });
  return new Response(await getRssString(options), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
