import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countExchanges, tableBodyHtml } from '../../src/chart/exchanges.ts';
import { DRAFT_LABEL } from '../../src/domain/draft-label.ts';
import { publishedOnly, recordPrecedents } from '../../src/domain/drafts.ts';
import { sortEvents } from '../../src/domain/ordering.ts';
import { withParticipants } from '../../src/domain/participants.ts';
import { Registry } from '../../src/domain/registry.ts';
import type { EventData } from '../../src/domain/schema.ts';
import { eventAttributes, readEvent } from '../../src/filter/attributes.ts';
import { filterableOf } from '../../src/filter/options.ts';
import { event } from '../helpers.ts';

const registry = new Registry([
  { id: 'xi-jinping', name: 'Xi Jinping', aliases: [], side: 'china', offices: [] },
  { id: 'hu-jintao', name: 'Hu Jintao', aliases: [], side: 'china', offices: [] },
]);

const visit = (id: string, date: string, lead: string, draft = false, extra: Partial<EventData> = {}) =>
  event(
    {
      date,
      level: 'leader',
      direction: 'china-to-dprk',
      type: 'state-visit',
      participants: [{ name: lead, lead: true }],
      draft,
      ...extra,
    },
    id,
  );

const prepared = (events: ReturnType<typeof visit>[]) =>
  sortEvents(events).map((item) => withParticipants(item, registry));

describe('drafts never change what a published event says', () => {
  const events = prepared([
    visit('2005-hu', '2005-10-28', 'Hu Jintao'),
    // A wrong draft, dated between the two published visits.
    visit('2010-draft', '2010-05-01', 'Xi Jinping', true),
    visit('2019-xi', '2019-06-20', 'Xi Jinping'),
  ]);

  it("takes the published events alone for precedent lines: the draft is no one's precedent", () => {
    const precedents = recordPrecedents(events);
    assert.equal(precedents.get('2019-xi')?.previous?.id, '2005-hu');
    assert.match(precedents.get('2019-xi')!.text, /since Hu Jintao/);
    // What the published line would be with no draft in the folder at all.
    assert.equal(
      precedents.get('2019-xi')!.text,
      recordPrecedents(
        prepared([visit('2005-hu', '2005-10-28', 'Hu Jintao'), visit('2019-xi', '2019-06-20', 'Xi Jinping')]),
      ).get('2019-xi')!.text,
    );
  });

  it('gives a draft the line it would have if it alone were published', () => {
    assert.equal(recordPrecedents(events).get('2010-draft')?.previous?.id, '2005-hu');
  });

  it("counts published events only, and shows each year's drafts beside its total, marked", () => {
    assert.deepEqual(
      publishedOnly(events).map((item) => item.id),
      ['2005-hu', '2019-xi'],
    );
    const counts = countExchanges(events.map(filterableOf), 2005, 2019);
    assert.equal(counts.total, 2);
    const html = tableBodyHtml(counts);
    const row2010 = /<tr><th scope="row">2010<\/th>.*?<\/tr>/.exec(html)![0];
    assert.match(row2010, /data-total>0 <strong class="draft-badge" data-draft[^>]*>\+1 draft<\/strong>/);
    assert.doesNotMatch(/<tr><th scope="row">2019<\/th>.*?<\/tr>/.exec(html)![0], /draft/);
  });

  it("marks a draft's timeline item with data-draft, read back by the filter, and no published one", () => {
    const [published, draft] = [events[0]!, events[1]!];
    assert.equal(eventAttributes(filterableOf(draft))['data-draft'], 'true');
    assert.equal(eventAttributes(filterableOf(published))['data-draft'], undefined);
    const item = { getAttribute: (name: string) => eventAttributes(filterableOf(draft))[name] ?? null };
    assert.equal(readEvent(item).draft, true);
    assert.equal(DRAFT_LABEL, 'Draft');
  });
});
