import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { changesById, entryHistory, idOfPath } from '../../src/history/entries.ts';
import { parseGitLog, readGitHistory, type Commit } from '../../src/history/git-log.ts';
import { entryDates, historyItems, historyView } from '../../src/history/page.ts';
import { eventFile, VALID } from '../helpers.ts';
import { ScratchRepository } from '../scratch-repository.ts';

/** An event file whose narrative says `words`, so each version differs. */
const version = (words: string, frontMatter = VALID) => eventFile(frontMatter, `${words}\n`);

/** An event file with a long narrative, so unlike a short one that git cannot see one as a rename of the other. */
const long = (words: string) =>
  version(
    Array.from({ length: 60 }, (_, line) => `${words} Line ${line} of a narrative written at length.`).join('\n'),
  );

describe('reading an events folder’s history from git', () => {
  let repository: ScratchRepository;
  let hashes: Record<string, string>;
  let commits: Commit[];

  before(async () => {
    repository = await ScratchRepository.create();
    hashes = {};
    await repository.write({
      'README.md': 'Not in the events folder.',
      'content/events/2019-06-20-visit.md': version('First version.'),
      'content/events/2012-11-30-liu-qibao.md': long('Names the wrong envoy.'),
      'content/events/_template.md': version('A template.'),
    });
    // 23:30 in New York is the next day in UTC: the day written must be the UTC one.
    hashes.first = await repository.commit('Add the first entries', '2026-11-22T23:30:00-05:00');
    await repository.write({ 'content/events/2019-06-20-visit.md': version('Second version.') });
    hashes.edit = await repository.commit('Fix a date', '2026-11-24T09:00:00+09:00');
    // A light rename git detects, and a heavy one it cannot, which formerIds joins.
    await repository.git(['mv', 'content/events/2019-06-20-visit.md', 'content/events/2019-06-20-state-visit.md']);
    await repository.remove('content/events/2012-11-30-liu-qibao.md');
    await repository.write({ 'content/events/2012-11-30-li-jianguo.md': version('Names the right envoy.') });
    hashes.rename = await repository.commit(
      'Rename two entries\n\nWith a body that is not shown.',
      '2026-12-01T12:00:00Z',
    );
    await repository.write({ 'README.md': 'Changed, outside the folder.' });
    await repository.commit('Change the README only', '2026-12-02T12:00:00Z');
    const history = await readGitHistory(path.join(repository.dir, 'content/events'));
    assert.ok('commits' in history, JSON.stringify(history));
    commits = history.commits;
  });

  it('reads every commit that touched the folder, newest first, with paths inside it and days in UTC', () => {
    assert.deepEqual(
      commits.map(({ hash, day, subject }) => ({ hash, day, subject })),
      [
        { hash: hashes.rename, day: '2026-12-01', subject: 'Rename two entries' },
        { hash: hashes.edit, day: '2026-11-24', subject: 'Fix a date' },
        { hash: hashes.first, day: '2026-11-23', subject: 'Add the first entries' },
      ],
    );
    assert.deepEqual(
      commits
        .at(-1)!
        .changes.map(({ path: file }) => file)
        .sort(),
      ['2012-11-30-liu-qibao.md', '2019-06-20-visit.md', '_template.md'],
    );
  });

  it('follows a rename git detects, and one it does not through formerIds', () => {
    const byId = changesById(commits);
    const renamed = entryHistory('2019-06-20-state-visit', [], byId)!;
    assert.deepEqual(
      renamed.changes.map(({ hash, kind, from }) => ({ hash, kind, from })),
      [
        { hash: hashes.rename, kind: 'renamed', from: '2019-06-20-visit' },
        { hash: hashes.edit, kind: 'changed', from: undefined },
        { hash: hashes.first, kind: 'added', from: undefined },
      ],
    );
    assert.deepEqual([renamed.firstDay, renamed.lastDay], ['2026-11-23', '2026-12-01']);

    assert.equal(entryHistory('2012-11-30-li-jianguo', [], byId)!.changes.length, 1, 'without formerIds, a new file');
    const joined = entryHistory('2012-11-30-li-jianguo', ['2012-11-30-liu-qibao'], byId)!;
    assert.deepEqual(
      joined.changes.map(({ hash, kind, from }) => ({ hash, kind, from })),
      [
        { hash: hashes.rename, kind: 'renamed', from: '2012-11-30-liu-qibao' },
        { hash: hashes.first, kind: 'added', from: undefined },
      ],
    );
    assert.equal(joined.firstDay, '2026-11-23');
  });

  it('ignores templates and files that are not events, as the build does', () => {
    assert.equal(changesById(commits).has('_template'), false);
    assert.equal(idOfPath('_drafts/x.md'), undefined);
    assert.equal(idOfPath('notes.txt'), undefined);
    assert.equal(idOfPath('2023/2023-07-26-x.md'), '2023-07-26-x');
  });

  it('gives nothing for a file no commit touched', () => {
    assert.equal(entryHistory('2030-01-01-not-committed', [], changesById(commits)), undefined);
  });

  it('reads the same history, byte for byte, every time', async () => {
    const again = await readGitHistory(path.join(repository.dir, 'content/events'));
    assert.equal(JSON.stringify(again), JSON.stringify({ commits }));
  });

  it('says it cannot read a shallow clone, rather than take its oldest commit for every file’s first', async () => {
    const shallow = await repository.shallowClone();
    const history = await readGitHistory(path.join(shallow, 'content/events'));
    assert.ok('unavailable' in history);
    assert.match(history.unavailable, /shallow clone/);
  });

  it('says it cannot read a folder outside any repository', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'not-a-repo-'));
    const history = await readGitHistory(outside);
    assert.ok('unavailable' in history);
    assert.match(history.unavailable, /not in a git repository/);
  });

  it('reads a repository with no commit as an empty history', async () => {
    const empty = await ScratchRepository.create();
    assert.deepEqual(await readGitHistory(empty.dir), { commits: [] });
  });
});

