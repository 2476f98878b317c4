import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { earliestDay } from '../domain/dates.ts';
import type { TimelineEvent } from '../domain/ordering.ts';
import { SITE } from '../site/config.ts';

/** `/feed.xml`: the latest additions to the record, newest first, for @astrojs/rss to write as RSS 2.0. */

/** How many entries the feed holds. */
const FEED_SIZE = 50;

/** The order of the feed, as the codebook states it. */
export const FEED_RULE =
  `feed.xml holds the latest ${FEED_SIZE} entries in the record, newest additions first: by the day each entered the record ` +
  '(added), or its date where that is not recorded; entries of the same day latest in the timeline first.';

/** The day an entry counts as added: its `added` day, else the first day of its date. */
const addedOn = ({ data }: TimelineEvent) => earliestDay(data.added ?? data.date);

/**
 * The entries of the feed: from events in timeline order, the `size` added last, newest first. Ties go to
 * the later one in the timeline, so the order never depends on anything but the record.
 */
export function latestAdditions<T extends TimelineEvent>(sorted: readonly T[], size = FEED_SIZE): T[] {
  return sorted
    .map((event, position) => ({ event, position, day: addedOn(event) }))
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.position - a.position))
    .slice(0, size)
    .map(({ event }) => event);
}

/** One feed item per entry: its page as link and guid, its summary, published on the day it was added (00:00 UTC). */
function feedItems(entries: readonly TimelineEvent[], link: (id: string) => string): RSSFeedItem[] {
  return entries.map((event) => ({
    title: event.data.title,
    link: link(event.id),
    description: event.data.summary,
    pubDate: new Date(`${addedOn(event)}T00:00:00Z`),
  }));
}

/** Text as an XML attribute value in double quotes. */
export const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/**
 * Everything @astrojs/rss needs for the feed of `sorted` (events in timeline order): `home` is the site's
 * absolute address, `self` the feed's own, `link` an event page's absolute address.
 */
export function feedOptions(
  sorted: readonly TimelineEvent[],
  { home, self, link }: { home: string; self: string; link: (id: string) => string },
): RSSOptions {
  return {
    title: SITE.name,
    description: FEED_RULE,
    site: home,
    items: feedItems(latestAdditions(sorted), link),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeAttribute(self)}" rel="self" type="application/rss+xml"/>`,
  };
}
