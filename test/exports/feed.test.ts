import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { sortEvents } from '../../src/domain/ordering.ts';
import { FEED_RULE, feedOptions, latestAdditions } from '../../src/exports/feed.ts';
import { event } from '../helpers.ts';

const ids = (events: readonly { id: string }[]) => events.map(({ id }) => id);

describe('the feed', () => {
  it('puts the newest additions first, by the day added or else the date', () => {
    const sorted = sortEvents([
      event({ date: '1958-11' }, 'no-added-1958'),
      event({ date: '2019-06-20', added: '2026-11-23' }, 'added-2019'),
      event({ date: '2025-10-09' }, 'no-added-2025'),
      event({ date: '1961-07-11', added: '2026-12-01' }, 'added-later'),
      event({ date: '2026-11-30' }, 'dated-after-the-others-were-added'),
    ]);
    assert.deepEqual(ids(latestAdditions(sorted)), [
      'added-later',
      'dated-after-the-others-were-added',
      'added-2019',
      'no-added-2025',
      'no-added-1958',
    ]);
  });

  it('breaks ties by putting the later event in the timeline first, whatever order it is given in', () => {
    const events = [
      event({ date: '1949-10-06', added: '2026-11-23' }, 'b-1949'),
      event({ date: '2011-10-23', added: '2026-11-23' }, 'a-2011'),
      event({ date: '2011-10-23', added: '2026-11-23' }, 'c-2011'),
      event({ date: '1958-11', added: '2026-11-23' }, 'd-1958'),
    ];
    const expected = ['c-2011', 'a-2011', 'd-1958', 'b-1949'];
    assert.deepEqual(ids(latestAdditions(sortEvents(events))), expected);
    assert.deepEqual(ids(latestAdditions(sortEvents([...events].reverse()))), expected);
  });

  it('holds the latest 50', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      event({ date: `${1950 + index}-01-01` }, `event-${String(index).padStart(2, '0')}`),
    );
    const latest = latestAdditions(many);
    assert.equal(latest.length, 50);
    assert.equal(latest[0]!.id, 'event-59');
    assert.equal(latest.at(-1)!.id, 'event-10');
  });

  it('writes RSS 2.0 items with absolute links as guids, the summary, and the day added at midnight UTC', async () => {
    const sorted = sortEvents([
      event({ title: 'Old & new', date: '1958-11', summary: 'A <summary>.' }, 'old'),
      event({ title: 'Added', date: '2019-06-20', added: '2026-11-23' }, 'added'),
    ]);
    const xml = await getRssString(
      feedOptions(sorted, {
        home: 'https://example.org/timeline/',
        self: 'https://example.org/timeline/feed.xml',
        link: (id) => `https://example.org/timeline/events/${id}/`,
      }),
    );
    const { rss } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    assert.equal(rss['@_version'], '2.0');
    assert.equal(rss.channel.link, 'https://example.org/timeline/');
    assert.equal(rss.channel.description, FEED_RULE);
    assert.equal(rss.channel['atom:link']['@_href'], 'https://example.org/timeline/feed.xml');
    assert.deepEqual(
      rss.channel.item.map((item: Record<string, unknown>) => [item.title, item.link, item.pubDate, item.description]),
      [
        ['Added', 'https://example.org/timeline/events/added/', 'Mon, 23 Nov 2026 00:00:00 GMT', 'Summary.'],
        ['Old & new', 'https://example.org/timeline/events/old/', 'Sat, 01 Nov 1958 00:00:00 GMT', 'A <summary>.'],
      ],
    );
    assert.deepEqual(rss.channel.item[0].guid, {
      '#text': 'https://example.org/timeline/events/added/',
      '@_isPermaLink': 'true',
    });
  });
});
