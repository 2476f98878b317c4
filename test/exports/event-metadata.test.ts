import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from '../../src/domain/registry.ts';
import { citationMeta, eventJsonLd, jsonForScript, personJsonLd } from '../../src/exports/event-metadata.ts';
import { SITE } from '../../src/site/config.ts';
import { recordEvent } from '../helpers.ts';

const registry = new Registry([
  { id: 'kim-il-sung', name: 'Kim Il Sung', wikidata: 'Q12345', aliases: [], side: 'dprk', offices: [] },
]);
const absolute = {
  page: 'https://example.org/events/treaty/',
  person: (id: string) => `https://example.org/people/${id}/`,
};
const relative = { page: undefined, person: () => undefined };

describe('citation_* meta tags', () => {
  it('name the title, the site as author, the day added as YYYY/MM/DD, the address and the language', () => {
    const event = recordEvent({ title: 'Treaty signed', date: '1961-07-11', added: '2026-11-23' }, 'treaty');
    assert.deepEqual(citationMeta(event, absolute), [
      { name: 'citation_title', content: 'Treaty signed' },
      { name: 'citation_author', content: SITE.name },
      { name: 'citation_publication_date', content: '2026/11/23' },
      { name: 'citation_public_url', content: 'https://example.org/events/treaty/' },
      { name: 'citation_language', content: 'en' },
    ]);
  });

  it('take the day added from the history when the file gives none', () => {
    const tags = citationMeta(recordEvent({ date: '1961-07' }, 'treaty'), relative, { added: '2026-11-23' });
    assert.equal(tags.find((tag) => tag.name === 'citation_publication_date')?.content, '2026/11/23');
  });

  it("fall back to the event's date, to its precision, and leave out an address that is not absolute", () => {
    const tags = citationMeta(recordEvent({ date: '1961-07' }, 'treaty'), relative);
    assert.equal(tags.find((tag) => tag.name === 'citation_publication_date')?.content, '1961/07');
    assert.equal(
      tags.find((tag) => tag.name === 'citation_public_url'),
      undefined,
    );
  });
});

describe('the schema.org Event', () => {
  it('holds the name, dates as written, description, address, place and attendees', () => {
    const event = recordEvent(
      {
        title: 'Treaty signed',
        date: '1961-07',
        end: '1961-07-15',
        summary: 'They signed.',
        location: 'Beijing',
        participants: [
          { name: 'Kim Il Sung' },
          { name: 'Zhou Enlai', side: 'china', oneOff: true },
          { name: 'kim-il-sung' },
        ],
      },
      'treaty',
      registry,
    );
    assert.deepEqual(eventJsonLd(event, absolute), {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Treaty signed',
      startDate: '1961-07',
      endDate: '1961-07-15',
      description: 'They signed.',
      url: 'https://example.org/events/treaty/',
      location: { '@type': 'Place', name: 'Beijing' },
      attendee: [
        {
          '@type': 'Person',
          name: 'Kim Il Sung',
          url: 'https://example.org/people/kim-il-sung/',
          sameAs: 'https://www.wikidata.org/wiki/Q12345',
        },
        { '@type': 'Person', name: 'Zhou Enlai' },
      ],
    });
  });

  it('leaves out what the event does not have, and addresses that are not absolute', () => {
    assert.deepEqual(Object.keys(eventJsonLd(recordEvent({}, 'a'), relative)), [
      '@context',
      '@type',
      'name',
      'startDate',
      'description',
    ]);
  });

  it('is written so no text in it can close its script element', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    assert.ok(!json.includes('<'));
    assert.deepEqual(JSON.parse(json), { name: '</script><script>alert(1)</script>' });
  });
});

describe('the schema.org Person of a person’s page', () => {
  it('gives every name the registry holds, the page, and the Wikidata item as sameAs', () => {
    const person = {
      id: 'kim-jong-un',
      name: 'Kim Jong Un',
      zh: '金正恩',
      ko: '김정은',
      wikidata: 'Q12345',
      aliases: ['Kim Jong-un'],
      side: 'dprk' as const,
      offices: [],
    };
    assert.deepEqual(personJsonLd(person, 'https://example.org/people/kim-jong-un/'), {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Kim Jong Un',
      alternateName: ['金正恩', '김정은', 'Kim Jong-un'],
      url: 'https://example.org/people/kim-jong-un/',
      sameAs: 'https://www.wikidata.org/wiki/Q12345',
    });
    assert.deepEqual(
      personJsonLd({ ...person, zh: undefined, ko: undefined, wikidata: undefined, aliases: [] }, undefined),
      {
        '@context': 'https://schema.org',
        '@type': 'Person',
        name: 'Kim Jong Un',
      },
    );
  });
});
