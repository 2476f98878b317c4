import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readRecord } from '../../src/loaders/record.ts';
import { FIXTURES, fixture, PEOPLE_FILE } from './fixtures.ts';

/** Runs `node scripts/import.ts` with a fresh events folder and a copy of the registry. */
async function setUp() {
  const dir = await mkdtemp(path.join(tmpdir(), 'import-command-'));
  await mkdir(path.join(dir, 'events'));
  await copyFile(PEOPLE_FILE, path.join(dir, 'people.yaml'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, EVENTS_DIR: path.join(dir, 'events'), PEOPLE_FILE: path.join(dir, 'people.yaml') },
    });
  return { dir, run };
}

describe('npm run import', () => {
  it('writes a draft the build accepts and prints its path last; a second run takes a new name', async () => {
    const { dir, run } = await setUp();
    const { url, source } = await fixture('seed-devdiscourse-li-qiang-2025.txt');
    const saved = path.join(dir, 'report.txt');
    await writeFile(saved, source);
    const first = run(saved, '--url', url, '--today', '2026-11-23');
    assert.equal(first.status, 0, first.stderr);
    const written = first.stdout.trimEnd().split('\n').at(-1)!;
    assert.equal(written, path.join(dir, 'events', '2025-10-li-qiang-visit.md'));
    assert.match(await readFile(written, 'utf8'), /^added: 2026-11-23$/m);
    const second = run(saved, '--url', url, '--today', '2026-11-23');
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout.trimEnd().split('\n').at(-1), path.join(dir, 'events', '2025-10-li-qiang-visit-2.md'));
    const checked = await readRecord(path.join(dir, 'events'), path.join(dir, 'people.yaml'));
    assert.deepEqual(checked.problems, []);
    assert.equal(checked.events.length, 2);
  });

  it('reads an HTML page', async () => {
    const { run } = await setUp();
    const result = run(path.join(FIXTURES, 'globaltimes-xi-state-visit-2019.html'), '--today', '2026-11-23');
    assert.equal(result.status, 0, result.stderr);
    const draft = await readFile(result.stdout.trimEnd().split('\n').at(-1)!, 'utf8');
    assert.match(draft, /^ {2}- title: Xi to pay state visit to North Korea$/m);
    assert.match(draft, /^date: 2019-06-20\nend: 2019-06-21$/m);
  });

  it('refuses bad arguments, saying how to call it', async () => {
    const { run } = await setUp();
    for (const args of [
      [],
      ['a.txt', '--published', '2025-13-01'],
      ['a.txt', '--url', 'ftp://example.org'],
      ['a.txt', 'b.txt', '--published', '2025-01-01'],
    ]) {
      const result = run(...args);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stderr, /usage: npm run import -- FILE/);
      assert.equal(result.stdout, '');
    }
  });

  it('refuses a missing, empty or binary file with the reason, never calling it a bug, and imports the rest', async () => {
    const { dir, run } = await setUp();
    const { url, source } = await fixture('kcna-xi-to-visit-dprk-2019.txt');
    await writeFile(path.join(dir, 'empty.txt'), '  \n');
    await writeFile(
      path.join(dir, 'photo.jpg'),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
    );
    await writeFile(
      path.join(dir, 'report.html'),
      `<html><head><link rel="canonical" href="${url}"></head><body><h1>Xi Jinping to visit DPRK</h1>${source
        .split('\n')
        .filter(Boolean)
        .map((line) => `<p>${line}</p>`)
        .join('')}<p>Published 2019-06-17</p></body></html>`,
    );
    const result = run(
      path.join(dir, 'missing.txt'),
      path.join(dir, 'empty.txt'),
      path.join(dir, 'photo.jpg'),
      path.join(dir, 'report.html'),
      '--today',
      '2026-11-23',
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /not imported: \S*missing\.txt: it cannot be read/);
    assert.match(result.stdout, /not imported: \S*empty\.txt: the file is empty/);
    assert.match(result.stdout, /not imported: \S*photo\.jpg: the file is binary/);
    assert.doesNotMatch(`${result.stdout}${result.stderr}`, /bug in the importer/);
    assert.equal(
      result.stdout.trimEnd().split('\n').at(-1),
      path.join(dir, 'events', '2019-06-20-xi-jinping-state-visit.md'),
    );
  });
});
