import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { groupByEvent } from '../../src/editor/import/batch.ts';
import { composeDraft, readReport } from '../../src/editor/import/build-draft.ts';
import { scoreCorpus } from '../../src/editor/import/corpus.ts';
import { readCorpus, type CorpusScore } from '../../src/editor/import/score.ts';
import { decodeReport } from '../../src/editor/import/read-report.ts';
import { parseEventFile } from '../../src/loaders/event-files.ts';
import { record } from './fixtures.ts';

const CORPUS = path.resolve(import.meta.dirname, 'corpus');

describe('the importer on the corpus of real reports', () => {
  let score: CorpusScore;
  before(async () => {
    score = await scoreCorpus(CORPUS, await record());
  });
  const share = (field: keyof CorpusScore['totals'], mark: 'right' | 'wrong' | 'missing') =>
    score.totals[field][mark] / score.reports.length;

  it('holds at least 30 reports, each with its answer', () => {
    assert.ok(score.reports.length >= 30, `${score.reports.length} reports`);
  });

  it('dates the event right (or within it) on 95% of reports, and tells direction on 95%', () => {
    assert.ok(share('date', 'right') >= 0.95, `date ${share('date', 'right')}`);
    assert.ok(share('direction', 'right') >= 0.95, `direction ${share('direction', 'right')}`);
  });

  it('types 85% right; headline, publisher and published date 95%', () => {
    assert.ok(share('type', 'right') >= 0.85, `type ${share('type', 'right')}`);
    for (const field of ['headline', 'publisher', 'published'] as const) {
      assert.ok(share(field, 'right') >= 0.95, `${field} ${share(field, 'right')}`);
    }
  });

  it('names the lead right on 85%, and wrongly on no more than 1 in 30', () => {
    assert.ok(share('lead', 'right') >= 0.85, `lead right ${share('lead', 'right')}`);
    assert.ok(share('lead', 'wrong') <= 1 / 30, `lead wrong ${share('lead', 'wrong')}`);
  });

  it('gives every source the side the research rulings give its publisher', () => {
    assert.equal(
      score.totals.side.wrong,
      0,
      score.reports
        .filter((report) => report.marks.side !== 'right')
        .map((report) => report.misses.join('; '))
        .join('\n'),
    );
  });
});

describe('Global Times, with or without its address', () => {
  it('is a Chinese state outlet either way', async () => {
    const { registry } = await record();
    const html = `<html><head><meta property="og:site_name" content="Global Times"><title>Xi to pay state visit to North Korea - Global Times</title></head><body><h1>Xi to pay state visit to North Korea</h1><p>Chinese President Xi Jinping will pay a state visit to North Korea from June 20 to 21, his first such trip.</p><p>Published: Jun 19, 2019 05:59 PM</p></body></html>`;
    for (const url of [undefined, 'https://www.globaltimes.cn/page/201906/1154841.shtml']) {
      const reading = readReport({ source: html, fileName: 'gt.html', ...(url ? { url } : {}) }, registry);
      assert.equal(reading.publisher?.name, 'Global Times');
      assert.equal(reading.publisher?.side, 'china', String(url));
    }
  });
});

describe('reading a saved file', () => {
  it('refuses an empty or binary file, saying which', () => {
    assert.throws(() => decodeReport(Buffer.from('  \n\t')), { name: 'NotAReport', message: 'the file is empty' });
    assert.throws(() => decodeReport(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])), {
      name: 'NotAReport',
      message: /binary/,
    });
  });

  it('reads GBK and EUC-KR saved as "UTF-8" in their real encoding, and says so', async () => {
    const corpus = await readCorpus(CORPUS);
    for (const [file, encoding] of [
      ['zh-2025-chinanews-kim-arrives-beijing.txt', 'gbk'],
      ['ko-2019-huffpost-xi-to-visit.txt', 'euc-kr'],
    ] as const) {
      const { report } = corpus.find((item) => item.report.file === file)!;
      const html = `<html><head><meta charset="utf-8"></head><body><pre>${report.source}</pre></body></html>`;
      const decoded = decodeReport(iconv.encode(html, encoding));
      assert.equal(decoded.text, html, file);
      assert.match(decoded.note ?? '', /declares UTF-8, but its bytes are not UTF-8; read as (GB18030|EUC-KR)/);
    }
  });

  it('reads UTF-8 as it is, with no note', () => {
    const decoded = decodeReport(Buffer.from('<meta charset="utf-8"><p>金正恩抵达北京</p>'));
    assert.equal(decoded.text, '<meta charset="utf-8"><p>金正恩抵达北京</p>');
    assert.equal(decoded.note, undefined);
  });
});

describe('several reports at once', () => {
  it('writes one draft for the reports of one visit, each report a source, and keeps another event apart', async () => {
    const context = await record();
    const corpus = await readCorpus(CORPUS);
    const files = [
      'en-2019-kbs-xi-to-visit.txt',
      'zh-2019-tvsmo-xi-first-visit.txt',
      'ko-2019-huffpost-xi-to-visit.txt',
      'en-2019-kcna-xi-congratulates-kim.txt',
    ];
    const readings = files.map((file) => {
      const { report } = corpus.find((item) => item.report.file === file)!;
      return readReport({ source: report.source, fileName: file, url: report.url }, context.registry);
    });
    const groups = groupByEvent(readings);
    assert.deepEqual(
      groups.map((group) => group.map((reading) => reading.fileName)),
      [files.slice(0, 3), files.slice(3)],
    );
    const draft = composeDraft(groups[0]!, { ...context, today: '2026-01-01' });
    const parsed = parseEventFile(draft.text);
    assert.ok('data' in parsed);
    assert.deepEqual(
      parsed.data.sources.map((source) => source.publisher),
      ['KBS', 'The Epoch Times (via tvsmo.com)', 'HuffPost Korea'],
    );
    assert.equal(parsed.data.date, '2019-06-20');
    assert.equal(parsed.data.end, '2019-06-21');
    assert.equal(parsed.data.type, 'state-visit');
    assert.deepEqual(
      parsed.data.participants.filter((participant) => participant.lead).map((participant) => participant.name),
      ['Xi Jinping'],
    );
  });
});
