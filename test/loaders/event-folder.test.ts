import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readEventFolder } from '../../src/loaders/event-files.ts';
import { eventFile, folderWith, VALID } from '../helpers.ts';

const EVENT = eventFile(VALID);

/** Reads `dir` as the build does, with messages naming files relative to `root` (the repository). */
async function read(dir: string, root: string, options: Parameters<typeof readEventFolder>[2] = {}) {
  return readEventFolder(dir, (file) => path.relative(root, file), { within: [root], ...options });
}

/** A repository with an events folder in it, and files placed anywhere in the repository. */
async function repositoryWith(files: Record<string, string>) {
  const root = await folderWith(files);
  await mkdir(path.join(root, 'events'), { recursive: true });
  return { root, events: path.join(root, 'events') };
}

describe('files the events folder reaches through symbolic links', () => {
  it('reads a linked file and a linked folder inside the repository, each under the link’s own name', async () => {
    const { root, events } = await repositoryWith({
      'elsewhere/2020-01-01-linked-file.md': EVENT,
      'more/2021-01-01-in-linked-folder.md': EVENT,
    });
    await symlink(path.join(root, 'elsewhere/2020-01-01-linked-file.md'), path.join(events, '2020-01-01-link.md'));
    await symlink(path.join(root, 'more'), path.join(events, 'more'));
    const { events: found, problems } = await read(events, root);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      found.map(({ id, file }) => [id, file]),
      [
        ['2020-01-01-link', 'events/2020-01-01-link.md'],
        ['2021-01-01-in-linked-folder', 'events/more/2021-01-01-in-linked-folder.md'],
      ],
    );
  });

  it('names a dangling link, a link out of the repository, a loop and a second way to one file', async () => {
    const outside = await folderWith({ '2020-01-01-outside.md': EVENT });
    const { root, events } = await repositoryWith({ 'events/2020-01-01-real.md': EVENT, 'shared/a.md': EVENT });
    await symlink(path.join(root, 'gone.md'), path.join(events, '2020-01-02-dangling.md'));
    await symlink(path.join(outside, '2020-01-01-outside.md'), path.join(events, '2020-01-03-outside.md'));
    await symlink(path.join(events, '2020-01-01-real.md'), path.join(events, '2020-01-04-twice.md'));
    await symlink(root, path.join(events, 'up'));
    await symlink(path.join(root, 'shared/a.md'), path.join(events, '2020-01-05-first.md'));
    await symlink(path.join(root, 'shared/a.md'), path.join(events, '2020-01-06-second.md'));
    await symlink('loop-b.md', path.join(events, 'loop-a.md'));
    await symlink('loop-a.md', path.join(events, 'loop-b.md'));
    const { events: found, problems } = await read(events, root);
    assert.deepEqual(
      found.map(({ id }) => id),
      ['2020-01-01-real', '2020-01-05-first'],
    );
    assert.deepEqual(problems, [
      `events/2020-01-02-dangling.md: is a symbolic link to "${path.join(root, 'gone.md')}", which does not exist (point it at an event file inside the repository, or remove it)`,
      `events/2020-01-03-outside.md: is a symbolic link to ${path.join(outside, '2020-01-01-outside.md')}, outside the events folder and the repository (a link may only lead to a file or folder inside them, which a clone of the repository has too)`,
      'events/2020-01-04-twice.md: is a symbolic link to events/2020-01-01-real.md, which is read where it is (remove the link: an event is one file)',
      'events/2020-01-06-second.md: leads to shared/a.md, already read through events/2020-01-05-first.md (keep one link)',
      'events/loop-a.md: is a symbolic link to "loop-b.md", which is a loop of links (point it at an event file inside the repository, or remove it)',
      'events/loop-b.md: is a symbolic link to "loop-a.md", which is a loop of links (point it at an event file inside the repository, or remove it)',
      `events/up: is a symbolic link to ${root}, which holds the events folder itself (a loop; remove the link)`,
    ]);
  });
});

