import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from '../../src/domain/registry.ts';
import { findPrecedents } from '../../src/domain/precedents.ts';
import { readRecord } from '../../src/loaders/record.ts';
import type { EventData } from '../../src/domain/schema.ts';
import { sortEvents, type TimelineEvent } from '../../src/domain/ordering.ts';
import { withParticipants } from '../../src/domain/participants.ts';
import { event } from '../helpers.ts';

const registry = new Registry([
  { id: 'xi-jinping', name: 'Xi Jinping', aliases: [], side: 'china', offices: [] },
  { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: [], side: 'dprk', offices: [] },
]);

/** Events in timeline order, their participants resolved as the site resolves them. */
const prepared = (events: TimelineEvent[], people = registry) =>
  sortEvents(events).map((event) => withParticipants(event, people));

const visit = (
  id: string,
  date: string,
  level: EventData['level'],
  direction: EventData['direction'] = 'china-to-dprk',
) => event({ date, level, direction, type: 'official-visit', participants: [{ name: 'Xi Jinping' }] }, id);

const since = (events: ReturnType<typeof visit>[]) => {
  const result = findPrecedents(prepared(events));
  return Object.fromEntries([...result].map(([id, { previous }]) => [id, previous?.id ?? null]));
};

describe('"highest level since" on small cases', () => {
  it('finds the latest earlier visit the same way at the same level or higher', () => {
    assert.deepEqual(
      since([
        visit('a-leader', '2005-10-28', 'leader'),
        visit('b-minister', '2010-01-01', 'minister'),
        visit('c-politburo', '2012-05-01', 'politburo'),
        visit('d-back', '2013-01-01', 'leader', 'dprk-to-china'),
        visit('e-senior', '2015-01-01', 'senior-leader'),
      ]),
      { 'a-leader': null, 'b-minister': 'a-leader', 'c-politburo': 'a-leader', 'd-back': null, 'e-senior': 'a-leader' },
    );
  });

  it('counts a tie in level, and takes the latest of several', () => {
    assert.deepEqual(
      since([
        visit('a', '2001-01-01', 'politburo'),
        visit('b', '2002-01-01', 'politburo'),
        visit('c', '2003-01-01', 'politburo'),
      ]),
      { a: null, b: 'a', c: 'b' },
    );
  });

  it('treats a month-only date as earlier only when the whole month is', () => {
    assert.deepEqual(
      since([
        visit('a-month', '1958-11', 'leader'),
        visit('b-day', '1958-11-22', 'leader'),
        visit('c-later', '1958-12-01', 'leader'),
        visit('d-year', '1959', 'leader'),
        visit('e-same-day', '1958-12-01', 'leader'),
      ]),
      { 'a-month': null, 'b-day': null, 'c-later': 'b-day', 'd-year': 'e-same-day', 'e-same-day': 'b-day' },
    );
  });

  it('says so in words, and names the earlier visit by its lead and month', () => {
    const result = findPrecedents(
      prepared([visit('xi', '2019-06-20', 'leader'), visit('premier', '2025-10-09', 'head-of-government')]),
    );
    assert.equal(result.get('xi')!.text, 'First Chinese visit to North Korea at top-leader level on record.');
    assert.equal(
      result.get('premier')!.text,
      'First Chinese visit to North Korea at head-of-government level or higher since Xi Jinping’s official visit (June 2019).',
    );
  });

  it('names each kind of earlier trip so that it reads truly of who travelled', () => {
    const kim = (id: string, date: string, type: EventData['type'], tags: string[] = []) =>
      event(
        {
          date,
          type,
          tags,
          level: 'leader',
          direction: 'dprk-to-china',
          participants: [{ name: 'Kim Jong Un', lead: true }],
        },
        id,
      );
    const lines = findPrecedents(
      prepared([
        kim('a', '2018-03-25', 'state-visit'),
        kim('b', '2018-05-07', 'summit'),
        kim('c', '2018-06-19', 'visit'),
        kim('d', '2019-01-07', 'delegation'),
        kim('e', '2019-02-01', 'talks'),
        kim('f', '2019-03-01', 'working-visit', ['unannounced']),
        kim('g', '2019-04-01', 'unofficial-visit'),
        kim('h', '2019-05-01', 'official-visit'),
      ]),
    );
    const named = ['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => lines.get(id)!.previousName);
    assert.deepEqual(named, [
      'Kim Jong Un’s state visit (March 2018)',
      'Kim Jong Un’s trip for a summit (May 2018)',
      'Kim Jong Un’s visit (June 2018)',
      // Not "Kim Jong Un’s delegation", which a reader takes for a delegation he sent.
      'Kim Jong Un’s trip leading a delegation (January 2019)',
      'Kim Jong Un’s trip for talks (February 2019)',
      'Kim Jong Un’s unannounced working visit (March 2019)',
      'Kim Jong Un’s unofficial visit (April 2019)',
    ]);
  });

  it('names a trip whose travellers are not recorded by its kind and month', () => {
    const unled = (id: string, date: string, type: EventData['type']) =>
      event({ date, type, level: 'minister', direction: 'china-to-dprk' }, id);
    const lines = findPrecedents(
      prepared([unled('a', '1960-01', 'delegation'), unled('b', '1961-01', 'summit'), unled('c', '1962-01', 'visit')]),
    );
    assert.equal(lines.get('b')!.previousName, 'the delegation of January 1960');
    assert.equal(lines.get('c')!.previousName, 'the summit of January 1961');
  });

  it('below senior-leader level, says only what the record holds', () => {
    const lines = findPrecedents(
      prepared([
        visit('song-tao', '2017-11-17', 'minister'),
        visit('wang-yi', '2018-05-02', 'minister'),
        visit('politburo', '2018-09-01', 'politburo'),
      ]),
    );
    assert.equal(
      lines.get('wang-yi')!.text,
      'The latest earlier Chinese visit to North Korea at minister level or higher in this record is Xi Jinping’s official visit (November 2017).',
    );
    assert.equal(lines.get('wang-yi')!.complete, false);
    assert.equal(
      lines.get('song-tao')!.text,
      'This record holds no earlier Chinese visit to North Korea at minister level or higher.',
    );
    assert.equal(
      lines.get('politburo')!.text,
      'This record holds no earlier Chinese visit to North Korea at Politburo level or higher.',
    );
  });

  it('leaves out messages, agreements and exchanges that go both ways', () => {
    const result = findPrecedents(
      prepared([
        event({ type: 'message', direction: 'mutual', level: 'leader' }, 'message'),
        event({ type: 'summit', direction: 'multilateral', level: 'leader' }, 'multilateral'),
      ]),
    );
    assert.equal(result.size, 0);
  });
});

describe('"highest level since" on the published record', async () => {
  const record = await readRecord('content/events', 'content/people.yaml');
  const result = findPrecedents(prepared(record.events, record.registry));
  const previousOf = (id: string) => {
    assert.ok(result.has(id), `${id} has a precedent`);
    return result.get(id)!.previous?.id;
  };

  it('Li Qiang 2025: the first at head-of-government level or higher since Xi Jinping in 2019', () => {
    assert.equal(previousOf('2025-10-09-li-qiang-wpk-80th'), '2019-06-20-xi-jinping-state-visit');
    assert.equal(
      result.get('2025-10-09-li-qiang-wpk-80th')!.text,
      'First Chinese visit to North Korea at head-of-government level or higher since Xi Jinping’s state visit (June 2019).',
    );
  });

  it('Xi Jinping 2019: the first top-leader visit since Hu Jintao in 2005', () => {
    assert.equal(previousOf('2019-06-20-xi-jinping-state-visit'), '2005-10-28-hu-jintao-visit');
  });

  it('Liu Yunshan 2015: the first at senior-leader level or higher since Li Keqiang in October 2011', () => {
    const previous = previousOf('2015-10-09-liu-yunshan-wpk-70th');
    assert.match(previous ?? '', /^2011-10-\d\d-li-keqiang/);
    assert.match(result.get('2015-10-09-liu-yunshan-wpk-70th')!.text, /since Li Keqiang’s .* \(October 2011\)\.$/);
  });

  it('Jiang Zemin 1990: the first top-leader visit since Zhao Ziyang in April 1989', () => {
    assert.match(previousOf('1990-03-jiang-zemin-visit') ?? '', /^1989-04(-\d\d)?-zhao-ziyang/);
    assert.match(result.get('1990-03-jiang-zemin-visit')!.text, /since Zhao Ziyang’s .* \(April 1989\)\.$/);
  });

  it("Kim Jong Un's first visit, March 2018: the first top-leader visit since Kim Jong Il in August 2011", () => {
    assert.equal(previousOf('2018-03-25-kim-jong-un-first-china-visit'), '2011-08-25-kim-jong-il-northeast-china');
    assert.match(
      result.get('2018-03-25-kim-jong-un-first-china-visit')!.text,
      /^First North Korean visit to China at top-leader level since Kim Jong Il’s .* \(August 2011\)\.$/,
    );
  });

  it('Kim Yong Nam, June 1999: the first at senior-leader level or higher since Kim Il Sung in October 1991', () => {
    const kim = [...result.keys()].find((id) => /^1999-06-\d\d-kim-yong-nam/.test(id));
    assert.ok(kim, 'the record has Kim Yong Nam’s June 1999 visit');
    assert.equal(previousOf(kim), '1991-10-04-kim-il-sung-visit');
  });

  it('Wang Yi, May 2018: the minister tier reaches Song Tao’s art troupe of April 2018, and that Song Tao’s visit of November 2017', () => {
    assert.equal(previousOf('2018-05-03-wang-yi-pyongyang'), '2018-04-13-song-tao-art-troupe');
    assert.equal(
      result.get('2018-05-03-wang-yi-pyongyang')!.text,
      'The latest earlier Chinese visit to North Korea at minister level or higher in this record is Song Tao’s trip leading a delegation (April 2018).',
    );
    assert.equal(previousOf('2018-04-13-song-tao-art-troupe'), '2017-11-17-song-tao-19th-congress-briefing');
    assert.equal(previousOf('2017-11-17-song-tao-19th-congress-briefing'), '2015-10-09-liu-yunshan-wpk-70th');
  });

  it('Ri Yong Ho, April 2018: a minister-tier line reaches the leader’s own trip, worded as his trip, not a delegation he sent', () => {
    assert.equal(previousOf('2018-04-03-ri-yong-ho-beijing-talks'), '2018-03-25-kim-jong-un-first-china-visit');
    assert.equal(
      result.get('2018-04-03-ri-yong-ho-beijing-talks')!.text,
      'The latest earlier North Korean visit to China at minister level or higher in this record is Kim Jong Un’s unofficial visit (March 2018).',
    );
    assert.equal(
      result.get('2018-05-14-pak-thae-song-wpk-delegation')!.text,
      'The latest earlier North Korean visit to China at Politburo level or higher in this record is Kim Jong Un’s trip for a summit (May 2018).',
    );
  });

  it('no computed line calls a leader’s own trip his delegation', () => {
    for (const [id, { text }] of result)
      assert.doesNotMatch(text, /(Kim Jong Un|Kim Jong Il|Kim Il Sung|Xi Jinping)’s delegation/, id);
  });

  it('says "first … since" only at levels the record covers completely', () => {
    for (const [id, precedent] of result) {
      const event = record.events.find((candidate) => candidate.id === id)!;
      const complete = ['leader', 'head-of-government', 'senior-leader'].includes(event.data.level!);
      assert.equal(precedent.complete, complete, id);
      assert.equal(precedent.text.startsWith('First '), complete, `${id}: ${precedent.text}`);
    }
  });
});
