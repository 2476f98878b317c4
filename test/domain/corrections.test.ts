import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shownCorrections } from '../../src/domain/corrections.ts';
import { sortEvents } from '../../src/domain/ordering.ts';
import { byDay, recordChanges } from '../../src/history/changes.ts';
import { parseEventFile, readEventFolder } from '../../src/loaders/event-files.ts';
import { event, eventFile, folderWith, VALID } from '../helpers.ts';

/** The problems the build reports for front matter `VALID` plus `lines`. */
const problemsWith = (lines: string) => {
  const result = parseEventFile(eventFile(`${VALID}\n${lines}`));
  return 'problems' in result ? result.problems : [];
};

describe('the corrections rules', () => {
  it('accept a correction dated to the day, with one sentence on what was wrong', () => {
    const result = parseEventFile(
      eventFile(`${VALID}
added: 2026-11-23
corrections:
  - date: 2026-12-01
    note: The entry first named the envoy as Liu Qibao; both governments' accounts name Li Jianguo.`),
    );
    assert.ok('data' in result);
    assert.deepEqual(result.data.corrections, [
      {
        date: '2026-12-01',
        note: "The entry first named the envoy as Liu Qibao; both governments' accounts name Li Jianguo.",
      },
    ]);
  });

  it('require the day itself, a real one', () => {
    assert.deepEqual(problemsWith('corrections:\n  - date: 2026-12\n    note: Wrong.'), [
      'corrections[0].date "2026-12" is not a day (the day the error was fixed, YYYY-MM-DD)',
    ]);
    assert.deepEqual(problemsWith('corrections:\n  - date: 2026-02-30\n    note: Wrong.'), [
      'corrections[0].date "2026-02-30" is not a real calendar day (the day the error was fixed, YYYY-MM-DD)',
    ]);
  });

  it('require a note, in one line and at most 300 characters', () => {
    assert.deepEqual(problemsWith('corrections:\n  - date: 2026-12-01'), [
      'corrections[0].note is missing (one plain sentence on what was wrong, at most 300 characters)',
    ]);
    assert.deepEqual(problemsWith('corrections:\n  - date: 2026-12-01\n    note: |\n      Two\n      lines'), [
      'corrections[0].note "Two\\nlines\\n" must be one line (one plain sentence on what was wrong, at most 300 characters)',
    ]);
    assert.match(
      problemsWith(`corrections:\n  - date: 2026-12-01\n    note: ${'x'.repeat(301)}`)[0]!,
      /is longer than 300 characters/,
    );
  });

  it('refuse a correction made before the entry was added, and the same correction twice', () => {
    assert.deepEqual(problemsWith('added: 2026-11-23\ncorrections:\n  - date: 2026-11-22\n    note: Wrong.'), [
      'corrections[0].date "2026-11-22" is before added "2026-11-23" (an entry can only be corrected after it entered the record) (the day the error was fixed, YYYY-MM-DD)',
    ]);
    assert.deepEqual(
      problemsWith('corrections:\n  - date: 2026-12-01\n    note: Wrong.\n  - date: 2026-12-01\n    note: Wrong.'),
      [
        'corrections[1] repeats an earlier correction (a list of { date, note }: the day an error was fixed and what was wrong, in one sentence)',
      ],
    );
  });

  it('name an unknown field in a correction, with the closest known one', () => {
    assert.deepEqual(problemsWith('corrections:\n  - dte: 2026-12-01\n    note: Wrong.'), [
      'corrections[0].date is missing (the day the error was fixed, YYYY-MM-DD)',
      'corrections[0].dte is not a known field (did you mean "date"? known fields: date, note)',
    ]);
  });

  it('are shown oldest first, each with an anchor made from its day that later corrections do not move', () => {
    const shown = shownCorrections([
      { date: '2026-12-05', note: 'Third.' },
      { date: '2026-12-01', note: 'First.' },
      { date: '2026-12-05', note: 'Fourth.' },
      { date: '2026-12-03', note: 'Second.' },
    ]);
    assert.deepEqual(
      shown.map(({ anchor, note }) => [anchor, note]),
      [
        ['correction-2026-12-01', 'First.'],
        ['correction-2026-12-03', 'Second.'],
        ['correction-2026-12-05', 'Third.'],
        ['correction-2026-12-05-2', 'Fourth.'],
      ],
    );
  });
});

