import type { APIRoute } from 'astro';
import { getRssString } from '@astrojs/rss';
import { getRecordChanges } from '../data/history.ts';
import { changesFeedOptions } from '../exports/changes-feed.ts';
import { absoluteUrl, eventPath, pathWithBase } from '../site/paths.ts';

/** The record's additions and corrections as RSS 2.0; links are absolute, on a placeholder host without SITE_URL. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    await getRssString(
      changesFeedOptions(await getRecordChanges(), {
        home: absoluteUrl(pathWithBase('/changes/'), site),
        self: absoluteUrl(pathWithBase('/changes.xml'), site),
        link: (id) => absoluteUrl(eventPath(id), site),
      }),
    ),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
