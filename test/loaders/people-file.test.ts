import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readPeopleFile } from '../../src/loaders/people-file.ts';
import { folderWith } from '../helpers.ts';

/** The problems the registry reader finds in a file holding `yaml`. */
async function problemsIn(yaml: string) {
  const dir = await folderWith({ 'people.yaml': yaml });
  return (await readPeopleFile(path.join(dir, 'people.yaml'), 'people.yaml')).problems;
}

describe('a person’s Wikidata item', () => {
  it('is read when it is Q and a number', async () => {
    const dir = await folderWith({ 'people.yaml': '- id: a\n  name: A\n  wikidata: Q56226\n  side: dprk\n' });
    const { people, problems } = await readPeopleFile(path.join(dir, 'people.yaml'), 'people.yaml');
    assert.deepEqual(problems, []);
    assert.equal(people[0]!.wikidata, 'Q56226');
  });

  it('is refused in any other form', async () => {
    for (const item of ['56226', 'q56226', 'Q056226', 'Q', 'https://www.wikidata.org/wiki/Q56226']) {
      assert.deepEqual(
        await problemsIn(`- id: a\n  name: A\n  wikidata: "${item}"\n  side: dprk\n`),
        [`people.yaml: entry 1 (a): wikidata "${item}" is not a Wikidata item id (Q followed by digits, e.g. Q56226)`],
        item,
      );
    }
  });

  it('names one person only', async () => {
    assert.deepEqual(
      await problemsIn(
        '- id: a\n  name: A\n  wikidata: Q1\n  side: dprk\n- id: b\n  name: B\n  wikidata: Q1\n  side: china\n',
      ),
      [
        'people.yaml: entry 2 (b): wikidata "Q1" is already a\'s (a Wikidata item is one person; check both ids on wikidata.org)',
      ],
    );
  });
});
