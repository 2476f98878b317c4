import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountsNote, groupSources } from '../../src/domain/sources.ts';

const source = (title: string, side?: 'china' | 'dprk' | 'other') => ({
  title,
  publisher: 'P',
  ...(side ? { side } : {}),
});

describe('sources on an event page', () => {
  it("group into each side's account, then other reporting, keeping the editor's order", () => {
    const groups = groupSources([
      source('Yonhap', 'other'),
      source('KCNA', 'dprk'),
      source('Xinhua 1', 'china'),
      source('No side'),
      source('Xinhua 2', 'china'),
    ]);
    assert.deepEqual(
      groups.map(({ heading, sources }) => [heading, sources.map(({ title }) => title)]),
      [
        ['Chinese accounts', ['Xinhua 1', 'Xinhua 2']],
        ['North Korean accounts', ['KCNA']],
        ['Other reporting', ['Yonhap', 'No side']],
      ],
    );
    assert.equal(accountsNote(groups), undefined);
  });

  it("say plainly when only one side's account, or neither, is cited", () => {
    assert.equal(
      accountsNote(groupSources([source('Xinhua', 'china'), source('Yonhap', 'other')])),
      'Only the Chinese side’s account is cited here; no North Korean account is listed.',
    );
    assert.equal(
      accountsNote(groupSources([source('KCNA', 'dprk')])),
      'Only the North Korean side’s account is cited here; no Chinese account is listed.',
    );
    assert.equal(
      accountsNote(groupSources([source('Wikipedia')])),
      'Neither government’s own account is cited here; the sources are other reporting.',
    );
  });
});
