import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullTextJson, textOfHtml, type FullText } from '../../src/filter/full-text.ts';

describe('the full text the timeline searches', () => {
  it('is the text a reader sees in the narrative, entities decoded, blocks apart', () => {
    assert.equal(
      textOfHtml('<p>Mao&nbsp;Anying&rsquo;s grave</p><ul><li>Kumsusan</li><li>P&#39;yŏngyang</li></ul>')
        .replace(/\s+/g, ' ')
        .trim(),
      "Mao\u00a0Anying’s grave Kumsusan P'yŏngyang".replace(/\s+/g, ' '),
    );
  });

  it('holds by id what each item does not show, then its narrative, folded for search as the query will be', () => {
    const body = JSON.parse(
      fullTextJson([
        {
          id: 'a',
          unseen: 'kim jong un 김정은',
          rendered: { html: '<p>Talks on <em>denuclearisation</em> in P&#39;yŏngyang.</p>' },
        },
        { id: 'b', unseen: 'dalian', rendered: undefined },
        { id: 'c', unseen: '', rendered: undefined },
      ]),
    ) as FullText;
    assert.deepEqual(body, {
      events: { a: 'kim jong un 김정은 talks on denuclearization in pyongyang', b: 'dalian', c: '' },
    });
  });
});
