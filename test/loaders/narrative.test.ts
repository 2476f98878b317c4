import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { narrativeProblems, sanitizeNarrative } from '../../src/loaders/narrative.ts';

const MARKDOWN_OUTPUT = `<h2 id="in-pyongyang">In Pyongyang</h2>
<p>Text with a note<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>, <em>emphasis</em>, <abbr title="Korean Central News Agency">KCNA</abbr> and <a href="https://example.org/a">a link</a>.</p>
<table><thead><tr><th style="text-align: left">Day</th></tr></thead><tbody><tr><td style="text-align: left">9</td></tr></tbody></table>
<p><img src="/images/map.png" alt="Map"></p>`;

describe('narrative HTML', () => {
  it('accepts what Markdown writes and keeps all of it', () => {
    assert.deepEqual(narrativeProblems(MARKDOWN_OUTPUT), []);
    const clean = sanitizeNarrative(MARKDOWN_OUTPUT);
    for (const kept of [
      '<h2 id="in-pyongyang">',
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">',
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
