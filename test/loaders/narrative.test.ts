import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { narrativeLinkProblems, type SiteTargets } from '../../src/loaders/narrative-links.ts';
import { narrativeProblems, sanitizeNarrative } from '../../src/loaders/narrative.ts';

const MARKDOWN_OUTPUT = `<h2 id="in-pyongyang">In Pyongyang</h2>
<p>Text with a note<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>, <em>emphasis</em>, <abbr title="Korean Central News Agency">KCNA</abbr> and <a href="https://example.org/a">a link</a>.</p>
<table><thead><tr><th style="text-align: left">Day</th></tr></thead><tbody><tr><td style="text-align: left">9</td></tr></tbody></table>
<p><img src="/images/map.png" alt="Map"></p>`;

describe('narrative HTML', () => {
  it('accepts what Markdown writes and keeps all of it, its ids prefixed', () => {
    assert.deepEqual(narrativeProblems(MARKDOWN_OUTPUT), []);
    const clean = sanitizeNarrative(MARKDOWN_OUTPUT);
    for (const kept of [
      '<h2 id="narrative-in-pyongyang">',
      // The footnote's own target is not in this excerpt, so its link is left pointing at the page.
      '<a href="#user-content-fn-1" id="narrative-user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">',
      '<abbr title="Korean Central News Agency">KCNA</abbr>',
      '<a href="https://example.org/a">a link</a>',
      '<th style="text-align:left">Day</th>',
      '<img src="/images/map.png" alt="Map" />',
    ]) {
      assert.ok(clean.includes(kept), kept);
    }
  });

  it('reports scripts, event handlers and javascript: links, each once', () => {
    const html = `<p>Hi <script>alert(1)</script><img src="/x.png" onerror="alert(2)"></p>
<div onclick="x()"></div><p><a href="javascript:alert(3)">a</a> <a href=" JaVa&#x09;script:alert(4)">b</a></p><script>alert(5)</script>`;
    assert.deepEqual(narrativeProblems(html), [
      'narrative uses <script>, which is not allowed (write Markdown; raw HTML may only use simple text tags such as abbr, sup, sub, kbd)',
      'narrative gives <img> an onerror attribute (event handlers are not allowed)',
      'narrative uses <div>, which is not allowed (write Markdown; raw HTML may only use simple text tags such as abbr, sup, sub, kbd)',
      'narrative links to "javascript:alert(3)" (links must start with http://, https:// or mailto:, or be relative)',
      'narrative links to " JaVa\tscript:alert(4)" (links must start with http://, https:// or mailto:, or be relative)',
    ]);
  });

  it('reports frames, styles and images from other sites', () => {
    assert.deepEqual(
      narrativeProblems(
        '<iframe src="https://example.org"></iframe><p style="color:red"><img src="https://example.org/x.png"></p>',
      ),
      [
        'narrative uses <iframe>, which is not allowed (write Markdown; raw HTML may only use simple text tags such as abbr, sup, sub, kbd)',
        'narrative gives <p> a style attribute, which is not allowed',
        'narrative loads an image from "https://example.org/x.png" (images must be files of this site, such as /images/map.png: the site requests nothing from other sites)',
      ],
    );
  });

  it('strips anything executable as a second line of defence', () => {
    const clean = sanitizeNarrative(
      '<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(2)">a</a><iframe src="https://e.org"></iframe></p>',
    );
    assert.doesNotMatch(clean, /script|onclick|javascript|iframe/i);
    assert.match(clean, /<p>Hi <a>a<\/a><\/p>/);
  });
});

describe('narratives under a sub-path', () => {
  it('move links and images written from the site root under the base, and leave the rest alone', () => {
    const html =
      '<p><a href="/events/1961-07-11-treaty/">the treaty</a>, <a href="https://example.org/a">a report</a>, ' +
      '<a href="#note">a note</a>, <a href="../people/">people</a> <img src="/images/map.png" alt="Map"></p>';
    assert.equal(
      sanitizeNarrative(html, '/timeline'),
      '<p><a href="/timeline/events/1961-07-11-treaty/">the treaty</a>, <a href="https://example.org/a">a report</a>, ' +
        '<a href="#note">a note</a>, <a href="../people/">people</a> <img src="/timeline/images/map.png" alt="Map" /></p>',
    );
    assert.equal(sanitizeNarrative(html, '/'), sanitizeNarrative(html));
    assert.match(sanitizeNarrative('<a href="/timeline/x/">x</a>', '/timeline/'), /href="\/timeline\/x\/"/);
  });
});