describe('files of the events folder that are not read as events', () => {
  it('refuses Markdown saved under another ending, saying what to rename it to', async () => {
    const dir = await folderWith({
      'a.md': EVENT,
      'B.MD': EVENT,
      'c.markdown': EVENT,
      'sub/d.Md': EVENT,
      'notes.txt': 'not Markdown: ignored',
      '_template.markdown': 'a template: ignored',
    });
    const { events, problems } = await readEventFolder(dir, (file) => path.relative(dir, file));
    assert.deepEqual(
      events.map(({ id }) => id),
      ['a'],
    );
    assert.deepEqual(problems, [
      'B.MD: is not read as an event: event files end in .md, lowercase (rename it to B.md)',
      'c.markdown: is not read as an event: event files end in .md, lowercase (rename it to c.md)',
      'sub/d.Md: is not read as an event: event files end in .md, lowercase (rename it to d.md)',
    ]);
  });

  it('reports a file that cannot be read beside every other problem, without stopping', async () => {
    const dir = await folderWith({ 'a-good.md': EVENT, 'b-locked.md': EVENT, 'c-bad.md': eventFile('title: ""') });
    const denied = Object.assign(new Error("EACCES: permission denied, open 'b-locked.md'"), { code: 'EACCES' });
    const { readFile } = await import('node:fs/promises');
    const { events, problems } = await readEventFolder(dir, (file) => path.relative(dir, file), {
      read: (file) => (file.endsWith('b-locked.md') ? Promise.reject(denied) : readFile(file)),
    });
    assert.deepEqual(
      events.map(({ id }) => id),
      ['a-good'],
    );
    assert.equal(
      problems[0],
      'b-locked.md: cannot be read: permission denied (give your user permission to read it, e.g. chmod a+r)',
    );
    assert.match(problems[1] ?? '', /^c-bad\.md: title "" is empty/);
  });

  it('reports a file or folder its user may not read, as the build meets it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'events-locked-'));
    await writeFile(path.join(dir, 'a-good.md'), EVENT);
    await writeFile(path.join(dir, 'b-locked.md'), EVENT);
    await mkdir(path.join(dir, 'c-locked-folder'));
    await writeFile(path.join(dir, 'c-locked-folder', 'd.md'), EVENT);
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'a-good.md'), 0o644);
    await chmod(path.join(dir, 'b-locked.md'), 0o000);
    await chmod(path.join(dir, 'c-locked-folder'), 0o000);
    // Root reads any file whatever its mode, so when the tests run as root the reading is done as nobody
    // (once the code is loaded, since Node itself may be where nobody cannot reach it).
    const script = `
      const { readEventFolder } = await import(${JSON.stringify(path.resolve('src/loaders/event-files.ts'))});
      if (process.getuid() === 0) { process.setgid(65534); process.setuid(65534); }
      const { events, problems } = await readEventFolder(${JSON.stringify(dir)}, (file) => file.slice(${dir.length + 1}));
      console.log(JSON.stringify({ ids: events.map((event) => event.id), problems }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    await rm(dir, { recursive: true, force: true });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), {
      ids: ['a-good'],
      problems: [
        'c-locked-folder: is a folder that cannot be read (EACCES; give your user permission to read it)',
        'b-locked.md: cannot be read: permission denied (give your user permission to read it, e.g. chmod a+r)',
      ],
    });
  });

  it('refuses a file that is not UTF-8 rather than showing its letters wrongly', async () => {
    const dir = await folderWith({ 'a.md': EVENT });
    // Latin-1 "Pyongyang’s" with an é: bytes no UTF-8 text has.
    await writeFile(path.join(dir, 'b.md'), Buffer.concat([Buffer.from(EVENT), Buffer.from([0x50, 0xe9, 0x0a])]));
    const { problems } = await readEventFolder(dir, (file) => path.relative(dir, file));
    assert.deepEqual(problems, [
      'b.md: is not UTF-8 text (save it as UTF-8: other encodings would show its Chinese, Korean or accented letters wrongly)',
    ]);
  });
});

describe('the events folder itself', () => {
  it('is named when it does not exist, is not a folder, or holds no event', async () => {
    const root = await folderWith({ 'a-file.md': EVENT, 'empty/_template.md': 'a template', 'empty/notes.txt': 'x' });
    const label = (file: string) => path.relative(root, file);
    assert.deepEqual((await readEventFolder(path.join(root, 'missing'), label)).problems, [
      'missing: the events folder does not exist (EVENTS_DIR names it when set; otherwise it is content/events)',
    ]);
    assert.deepEqual((await readEventFolder(path.join(root, 'a-file.md'), label)).problems, [
      'a-file.md: is not a folder (the events folder must be a folder of .md files)',
    ]);
    assert.deepEqual((await readEventFolder(path.join(root, 'empty'), label)).problems, [
      'empty: holds no event files, and a site with no events is not built (add a .md file; content/events/_template.md is a start)',
    ]);
  });
});
