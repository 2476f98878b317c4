import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { readArticle } from '../../src/editor/import/article.ts';
import { bestDate, findDates, publicationDate } from '../../src/editor/import/dates.ts';
import { splitSentences, type Sentence } from '../../src/editor/import/sentences.ts';

// Sentences made up for these tests, shaped like the reports the importer reads.
const story = (...paragraphs: string[]): Sentence[] =>
  paragraphs
    .flatMap((paragraph, index) =>
      splitSentences(paragraph).map((text) => ({ text, paragraph: index + 1, position: 0 })),
    )
    .map((sentence, position) => ({ ...sentence, position }));

/** The best date for a story published on `published`, as `date` or `date/end`. */
function best(published: string | undefined, ...paragraphs: string[]): string | undefined {
  const sentences = story(...paragraphs);
  const { candidates, anniversaries } = findDates(
    sentences,
    published ? { date: published, basis: 'test' } : undefined,
  );
  const found = bestDate(candidates, anniversaries);
  return found && (found.end ? `${found.date}/${found.end}` : found.date);
}

describe('dates in a story', () => {
  // 7 October 2025 was a Tuesday.
  it('counts a weekday back from the report for what happened, forward for what is announced', () => {
    assert.equal(best('2025-10-07', 'The leader met the visiting delegation on Saturday.'), '2025-10-04');
    assert.equal(best('2025-10-07', 'The premier will visit the neighbouring capital on Thursday.'), '2025-10-09');
    assert.equal(best('2025-10-07', 'The premier arrived in the capital on Tuesday.'), '2025-10-07');
  });

  it('keeps a range of weekdays, and of days in a month, with its end', () => {
    assert.equal(
      best('2018-03-28', 'He had been on a visit to the capital from Sunday to Wednesday.'),
      '2018-03-25/2018-03-28',
    );
    assert.equal(
      best('2019-06-17', 'The president will pay a state visit from June 20 to 21.'),
      '2019-06-20/2019-06-21',
    );
    assert.equal(
      best('2024-12-20', 'The delegation will visit from December 30 to January 2.'),
      '2024-12-30/2025-01-02',
    );
  });

  it('gives "later this week" as the month only, since the day is not known', () => {
    assert.equal(
      best('2025-10-07', 'The premier is set to visit the neighbouring country later this week.'),
      '2025-10',
    );
  });

  it('prefers the date of the visit over the date it was announced', () => {
    assert.equal(
      best(
        '2019-06-17',
        'The spokesman made the announcement on Monday.',
        'The president will pay a state visit from June 20 to 21.',
      ),
      '2019-06-20/2019-06-21',
    );
  });

  it('places nothing that needs the report date when there is none, but takes a year from an anniversary', () => {
    const sentences = story('The leader met the delegation on Saturday to mark the 70th anniversary of the armistice.');
    const { candidates, unplaced, anniversaries } = findDates(sentences, undefined);
    assert.deepEqual(candidates, []);
    assert.deepEqual(
      unplaced.map((item) => item.words),
      ['on Saturday'],
    );
    assert.equal(anniversaries[0]?.date, '2023-07-27');
    assert.equal(bestDate(candidates, anniversaries)?.date, '2023-07');
    assert.equal(
      best(undefined, 'The premier will visit from October 9 to 11 for the 80th anniversary of the Workers’ Party.'),
      '2025-10-09/2025-10-11',
    );
  });
});

describe('the date a report was published', () => {
  const pub = (text: string, url?: string) => publicationDate(readArticle(text), url)?.date;
  const body = 'The example minister arrived in the example capital on Monday for talks that lasted two days.';

  it('reads a created date before an updated one, and numeric dates day first unless the page says otherwise', () => {
    assert.equal(
      pub(`Headline words here\n\nUpdated: 08-10-2025 10:00 | Created: 07-10-2025 21:36\n\n${body}\n`),
      '2025-10-07',
    );
    assert.equal(pub(`Headline words here\n\nPosted 05-04-2025\n\n${body}\n`), '2025-04-05');
    assert.equal(pub(`Headline words here\n\ndate 2025-04-05\n\nUpdated: 04-05-2025\n\n${body}\n`), '2025-04-05');
    assert.equal(pub(`Headline words here\n\nPublished: Jun 19, 2019 05:59 PM\n\n${body}\n`), '2019-06-19');
  });

  it('falls back on the address, taking six digits only when the dateline agrees', () => {
    assert.equal(pub(`${body}\n`, 'https://example.org/2018/05/02/story'), '2018-05-02');
    assert.equal(pub(`${body}\n`, 'https://example.org/2019/06/story.html'), '2019-06');
    assert.equal(pub(`BEIJING, May 22 (Agency) -- ${body}\n`, 'https://example.org/x/130522/story'), '2013-05-22');
    assert.equal(pub(`BEIJING, May 23 (Agency) -- ${body}\n`, 'https://example.org/x/130522/story'), undefined);
  });

  it('is the same whatever the time zone of the machine', () => {
    const script = `
      import { readArticle } from './src/editor/import/article.ts';
      import { bestDate, findDates, publicationDate } from './src/editor/import/dates.ts';
      import { storySentences } from './src/editor/import/sentences.ts';
      const article = readArticle('Headline words here\\n\\nPublished: Jun 19, 2019 11:59 PM\\n\\nThe president left on Saturday for a state visit from June 20 to 21, officials said today.\\n');
      const published = publicationDate(article, undefined);
      const { candidates, anniversaries } = findDates(storySentences(article), published);
      console.log(JSON.stringify({ published, candidates, best: bestDate(candidates, anniversaries) }));`;
    const run = (tz: string) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
    const utc = run('UTC');
    assert.equal(run('Pacific/Kiritimati'), utc);
    assert.equal(run('Pacific/Pago_Pago'), utc);
    assert.match(utc, /"date":"2019-06-15"/);
  });
});