describe('parsing git log output', () => {
  it('reads renames with both paths, and leaves out commits with no files (merges)', () => {
    const output =
      '\x1eabc\x1f1764000000\x1fRename\0\nR087\0old.md\0new.md\0M\0other.md\0' +
      '\x1emerge\x1f1764000000\x1fMerge branch\0\n' +
      '\x1edef\x1f1763900000\x1fAdd\0\nA\0old.md\0';
    assert.deepEqual(parseGitLog(output), [
      {
        hash: 'abc',
        day: '2025-11-24',
        subject: 'Rename',
        changes: [
          { status: 'renamed', from: 'old.md', path: 'new.md' },
          { status: 'modified', path: 'other.md' },
        ],
      },
      { hash: 'def', day: '2025-11-23', subject: 'Add', changes: [{ status: 'added', path: 'old.md' }] },
    ]);
  });
});

describe('what an entry’s page says of its history', () => {
  const history = entryHistory(
    'b',
    ['a'],
    changesById([
      {
        hash: 'c'.repeat(40),
        day: '2026-12-01',
        subject: 'Rename',
        changes: [
          { status: 'deleted', path: 'a.md' },
          { status: 'added', path: 'b.md' },
        ],
      },
      { hash: 'd'.repeat(40), day: '2026-11-23', subject: 'Add', changes: [{ status: 'added', path: 'a.md' }] },
    ]),
  )!;

  it('takes the day added from the file when it gives one, else from the first commit', () => {
    assert.deepEqual(entryDates(undefined, history), {
      added: '2026-11-23',
      addedFrom: 'history',
      lastChanged: '2026-12-01',
    });
    assert.deepEqual(entryDates('2026-11-30', history), {
      added: '2026-11-30',
      addedFrom: 'record',
      lastChanged: '2026-12-01',
    });
    assert.deepEqual(entryDates('2026-11-30', undefined), {
      added: '2026-11-30',
      addedFrom: 'record',
      lastChanged: undefined,
    });
    assert.deepEqual(entryDates(undefined, undefined), {
      added: undefined,
      addedFrom: undefined,
      lastChanged: undefined,
    });
  });

  it('never says an entry last changed before it was added', () => {
    assert.equal(entryDates('2026-12-05', history).lastChanged, undefined);
  });

  it('lists each change with what happened to the file, its message, and a link to the commit when the repository is known', () => {
    assert.deepEqual(historyItems(history), [
      { day: '2026-12-01', what: 'Renamed from a', subject: 'Rename', commit: { label: 'ccccccc', href: undefined } },
      { day: '2026-11-23', what: 'Added', subject: 'Add', commit: { label: 'ddddddd', href: undefined } },
    ]);
    const view = historyView(history, entryDates(undefined, history), {
      repository: 'https://github.com/owner/timeline',
      filePath: 'content/events/b.md',
    });
    assert.equal(view.items[0]!.commit.href, `https://github.com/owner/timeline/commit/${'c'.repeat(40)}`);
    assert.equal(view.permalink, `https://github.com/owner/timeline/blob/${'c'.repeat(40)}/content/events/b.md`);
    assert.equal(historyView(history, {}, undefined).permalink, undefined);
  });
});
