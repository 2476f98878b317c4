import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldForSearch } from '../../src/text/search.ts';
import { scriptRuns } from '../../src/text/scripts.ts';

describe('text folded for search', () => {
  it('makes British and American spellings one, on both sides of a search', () => {
    const pairs: [string, string][] = [
      ['denuclearisation', 'denuclearization'],
      ['Denuclearised', 'denuclearized'],
      ['organise', 'organize'],
      ['analyse', 'analyze'],
      ['colour', 'color'],
      ['honoured', 'honored'],
      ['travelled', 'traveled'],
      ['cancelling', 'canceling'],
      ['dialogue', 'dialog'],
      ['centre', 'center'],
      ['defence', 'defense'],
      ['programme', 'program'],
    ];
    for (const [british, american] of pairs) {
      assert.equal(foldForSearch(british), foldForSearch(american), `${british} / ${american}`);
    }
    // While typing, the British form already finds the American one.
    assert.ok(foldForSearch('denuclearization talks').includes(foldForSearch('denuclearisat')));
  });

  it('leaves short and unrelated words alone', () => {
    assert.equal(foldForSearch('rise wise four hour your called filled'), 'rise wise four hour your called filled');
  });

  it('folds romanisations: hyphens, apostrophes, breves and case', () => {
    assert.equal(foldForSearch('Kim Jong-un'), foldForSearch('Kim Jong Un'));
    assert.equal(foldForSearch('P’yŏngyang'), foldForSearch('Pyongyang'));
    assert.equal(foldForSearch("P'yŏngyang"), 'pyongyang');
    assert.equal(foldForSearch('Kŭmsusan'), 'kumsusan');
  });

  it('keeps Chinese and Korean as written, so they match as typed', () => {
    assert.equal(foldForSearch('习近平 시진핑 습근평'), '习近平 시진핑 습근평');
  });
});

describe('text in several scripts', () => {
  it('splits English at its Chinese and Korean runs, for pages to mark each with its language', () => {
    assert.deepEqual(scriptRuns('An official visit (正式访问, 正式友好访问), or 김정은.'), [
      { text: 'An official visit (', lang: undefined },
      { text: '正式访问, 正式友好访问', lang: 'zh' },
      { text: '), or ', lang: undefined },
      { text: '김정은', lang: 'ko' },
      { text: '.', lang: undefined },
    ]);
    assert.deepEqual(scriptRuns('Plain.'), [{ text: 'Plain.', lang: undefined }]);
  });
});
