import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '@retorquere/bibtex-parser';
import { citeEvent, citeRecord, escapeBibtex, headlineCase, type CitedEvent } from '../../src/exports/citation.ts';
import { SITE } from '../../src/site/config.ts';

const LI_QIANG: CitedEvent = {
  id: '2025-10-09-li-qiang-wpk-80th',
  data: {
    title: "Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary",
    date: '2025-10-09',
    end: '2025-10-11',
    added: '2026-11-23',
  },
};
const URL = 'https://example.org/events/2025-10-09-li-qiang-wpk-80th/';

/** The one entry a BibTeX text holds, read by a real parser, with titles left in the case written. */
function parseEntry(bibtex: string) {
  const library = parse(bibtex, { english: false });
  assert.deepEqual(library.errors, []);
  assert.equal(library.entries.length, 1);
  return library.entries[0]!;
}

describe('citations of an event page', () => {
  it('in Chicago: the site as author, the title in headline style and quotes, the day added, the address', () => {
    assert.equal(
      citeEvent(LI_QIANG, URL).chicago,
      `${SITE.name}. “Premier Li Qiang Visits Pyongyang for the Workers' Party's 80th Anniversary.” November 23, 2026. ${URL}.`,
    );
  });

  it('in APA: the site as author, the day added, the title as written, the address', () => {
    assert.equal(
      citeEvent(LI_QIANG, URL).apa,
      `${SITE.name}. (2026, November 23). Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary. ${URL}`,
    );
  });

  it('as a BibTeX @misc entry keyed by the event id', () => {
    assert.equal(
      citeEvent(LI_QIANG, URL).bibtex,
      [
        '@misc{2025-10-09-li-qiang-wpk-80th,',
        "  title = {{Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary}},",
        `  author = {{${SITE.name}}},`,
        `  howpublished = {\\url{${URL}}},`,
        `  url = {${URL}},`,
        '  year = {2026},',
        '  note = {Timeline entry on an event of 9–11 October 2025; added 23 November 2026},',
        '}',
      ].join('\n'),
    );
  });

  it('never dates a citation by the clock: without an added day, no date in Chicago, n.d. in APA, no year', () => {
    const undated: CitedEvent = { id: 'treaty', data: { title: 'Treaty signed', date: '1961-07-11' } };
    const { chicago, apa, bibtex } = citeEvent(undated, '/events/treaty/');
    assert.equal(chicago, `${SITE.name}. “Treaty Signed.” /events/treaty/.`);
    assert.equal(apa, `${SITE.name}. (n.d.). Treaty signed. /events/treaty/`);
    assert.doesNotMatch(bibtex, /year|urldate/);
    assert.match(bibtex, /note = \{Timeline entry on an event of 11 July 1961\}/);
    const thisYear = String(new Date().getUTCFullYear());
    for (const text of [chicago, apa, bibtex]) assert.ok(!text.includes(thisYear), text);
  });

  it('dates the version cited by the day the entry last changed, with Chicago’s “Last modified”', () => {
    const changed: CitedEvent = { ...LI_QIANG, history: { added: '2026-11-23', lastChanged: '2026-12-01' } };
    const { chicago, apa, bibtex } = citeEvent(changed, URL);
    assert.equal(
      chicago,
      `${SITE.name}. “Premier Li Qiang Visits Pyongyang for the Workers' Party's 80th Anniversary.” Last modified December 1, 2026. ${URL}.`,
    );
    assert.match(apa, /\(2026, December 1\)\. Premier Li Qiang visits/);
    const entry = parseEntry(bibtex);
    assert.equal(entry.fields.year, '2026');
    assert.equal(
      entry.fields.note,
      'Timeline entry on an event of 9–11 October 2025; added 23 November 2026; last changed 1 December 2026',
    );
  });

  it('takes the day added from the history when the file gives none', () => {
    const first: CitedEvent = {
      id: 'treaty',
      data: { title: 'Treaty signed', date: '1961-07-11' },
      history: { added: '2026-11-23' },
    };
    assert.equal(
      citeEvent(first, '/events/treaty/').chicago,
      `${SITE.name}. “Treaty Signed.” November 23, 2026. /events/treaty/.`,
    );
    assert.equal(
      citeEvent(first, '/events/treaty/').apa,
      `${SITE.name}. (2026, November 23). Treaty signed. /events/treaty/`,
    );
  });

  it('writes an added month or year to its precision', () => {
    const month = { ...LI_QIANG, data: { ...LI_QIANG.data, added: '2026-11' } };
    assert.match(citeEvent(month, URL).chicago, /” November 2026\. /);
    assert.match(citeEvent(month, URL).apa, /\(2026, November\)/);
  });

  it('does not add a full stop after a title that ends in its own mark', () => {
    const question = { ...LI_QIANG, data: { ...LI_QIANG.data, title: 'A thaw?' } };
    assert.match(citeEvent(question, URL).chicago, /“A Thaw\?” November/);
    assert.match(citeEvent(question, URL).apa, /\)\. A thaw\? https/);
  });

  it('gives BibTeX that a real parser reads back to the title, author and address', () => {
    const entry = parseEntry(citeEvent(LI_QIANG, URL).bibtex);
    assert.equal(entry.type, 'misc');
    assert.equal(entry.key, LI_QIANG.id);
    assert.equal(entry.fields.title, LI_QIANG.data.title);
    assert.deepEqual(entry.fields.author, [{ name: SITE.name }]);
    assert.equal(entry.fields.url, URL);
    assert.equal(entry.fields.year, '2026');
  });

  it('escapes every character special to TeX, so a title reads back as written, even with an unmatched brace', () => {
    for (const title of [
      'Trade & aid: 100% of the “a_b” {fund',
      'Closing } brace, #hash, $dollar, ~tilde, ^caret and a \\ backslash',
      'Balanced {braces} and \\textbf{not a command}',
    ]) {
      const event = { ...LI_QIANG, data: { ...LI_QIANG.data, title } };
      const entry = parseEntry(citeEvent(event, URL).bibtex);
      assert.equal(entry.fields.title, title);
      assert.equal(entry.fields.url, URL);
    }
  });

  it('keeps an address with a per cent sign or a fragment whole', () => {
    const odd = 'https://example.org/%E6%9C%9D/events/a/#cite';
    const entry = parseEntry(citeEvent(LI_QIANG, odd).bibtex);
    assert.equal(entry.fields.url, odd);
    assert.match(
      citeEvent(LI_QIANG, odd).bibtex,
      /howpublished = \{\\url\{https:\/\/example\.org\/\\%E6\\%9C\\%9D\/events\/a\/\\#cite\}\}/,
    );
  });
});

describe('escapeBibtex', () => {
  it('turns each special character into the command that prints it', () => {
    assert.equal(
      escapeBibtex('& % $ # _ { } ~ ^ \\'),
      '\\& \\% \\$ \\# \\_ \\textbraceleft{} \\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('leaves other text, in any script, as it is', () => {
    assert.equal(escapeBibtex('Kim Jong Un 金正恩 김정은 — “quoted”'), 'Kim Jong Un 金正恩 김정은 — “quoted”');
  });
});

describe('headlineCase', () => {
  it('capitalises words but articles, conjunctions and prepositions, except first, last and after a colon', () => {
    assert.equal(
      headlineCase('Kim Il Sung and Zhou Enlai sign the treaty of friendship'),
      'Kim Il Sung and Zhou Enlai Sign the Treaty of Friendship',
    );
    assert.equal(headlineCase('talks in Beijing: a new start'), 'Talks in Beijing: A New Start');
    assert.equal(headlineCase('what it was for'), 'What It Was For');
  });

  it('leaves words with capitals, numbers and hyphenated parts that are minor words as written', () => {
    assert.equal(headlineCase("the DPRK's 80th-anniversary parade"), "The DPRK's 80th-Anniversary Parade");
    assert.equal(headlineCase('a vice-premier in Pyongyang'), 'A Vice-Premier in Pyongyang');
    assert.equal(headlineCase('“blood alliance” renewed'), '“Blood Alliance” Renewed');
  });
});

describe('citations of the whole record', () => {
  const events: CitedEvent[] = [
    { id: 'a', data: { title: 'a', date: '1949-10-06' } },
    LI_QIANG,
    { id: 'b', data: { title: 'b', date: '1961-07', added: '2026-11' } },
  ];

  it('cite the site as a data set, by the events it holds, their years and the day it was last added to', () => {
    const { chicago, apa } = citeRecord(events, 'https://example.org/data/');
    assert.equal(
      chicago,
      `${SITE.name}. Dataset of 3 events, 1949–2025. Last updated November 23, 2026. https://example.org/data/.`,
    );
    assert.equal(
      apa,
      `${SITE.name}. (2026, November 23). ${SITE.name}: 3 events, 1949–2025 [Data set]. https://example.org/data/`,
    );
  });

  it('give BibTeX that parses, keyed by the site name', () => {
    const entry = parseEntry(citeRecord(events, 'https://example.org/data/').bibtex);
    assert.equal(entry.key, 'china-north-korea-diplomacy-timeline');
    assert.equal(entry.fields.title, SITE.name);
    assert.equal(entry.fields.url, 'https://example.org/data/');
    assert.equal(entry.fields.note, 'Data set of 3 events, 1949–2025; last updated 23 November 2026');
  });

  it('are dated by the latest day any entry was added or changed', () => {
    const changed = [...events, { ...LI_QIANG, id: 'c', history: { lastChanged: '2026-12-03' } }];
    assert.match(citeRecord(changed, '/data/').chicago, /Last updated December 3, 2026\./);
  });

  it('say n.d. when no entry has an added day, and name a single year once', () => {
    const { apa, chicago } = citeRecord([events[0]!], '/');
    assert.equal(apa, `${SITE.name}. (n.d.). ${SITE.name}: 1 event, 1949 [Data set]. /`);
    assert.equal(chicago, `${SITE.name}. Dataset of 1 event, 1949. /.`);
  });
});
