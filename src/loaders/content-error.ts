import path from 'node:path';
import { AstroError } from 'astro/errors';

/** The file a problem message starts with (`content/events/x.md: field …`). */
const fileOf = (problem: string) => problem.slice(0, problem.indexOf(': '));

/**
 * Thrown when content is invalid: Astro's own error type, so the build prints it as Astro prints its
 * errors, with every problem in every file listed at once and a hint on what to do next.
 */
export class ContentError extends AstroError {
  readonly title = 'Invalid content';

  constructor(problems: readonly string[]) {
    const files = new Set(problems.map(fileOf)).size;
    super(
      `${files} content ${files === 1 ? 'file is' : 'files are'} invalid; fix ${files === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
      'Each line names the file, the field, what is wrong and what is allowed. The README’s “Adding an event”' +
        ' section lists every field; content/events/_template.md is a valid starting point.',
    );
    this.name = 'InvalidContent';
    // The editor needs the list, not where in the loader it was raised.
    this.stack = '';
  }

  /**
   * Astro replaces the hint of any error whose text mentions `window` or `document` with advice about
   * browser APIs on the server; a narrative's words are no such thing, so the text it matches on is the title.
   */
  override toString(): string {
    return `${this.name}: ${this.title}`;
  }
}

/** Orders messages by file and keeps each file's own order, so fields read top to bottom. */
export const byFile = (a: string, b: string) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0);

/** Messages name files as the editor knows them: relative to the project, or in full when outside it. */
export const labeller = (root: string) => (file: string) => {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
};
