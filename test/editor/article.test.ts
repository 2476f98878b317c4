import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticle } from '../../src/editor/import/article.ts';
import { publisherOf } from '../../src/editor/import/outlets.ts';
import { fixture } from './fixtures.ts';

// Example pages made up for these tests; the real reports are in test/fixtures/articles/.
const PARAGRAPH = 'The example minister arrived in the example capital on Monday for talks that lasted two full days.';

describe('reading a saved page', () => {
  it('reads HTML: the headline, the story, and what the markup says of the page; menus and scripts left out', () => {
    const html = `<!doctype html><html><head><title>Example headline here | Example Site</title>
      <meta property="og:site_name" content="Example Site">
      <meta property="article:published_time" content="2024-04-11T09:30:00+09:00">
      <link rel="canonical" href="https://example.org/news/1">
      <script>var ignored = "Kim Jong Un will visit Beijing on Monday for a very long time indeed.";</script></head>
      <body><nav><p>Home and every section of the site listed here in a long line of menu words.</p></nav>
      <article><h1>Example headline here</h1><p class="byline">By A. Writer</p>
      <p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('Monday', 'Tuesday')}</p></article>
      <footer><p>Copyright notice and other words at the bottom of the page, long enough to look like prose.</p></footer>
      </body></html>`;
    const article = readArticle(html, 'page.html');
    assert.equal(article.format, 'html');
    assert.equal(article.headline, 'Example headline here');
    assert.equal(article.paragraphs.length, 2);
    assert.equal(article.paragraphs[0], PARAGRAPH);
    assert.deepEqual(article.header, ['By A. Writer']);
    assert.deepEqual(article.meta, {
      siteName: 'Example Site',
      published: '2024-04-11T09:30:00+09:00',
      url: 'https://example.org/news/1',
      title: 'Example headline here | Example Site',
    });
  });

  it('reads the publication date and headline from JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"From the data","datePublished":"2019-06-19","publisher":{"name":"Data Site"}}]}</script></head><body><p>${PARAGRAPH}</p></body></html>`;
    const article = readArticle(html);
    assert.equal(article.headline, 'From the data');
    assert.equal(article.meta.published, '2019-06-19');
    assert.equal(article.meta.siteName, 'Data Site');
  });

  it('reads Markdown: the first heading is the headline, inline syntax is dropped', () => {
    const markdown = `# The headline\n\n*By someone* | 2020-01-02\n\n${PARAGRAPH.replace('example minister', '**example** [minister](https://example.org)')}\nand it went on.\n`;
    const article = readArticle(markdown, 'saved.md');
    assert.equal(article.format, 'markdown');
    assert.equal(article.headline, 'The headline');
    assert.deepEqual(article.header, ['By someone | 2020-01-02']);
    assert.equal(article.paragraphs[0], `${PARAGRAPH} and it went on.`);
  });

  it('reads plain text copied from a page: the repeated headline, the longest run of prose as the story', async () => {
    const { source } = await fixture('seed-ctn-li-hongzhong-2023.txt');
    const article = readArticle(source, 'seed.txt');
    assert.equal(article.format, 'text');
    assert.equal(article.headline, 'China-North Korea Ties Set To Reach New Heights Under Kim Jong Un');
    assert.equal(article.paragraphs.length, 10);
    assert.match(article.paragraphs[0] ?? '', /^\(CTN News\) –/);
    assert.ok(
      !article.paragraphs.some((paragraph) => paragraph.includes('seasoned writer')),
      'the author box is left out',
    );
  });

  it('keeps the standfirst and the dated byline of a copied page apart from the story', async () => {
    const { source } = await fixture('seed-devdiscourse-li-qiang-2025.txt');
    const article = readArticle(source);
    assert.equal(article.paragraphs.length, 3);
    assert.match(article.standfirst[0] ?? '', /^China's Premier Li Qiang will visit/);
    assert.ok(article.header.some((line) => line.startsWith('Devdiscourse News Desk | Beijing | Updated: 07-10-2025')));
  });

  it('joins hard-wrapped lines of plain text into paragraphs', () => {
    const wrapped = [
      'The example minister arrived in the example capital on Monday for talks that',
      'lasted two full days, the ministry of the example country said in a statement',
      'issued on the evening of the second day.',
    ].join('\n');
    assert.equal(readArticle(`Headline of the example\n\n${wrapped}\n`).paragraphs.length, 1);
  });
});

describe('the publisher', () => {
  it('is the outlet the address belongs to, with the side the research rulings give it', () => {
    const article = readArticle(`<p>${PARAGRAPH}</p>`.repeat(5));
    assert.deepEqual(
      ['https://english.news.cn/x', 'http://www.kcna.kp/y', 'https://en.yna.co.kr/view/z'].map((url) => {
        const publisher = publisherOf(article, url);
        return [publisher?.name, publisher?.side];
      }),
      [
        ['Xinhua', 'china'],
        ['KCNA', 'dprk'],
        ['Yonhap', 'other'],
      ],
    );
  });

  it('names the relay when a page carries an agency credited at the start of the story', () => {
    const article = readArticle(`Headline of the story\n\nBEIJING, June 17 (Xinhua) -- ${PARAGRAPH}\n`);
    assert.deepEqual(publisherOf(article, 'https://example.org/a'), {
      name: 'Xinhua (via example.org)',
      side: 'china',
      basis: 'the credit "BEIJING, June 17 (Xinhua) --" opening the story, on a page of example.org',
      sideBasis:
        'Xinhua is a Chinese state outlet, and a page carrying its text word for word counts as its account (check that this one does)',
    });
  });

  it('is the site itself when it credits its own name, and unknown with no address or name', () => {
    const own = readArticle(`Headline of the story\n\n(CTN News) – ${PARAGRAPH}\n`);
    assert.equal(publisherOf(own, 'https://www.chiangraitimes.com/news/x/')?.name, 'CTN News');
    assert.equal(publisherOf(readArticle(`${PARAGRAPH}\n`), undefined), undefined);
  });
});
