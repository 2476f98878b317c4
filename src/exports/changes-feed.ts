import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { earliestDay } from '../domain/dates.ts';
import type { TimelineEvent } from '../domain/ordering.ts';
import type { RecordChange } from '../history/changes.ts';
import { SITE } from '../site/config.ts';
import { escapeAttribute } from './feed.ts';

/** `/changes.xml`: the record's additions and corrections, newest first, for @astrojs/rss to write as RSS 2.0. */

/** How many changes the feed holds. */
const FEED_SIZE = 100;

/** What the feed holds, as its description states it. */
const CHANGES_FEED_RULE =
  `The latest ${FEED_SIZE} additions to the record and corrections of its entries, newest first: an addition on the ` +
  'day the entry entered the record, a correction on the day the error was fixed.';

/**
 * One item per change: `Added:` or `Corrected:` and the entry's title; the summary, or what was wrong; the
 * entry's page (at the correction, for a correction) as link and guid; published on its day, 00:00 UTC.
 */
function changeItems(changes: readonly RecordChange<TimelineEvent>[], link: (id: string) => string): RSSFeedItem[] {
  return changes.slice(0, FEED_SIZE).map(({ kind, day, event, correction }) => ({
    title: `${kind === 'added' ? 'Added' : 'Corrected'}: ${event.data.title}`,
    link: correction ? `${link(event.id)}#${correction.anchor}` : link(event.id),
    description: correction ? correction.note : event.data.summary,
    pubDate: new Date(`${earliestDay(day)}T00:00:00Z`),
  }));
}

/** Everything @astrojs/rss needs for the changes feed; addresses absolute, as in `/feed.xml`. */
export function changesFeedOptions(
  changes: readonly RecordChange<TimelineEvent>[],
  { home, self, link }: { home: string; self: string; link: (id: string) => string },
): RSSOptions {
  return {
    title: `${SITE.name}: changes`,
    description: CHANGES_FEED_RULE,
    site: home,
    items: changeItems(changes, link),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeAttribute(self)}" rel="self" type="application/rss+xml"/>`,
  };
}
