import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from '../../src/domain/registry.ts';
import { buildDraft } from '../../src/editor/import/build-draft.ts';
import { prepareDraft } from '../../src/editor/new/answers.ts';
import { readEventFolder } from '../../src/loaders/event-files.ts';
import { eventFile, folderWith, withField } from '../helpers.ts';

const publish = (text: string) => text.replace(/^draft: true\n/m, '');

describe('a published event still holding a placeholder', () => {
  it('fails the build naming the file and the field; the same file as a draft is accepted', async () => {
    const text = eventFile(withField('summary', 'summary: "TODO: summarise in your own words"'));
    const dir = await folderWith({
      'published.md': text,
      'draft.md': eventFile(`${withField('summary', 'summary: "TODO: later"')}\ndraft: true`),
    });
    const { events, problems } = await readEventFolder(dir, (file) => file.slice(dir.length + 1));
    assert.deepEqual(problems, [
      'published.md: summary still holds the placeholder "TODO: summarise in your own words" written by npm run new or npm run import (write the real text, or keep draft: true until it is done)',
    ]);
    assert.deepEqual(
      events.map((item) => item.id),
      ['draft'],
    );
  });

  it('catches every placeholder an unedited import leaves, once draft: true is removed', async () => {
    const draft = buildDraft({
      source:
        'Xi Jinping to visit DPRK\n\nXi Jinping will pay a state visit to the DPRK from June 20 to 21, the KCNA reported from Pyongyang on Monday.\n',
      published: '2019-06-17',
      today: '2026-01-01',
      registry: new Registry([]),
      existing: [],
      takenIds: new Set(),
    });
    const dir = await folderWith({ 'imported.md': publish(draft.text) });
    const { problems } = await readEventFolder(dir, () => 'imported.md');
    assert.ok(
      problems.some((problem) => problem.startsWith('imported.md: summary still holds the placeholder "TODO:')),
    );
    assert.ok(
      problems.some((problem) => problem.startsWith('imported.md: the narrative still holds the placeholder "TODO:')),
    );
  });

  it('catches the narrative npm run new leaves', async () => {
    const registry = new Registry([]);
    const draft = prepareDraft(
      {
        title: 'Talks',
        date: '2020-01-01',
        type: 'message',
        direction: 'mutual',
        summary: 'Messages.',
        participants: [],
        source: { title: 'Report', publisher: 'Xinhua' },
        added: '2026-01-01',
      },
      registry,
      'people.yaml',
    );
    assert.deepEqual(draft.problems, []);
    const dir = await folderWith({ 'new.md': publish(draft.text) });
    const { problems } = await readEventFolder(dir, () => 'new.md');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^new\.md: the narrative still holds the placeholder "TODO: what happened/);
  });
});
