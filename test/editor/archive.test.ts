import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { ArchiveEditError, addArchived, findSnapshot, withArchived } from '../../src/editor/archive.ts';
import { parseEventFile } from '../../src/loaders/event-files.ts';
import { eventFile, folderWith } from '../helpers.ts';

/**
 * A stand-in for the Wayback Machine's availability API on this machine: it knows snapshots of some
 * addresses, fails for one, and records every request, so the tests need no network.
 */
class StandInArchive {
  readonly requests: URLSearchParams[] = [];
  #server: Server | undefined;
  /** Snapshots by the address asked about: timestamp and snapshot address. */
  readonly snapshots = new Map<string, { timestamp: string; url: string }>();
  /** Addresses the stand-in answers with a server error. */
  readonly failing = new Set<string>();

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      const query = new URL(request.url!, 'http://localhost').searchParams;
      this.requests.push(query);
      const asked = query.get('url') ?? '';
      if (this.failing.has(asked)) {
        response.writeHead(503, { 'content-type': 'text/plain' }).end('Service unavailable');
        return;
      }
      const snapshot = this.snapshots.get(asked);
      const body = {
        url: asked,
        archived_snapshots: snapshot ? { closest: { status: '200', available: true, ...snapshot } } : {},
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/wayback/available`;
  }

  stop() {
    return new Promise((resolve) => this.#server?.close(resolve));
  }
}

/** The lines of `after` that are not in `before`, having checked that every line of `before` is kept, in order. */
function insertedLines(before: string, after: string): string[] {
  const [old, edited] = [before.split('\n'), after.split('\n')];
  const inserted: string[] = [];
  let at = 0;
  for (const line of edited) {
    if (at < old.length && line === old[at]) at++;
    else inserted.push(line);
  }
  assert.equal(at, old.length, 'every original line is kept, in order');
  return inserted;
}

// A copy of a real event file as it stood when these tests were written: the record's own file changes as editors work.
const XI = 'test/editor/archive/2019-06-20-xi-jinping-state-visit.md';
const SCRIPT = path.resolve('scripts/archive.ts');

describe('npm run archive, against a stand-in archive', () => {
  const archive = new StandInArchive();
  let api: string;
  before(async () => {
    api = await archive.start();
    archive.snapshots.set('http://hotsrq.com/english/2019-06/17/c_138150769.htm', {
      timestamp: '20190618010203',
      url: 'http://web.archive.org/web/20190618010203/http://hotsrq.com/english/2019-06/17/c_138150769.htm',
    });
    archive.snapshots.set(
      'https://www.nknews.org/2019/06/china-north-korea-wrap-up-fifth-summit-as-xi-jinping-heads-home/',
      {
        timestamp: '20200101000000',
        url: 'http://web.archive.org/web/20200101000000/https://www.nknews.org/2019/06/china-north-korea-wrap-up-fifth-summit-as-xi-jinping-heads-home/',
      },
    );
    archive.failing.add('http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=146022');
  });
  after(() => archive.stop());

  it('writes the copies it finds into a real event file, changing nothing else, and reports the rest', async () => {
    const dir = await folderWith({});
    const file = path.join(dir, path.basename(XI));
    await copyFile(XI, file);
    const original = await readFile(file, 'utf8');
    archive.requests.length = 0;

    const run = await promisify(execFile)(process.execPath, [SCRIPT], {
      env: { ...process.env, ARCHIVE_API: api, ARCHIVE_PAUSE_MS: '0', EVENTS_DIR: dir },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    const edited = await readFile(file, 'utf8');

    // Two copies found, one source with none, and one the archive failed on: exit status 1, nothing lost.
    assert.equal('code' in run ? run.code : 0, 1, 'a lookup that failed makes the run fail');
    assert.match(run.stdout, /archive: 2 copies written, 3 sources with none, 1 not looked up/);
    assert.match(
      run.stdout,
      /sources\[5\] http:\/\/world\.kbs\.co\.kr\S*\n {2}not looked up: the archive answered 503/,
    );
    assert.match(
      run.stdout,
      /no archived copy found; save one at https:\/\/web\.archive\.org\/save\/http:\/\/en\.cidca\.gov\.cn\//,
    );
    assert.match(run.stdout, /taken 194 days after the source appeared/, 'a late snapshot is pointed out');

    assert.deepEqual(insertedLines(original, edited), [
      '    archived: https://web.archive.org/web/20190618010203/http://hotsrq.com/english/2019-06/17/c_138150769.htm',
      '    archived: https://web.archive.org/web/20200101000000/https://www.nknews.org/2019/06/china-north-korea-wrap-up-fifth-summit-as-xi-jinping-heads-home/',
    ]);
    const [before, now] = [parseEventFile(original), parseEventFile(edited)];
    assert.ok('data' in before && 'data' in now);
    assert.deepEqual(
      now.data.sources.map((source) => source.archived),
      [
        'https://web.archive.org/web/20190618010203/http://hotsrq.com/english/2019-06/17/c_138150769.htm',
        undefined,
        undefined,
        undefined,
        'https://web.archive.org/web/20200101000000/https://www.nknews.org/2019/06/china-north-korea-wrap-up-fifth-summit-as-xi-jinping-heads-home/',
        undefined,
      ],
    );
    assert.equal(now.body, before.body);

    // Each source was asked about near the day it was published.
    assert.deepEqual(
      archive.requests.map((query) => query.get('timestamp')),
      ['20190617', '20190621', '20190621', '20190621', '20190621', '20190620'],
    );
  });

  it('asks nothing about sources that already have a copy, and writes nothing on a dry run', async () => {
    const dir = await folderWith({});
    const file = path.join(dir, path.basename(XI));
    await copyFile(XI, file);
    await promisify(execFile)(process.execPath, [SCRIPT], {
      env: { ...process.env, ARCHIVE_API: api, ARCHIVE_PAUSE_MS: '0', EVENTS_DIR: dir },
    }).catch(() => undefined);
    const once = await readFile(file, 'utf8');
    archive.requests.length = 0;
    archive.failing.clear();

    const dry = await promisify(execFile)(process.execPath, [SCRIPT, '--dry-run', file], {
      env: { ...process.env, ARCHIVE_API: api, ARCHIVE_PAUSE_MS: '0' },
    });
    assert.equal(await readFile(file, 'utf8'), once, 'a dry run writes nothing');
    assert.match(dry.stdout, /dry run: nothing is written/);
    assert.match(dry.stdout, /0 copies found \(not written\), 4 sources with none, 0 not looked up/);
    assert.deepEqual(
      archive.requests.map((query) => query.get('url')),
      [
        'http://en.cidca.gov.cn/2019-06/21/c_384159.htm',
        'https://juche007-anglo-peopleskoreafriendship.blogspot.com/2019/06/supreme-leader-kim-jong-un-has-talks.html?m=1',
        'https://www.globalsecurity.org/wmd/library/news/dprk/2019/dprk-190621-kcna05.htm',
        'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=146022',
      ],
      'the two archived sources are not asked about again',
    );
    archive.failing.add('http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=146022');
  });

  it('reads the archive’s answer: the closest snapshot that answered 200, in https', async () => {
    const found = await findSnapshot(api, {
      url: 'http://hotsrq.com/english/2019-06/17/c_138150769.htm',
      published: '2019-06',
    });
    assert.deepEqual(found, {
      url: 'https://web.archive.org/web/20190618010203/http://hotsrq.com/english/2019-06/17/c_138150769.htm',
      day: '2019-06-18',
    });
    assert.equal(archive.requests.at(-1)!.get('timestamp'), '201906');
    assert.equal(await findSnapshot(api, { url: 'https://example.org/never-archived' }), undefined);
    assert.equal(archive.requests.at(-1)!.get('timestamp'), null, 'no date, no timestamp: the archive picks');
    await assert.rejects(findSnapshot(`${api.replace(/\d+\/wayback/, '9/wayback')}`, { url: 'https://example.org/' }));
  });
});

describe('adding an archived line to a file', () => {
  const FILE = eventFile(`title: A visit
date: 2019-06-20
type: message
direction: mutual
summary: A summary.
sources:
  - title: >-
      A headline long enough
      to fold
    publisher: Xinhua # the agency
    url: https://example.org/a
  - title: Second
    publisher: KCNA
    url: https://example.org/b # the mirror
    published: 2019-06-21
tags: [summit]`);

  it('puts it after the source’s last field, indented like it, keeping comments and folded text', () => {
    const first = withArchived(FILE, 0, 'https://web.archive.org/web/2019/https://example.org/a');
    assert.deepEqual(insertedLines(FILE, first), [
      '    archived: https://web.archive.org/web/2019/https://example.org/a',
    ]);
    assert.match(
      first,
      /to fold\n {4}publisher: Xinhua # the agency\n {4}url: https:\/\/example\.org\/a\n {4}archived: /,
    );
    const second = withArchived(FILE, 1, 'https://web.archive.org/web/2019/https://example.org/b');
    assert.match(
      second,
      /published: 2019-06-21\n {4}archived: https:\/\/web\.archive\.org\/web\/2019\/https:\/\/example\.org\/b\ntags:/,
    );
  });

  it('keeps Windows line endings and a byte-order mark', () => {
    const windows = `\uFEFF${FILE.replace(/\n/g, '\r\n')}`;
    const edited = addArchived(windows, 1, 'https://web.archive.org/web/2019/https://example.org/b');
    assert.equal(
      edited.replace('    archived: https://web.archive.org/web/2019/https://example.org/b\r\n', ''),
      windows,
    );
    assert.ok(!/[^\r]\n/.test(edited), 'every line still ends in CRLF');
  });

  it('refuses a source written in flow style, or one that already has a copy, rather than rewrite it', () => {
    const flow = FILE.replace(
      / {2}- title: Second\n.*\n.*\n.*\n/,
      '  - { title: Second, publisher: KCNA, url: "https://example.org/b" }\n',
    );
    assert.throws(() => withArchived(flow, 1, 'https://w.example/'), ArchiveEditError);
    const archived = withArchived(FILE, 0, 'https://w.example/a');
    assert.throws(() => withArchived(archived, 0, 'https://w.example/a'), /already has an archived copy/);
  });

  it('proves the edit by reading the file back as the build does', () => {
    const edited = addArchived(FILE, 0, 'https://web.archive.org/web/2019/https://example.org/a');
    const [before, now] = [parseEventFile(FILE), parseEventFile(edited)];
    assert.ok('data' in before && 'data' in now);
    assert.equal(now.data.sources[0]!.archived, 'https://web.archive.org/web/2019/https://example.org/a');
    assert.throws(() => addArchived('---\ntitle: [\n---\n', 0, 'https://w.example/'), /not a valid event/);
  });
});
