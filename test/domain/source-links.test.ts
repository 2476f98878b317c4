import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snapshotDay, sourceLinks } from '../../src/domain/source-links.ts';

const URL = 'http://en.people.cn/90883/8041879.html';

describe('the links offered for a source', () => {
  it('offer the archived copy when the editors saved one, dated from its Wayback address', () => {
    const archived = `https://web.archive.org/web/20121201083512/${URL}`;
    const links = sourceLinks({ title: 'T', publisher: 'P', url: URL, published: '2012-11-30', archived })!;
    assert.deepEqual(links.original, {
      href: URL,
      attributes: { 'data-originalurl': URL, 'data-versiondate': '2012-11-30', 'data-versionurl': archived },
    });
    assert.deepEqual(links.copy, {
      kind: 'archived',
      href: archived,
      text: 'Archived copy, 1 December 2012',
      attributes: { 'data-originalurl': URL, 'data-versiondate': '2012-11-30' },
    });
  });

  it('otherwise offer a look-up in the Wayback Machine near the day the source appeared, said to be one', () => {
    const links = sourceLinks({
      title: 'T',
      publisher: 'P',
      url: URL,
      published: '2012-11-30',
      accessed: '2026-11-20',
    })!;
    assert.equal(links.copy.kind, 'lookup');
    assert.equal(links.copy.href, `https://web.archive.org/web/20121130/${URL}`);
    assert.equal(links.copy.text, 'Look for an archived copy near 30 November 2012');
    // The version meant is the one the editor read.
    assert.equal(links.original.attributes['data-versiondate'], '2026-11-20');
    assert.equal(links.original.attributes['data-versionurl'], undefined);
  });

  it('look up near a month, near the day read, or over all copies when no date is known', () => {
    assert.equal(
      sourceLinks({ title: 'T', publisher: 'P', url: URL, published: '2012-11' })!.copy.href,
      `https://web.archive.org/web/201211/${URL}`,
    );
    assert.equal(
      sourceLinks({ title: 'T', publisher: 'P', url: URL, accessed: '2026-11-20' })!.copy.href,
      `https://web.archive.org/web/20261120/${URL}`,
    );
    const undated = sourceLinks({ title: 'T', publisher: 'P', url: URL })!;
    assert.equal(undated.copy.href, `https://web.archive.org/web/*/${URL}`);
    assert.equal(undated.copy.text, 'Look for archived copies');
    assert.deepEqual(undated.original.attributes, { 'data-originalurl': URL });
  });

  it('offer nothing for a source without an address', () => {
    assert.equal(sourceLinks({ title: 'T', publisher: 'P', published: '2012' }), undefined);
  });

  it('read the day of a Wayback snapshot, and no day from other archives', () => {
    assert.equal(snapshotDay(`https://web.archive.org/web/20121201083512/${URL}`), '2012-12-01');
    assert.equal(snapshotDay(`http://web.archive.org/web/20121201id_/${URL}`), '2012-12-01');
    assert.equal(snapshotDay('https://archive.ph/RARgM'), undefined);
  });
});
