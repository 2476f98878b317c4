import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Registry } from '../../src/domain/registry.ts';
import { readEventFolder } from '../../src/loaders/event-files.ts';
import { readPeopleFile } from '../../src/loaders/people-file.ts';
import { foldText } from '../../src/text/fold.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PEOPLE_FILE = path.join(root, 'content/people.yaml');
const EVENTS_DIR = path.join(root, 'content/events');
export const FIXTURES = path.join(root, 'test/fixtures/articles');

/** A saved article: its first line names the address it came from, the rest is the text as saved. */
export async function fixture(name: string): Promise<{ url: string; source: string; name: string }> {
  const text = await readFile(path.join(FIXTURES, name), 'utf8');
  const newline = text.indexOf('\n');
  const url = /fixture-source: (\S+)/.exec(text.slice(0, newline))?.[1];
  if (!url) throw new Error(`${name} has no fixture-source line`);
  return { url, source: text.slice(newline + 1), name };
}

/** The real registry and record, as the command reads them. */
export async function record() {
  const people = await readPeopleFile(PEOPLE_FILE, 'content/people.yaml');
  const folder = await readEventFolder(EVENTS_DIR, (file) => path.relative(root, file));
  return {
    registry: new Registry(people.people),
    existing: folder.events,
    takenIds: new Set(folder.events.map((event) => event.id)),
  };
}

/** Every run of `n` words in a text, folded, as search would compare them. */
function runsOf(text: string, n: number): Set<string> {
  const words = foldText(text).split(' ').filter(Boolean);
  const runs = new Set<string>();
  for (let index = 0; index + n <= words.length; index++) runs.add(words.slice(index, index + n).join(' '));
  return runs;
}

/** Runs of eight or more words the draft shares with the article, leaving out the source's title (its headline) and address. */
export function copiedRuns(draft: string, article: string, n = 8): string[] {
  const withoutHeadline = draft
    .split('\n')
    .filter((line) => !/^\s+(?:- title|url):/.test(line))
    .join('\n');
  const source = runsOf(article, n);
  return [...runsOf(withoutHeadline, n)].filter((run) => source.has(run));
}