describe('the changes to the record', () => {
  const events = sortEvents([
    event({ date: '1961-07-11', added: '2026-11-23' }, 'treaty'),
    event({ date: '2012-11-29', corrections: [{ date: '2026-11-23', note: 'The envoy was misnamed.' }] }, 'envoy'),
    event({ date: '2025-10-09', added: '2026-12' }, 'premier'),
    event({ date: '2019-06-20' }, 'undated'),
  ]);
  const added: Record<string, string | undefined> = {
    treaty: '2026-11-23',
    envoy: '2026-11-20',
    premier: '2026-12',
    undated: undefined,
  };
  const changes = recordChanges(events, (entry) => added[entry.id]);

  it('list additions and corrections newest first, corrections first on a day, then in timeline order', () => {
    assert.deepEqual(
      changes.map(({ kind, day, event: { id } }) => `${day} ${kind} ${id}`),
      ['2026-12 added premier', '2026-11-23 corrected envoy', '2026-11-23 added treaty', '2026-11-20 added envoy'],
    );
    assert.equal(changes[1]!.correction?.anchor, 'correction-2026-11-23');
    assert.ok(
      !changes.some((change) => change.event.id === 'undated'),
      'an entry with no known day added is not listed',
    );
  });

  it('group by day, in the same order', () => {
    assert.deepEqual(
      byDay(changes).map(({ day, changes: ofDay }) => [day, ofDay.length]),
      [
        ['2026-12', 1],
        ['2026-11-23', 2],
        ['2026-11-20', 1],
      ],
    );
  });
});

describe('the editors’ related links', () => {
  const linking = (related: string, extra = '') => eventFile(`${VALID}\nrelated:\n${related}${extra}`);

  it('must each lead to another published event of the record, by its current id, once', async () => {
    const dir = await folderWith({
      'a.md': linking(
        '  - id: b\n    note: the return visit\n  - id: c\n  - id: a\n  - id: old-b\n  - id: bb\n  - id: b',
      ),
      'b.md': eventFile(`${VALID}\nformerIds: [old-b]`),
      'c.md': eventFile(`${VALID}\ndraft: true`),
    });
    const { problems } = await readEventFolder(dir, (file) => file.slice(dir.length + 1));
    assert.deepEqual(problems, [
      'a.md: related[1].id "c" is a draft, which is not published (link to it once it is, or remove the link)',
      'a.md: related[2].id "a" is this event itself (link to another event)',
      'a.md: related[3].id "old-b" is not an event in the record (it was renamed: use "b")',
      'a.md: related[4].id "bb" is not an event in the record (did you mean "b"? use the file name of an event in the folder, without .md)',
      'a.md: related[5].id "b" is already linked above (link to each event once)',
    ]);
  });

  it('leave a link to an invalid file to that file’s own problems', async () => {
    const dir = await folderWith({ 'a.md': linking('  - id: b'), 'b.md': eventFile('title: no date') });
    const { problems } = await readEventFolder(dir, (file) => file.slice(dir.length + 1));
    assert.ok(
      problems.every((problem) => problem.startsWith('b.md: ')),
      problems.join('\n'),
    );
  });
});

describe('a source’s reading day and archived copy', () => {
  /** The problems of `VALID` with `lines` added to its one source. */
  const withSource = (lines: string) => {
    const result = parseEventFile(eventFile(VALID.replace('    side: china', `    side: china\n${lines}`)));
    return 'problems' in result ? result.problems : [];
  };

  it('accept a day read on or after publication and an archived address', () => {
    assert.deepEqual(
      withSource(
        '    accessed: 2026-11-20\n    archived: https://web.archive.org/web/20251009/https://example.org/premier',
      ),
      [],
    );
  });

  it('refuse a reading before publication, a reading not to the day, and a copy at the source’s own address', () => {
    assert.deepEqual(withSource('    accessed: 2025-10-08'), [
      'sources[0].accessed "2025-10-08" is before published "2025-10-09" (a source cannot be read before it appeared) (the day you read the source, YYYY-MM-DD)',
    ]);
    assert.deepEqual(withSource('    accessed: 2026-11'), [
      'sources[0].accessed "2026-11" is not a day (the day you read the source, YYYY-MM-DD)',
    ]);
    assert.deepEqual(withSource('    archived: https://example.org/premier'), [
      'sources[0].archived "https://example.org/premier" is the source’s own address (give the address of the archived copy) (the address of an archived copy, starting with http:// or https://)',
    ]);
    assert.deepEqual(withSource('    archived: ftp://example.org/x'), [
      'sources[0].archived "ftp://example.org/x" is not an http or https address (the address of an archived copy, starting with http:// or https://)',
    ]);
  });
});