describe('links a browser reads otherwise than they look', () => {
  it('are refused when they lead to another site without a scheme, instead of being stripped', () => {
    for (const href of [
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example/',
      ' /\t/evil.example/',
      '\\/evil.example',
    ]) {
      assert.deepEqual(narrativeProblems(`<p><a href="${href}">x</a></p>`), [
        `narrative links to "${href}", which browsers read as another site's address without its scheme (write it in full, starting https://, or start a link to this site with one /)`,
      ]);
    }
    assert.deepEqual(narrativeProblems('<p><img src="/\\evil.example/x.png"></p>'), [
      'narrative loads an image from "/\\evil.example/x.png" (images must be files of this site, such as /images/map.png: the site requests nothing from other sites)',
    ]);
  });

  it('once accepted, reach the page as written: the check and the sanitiser agree on every link and image', () => {
    const piece = fc.constantFrom(
      ...['/', '\\', ':', '#', '?', ' ', '\t', '\n', '\u0001', '&', 'a', 'x.org', '%5C', '.', '..', '@'],
      ...['https', 'http', 'javascript', 'vbscript', 'data', 'mailto', 'JaVa'],
    );
    const address = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom('a', 'img'), address, (tag, url) => {
        const attribute = tag === 'a' ? 'href' : 'src';
        const escaped = url.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
        const html = tag === 'a' ? `<p><a href="${escaped}">x</a></p>` : `<p><img src="${escaped}" alt=""></p>`;
        if (narrativeProblems(html).length > 0) return;
        const written = new RegExp(`${attribute}="([^"]*)"`).exec(sanitizeNarrative(html))?.[1];
        assert.equal(written?.replaceAll('&amp;', '&'), url, `the sanitiser changed an accepted ${attribute}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ids in a narrative', () => {
  it('are prefixed, with the links to them, so none can be one of the page’s own', () => {
    const html =
      '<h2 id="sources">Sources</h2><p><a href="#sources">up</a> <a href="#cite">the page’s citation</a> ' +
      '<a href="#%E5%B9%B3%E5%A3%A4">down</a></p><h2 id="平壤">平壤</h2>' +
      '<p>A note<sup><a href="#user-content-fn-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
      '<section data-footnotes><h2 id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1">Note.</li></ol></section>';
    assert.deepEqual(narrativeProblems(html), []);
    const clean = sanitizeNarrative(html);
    for (const expected of [
      '<h2 id="narrative-sources">Sources</h2>',
      '<a href="#narrative-sources">up</a>',
      '<a href="#cite">the page’s citation</a>',
      '<a href="#narrative-%E5%B9%B3%E5%A3%A4">down</a>',
      '<h2 id="narrative-平壤">',
      '<a href="#narrative-user-content-fn-1" data-footnote-ref aria-describedby="narrative-footnote-label">',
      '<li id="narrative-user-content-fn-1">',
    ]) {
      assert.ok(clean.includes(expected), expected);
    }
  });

  it('are refused when two elements share one', () => {
    assert.deepEqual(narrativeProblems('<h2 id="a">A</h2><p><span id="a">again</span></p>'), [
      'narrative gives two elements the id "a" (an id names one element: rename one)',
    ]);
  });
});

describe("a narrative's links to this site", () => {
  const site: SiteTargets = {
    events: new Map([
      ['1961-07-11-friendship-treaty', { draft: false }],
      ['2026-01-01-draft', { draft: true }],
    ]),
    formerIds: new Set(['1961-07-treaty']),
    people: new Set(['kim-il-sung']),
    publicDir: path.resolve('public'),
    publicLabel: 'public',
    base: '/',
  };
  const published = { id: '2025-10-09-visit', draft: false };

  it('may lead to any event, a former address, a person and a file of public/, written from the root or relatively', () => {
    const html =
      '<p><a href="/events/1961-07-11-friendship-treaty/">a</a> <a href="/events/1961-07-11-friendship-treaty#x">b</a> ' +
      '<a href="../1961-07-11-friendship-treaty/">c</a> <a href="/events/1961-07-treaty/">d</a> ' +
      '<a href="/people/kim-il-sung/">e</a> <a href="/people/">f</a> <a href="/record/#coverage">g</a> ' +
      '<a href="https://example.org/events/x/">h</a> <a href="#notes">i</a> <a href="mailto:a@example.org">j</a> ' +
      '<img src="/favicon.svg" alt=""></p>';
    assert.deepEqual(narrativeLinkProblems(html, published, site), []);
    assert.deepEqual(
      narrativeLinkProblems('<a href="/events/2026-01-01-draft/">a</a>', { id: 'x', draft: true }, site),
      [],
    );
  });

  it('are refused, each named, when the event, person or image does not exist, or is a draft', () => {
    const html =
      '<p><a href="/events/1961-07-11-friendship-treety/">a</a> <a href="../1999-01-01-nothing/">b</a> ' +
      '<a href="/events/2026-01-01-draft/">c</a> <a href="/people/kim-il-song/">d</a> ' +
      '<img src="/images/map.png" alt=""> <img src="map.png" alt=""></p>';
    assert.deepEqual(narrativeLinkProblems(html, published, site), [
      'narrative links to "/events/1961-07-11-friendship-treety/", but no event has the id "1961-07-11-friendship-treety" (did you mean /events/1961-07-11-friendship-treaty/? an event\'s page is /events/<id>/, its id the name of its file)',
      'narrative links to "../1999-01-01-nothing/", but no event has the id "1999-01-01-nothing" (an event\'s page is /events/<id>/, its id the name of its file)',
      'narrative links to "/events/2026-01-01-draft/", the page of a draft, which is not published (link to it once its draft: true is removed)',
      'narrative links to "/people/kim-il-song/", but no one in the registry has the id "kim-il-song" (did you mean /people/kim-il-sung/? a person\'s page is /people/<id>/)',
      'narrative shows the image "/images/map.png", which is no file in public/ (put the image at public/images/map.png, or correct the address)',
      'narrative shows the image "map.png", which is no file in public/ (put the image at public/events/2025-10-09-visit/map.png, or correct the address)',
    ]);
  });

  it('are checked the same under a sub-path, after the sanitiser has moved them there', () => {
    const html = sanitizeNarrative(
      '<p><a href="/events/1999-01-01-nothing/">a</a> <img src="/favicon.svg" alt=""></p>',
      '/timeline',
    );
    assert.deepEqual(narrativeLinkProblems(html, published, { ...site, base: '/timeline' }), [
      'narrative links to "/timeline/events/1999-01-01-nothing/", but no event has the id "1999-01-01-nothing" (an event\'s page is /events/<id>/, its id the name of its file)',
    ]);
  });
});
