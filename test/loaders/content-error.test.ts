import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AstroError } from 'astro/errors';
import { ContentError } from '../../src/loaders/content-error.ts';

describe('content errors', () => {
  const error = new ContentError([
    'content/events/b.md: participants[0].name "the window cleaner" matches no one in content/people.yaml',
    'content/events/a.md: date "2023-02-30" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)',
    'content/events/a.md: type "meeting" is not an allowed value',
  ]);

  it('are Astro’s own error type, with a title, every problem and a hint on what to do', () => {
    assert.ok(error instanceof AstroError);
    assert.equal(error.name, 'InvalidContent');
    assert.equal(error.title, 'Invalid content');
    assert.match(
      error.message,
      /^2 content files are invalid; fix them and build again:\n {2}- content\/events\/b\.md/,
    );
    assert.equal(error.message.split('\n').length, 4);
    assert.match(error.hint!, /Adding an event/);
  });

  it('do not let a quoted word such as "window" pass for a browser API problem', () => {
    // Astro swaps in advice about browser APIs when an error's text contains `window` or `document`.
    assert.doesNotMatch(String(error), /window|document/);
    assert.equal(error.stack, '');
  });
});
