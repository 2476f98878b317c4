import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksNotToBeIndexed, builtPage } from '../../src/exports/sitemap.ts';

describe('the sitemap', () => {
  it('leaves out pages whose robots meta says noindex, as the redirects of renamed events do', () => {
    const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>noindex</p></body></html>`;
    assert.equal(asksNotToBeIndexed(page('<meta name="robots" content="noindex">')), true);
    assert.equal(asksNotToBeIndexed(page('<META NAME="Robots" CONTENT="noindex, nofollow">')), true);
    assert.equal(asksNotToBeIndexed(page('<meta name="robots" content="none">')), true);
    assert.equal(asksNotToBeIndexed(page('<meta name="robots" content="index, follow">')), false);
    assert.equal(asksNotToBeIndexed(page('<meta name="description" content="noindex">')), false);
    assert.equal(asksNotToBeIndexed(page('<title>A page</title>')), false);
  });

  it('finds the file each page was built into, with or without a base path', () => {
    assert.equal(builtPage('https://example.org/', '/dist', '/'), '/dist/index.html');
    assert.equal(builtPage('https://example.org/events/a/', '/dist', '/'), '/dist/events/a/index.html');
    assert.equal(builtPage('https://example.org/timeline/', '/dist', '/timeline'), '/dist/index.html');
    assert.equal(builtPage('https://example.org/timeline', '/dist', '/timeline/'), '/dist/index.html');
    assert.equal(builtPage('https://example.org/timeline/people/', '/dist', '/timeline'), '/dist/people/index.html');
    assert.equal(builtPage('https://example.org/timeline/events.json', '/dist', '/timeline'), undefined);
    assert.equal(builtPage('https://example.org/elsewhere/', '/dist', '/timeline'), undefined);
  });
});
