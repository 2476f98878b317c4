import { readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { earliestDay } from '../domain/dates.ts';
import type { EventData } from '../domain/schema.ts';
import { parseEventFile } from '../loaders/event-files.ts';

/**
 * `npm run archive`: for every source that has an address but no `archived` copy, ask a web archive for
 * its snapshot nearest the day the source appeared, and write the snapshot's address into the event file
 * as the source's `archived`, changing nothing else in the file: the line is inserted into the text, never
 * written by re-serialising the front matter, and the file is read back to prove it. Never part of the
 * build, which makes no request.
 */

/** The Internet Archive's Wayback Machine availability API; `ARCHIVE_API` points the script elsewhere. */
export const WAYBACK_AVAILABILITY = 'https://archive.org/wayback/available';

type Source = EventData['sources'][number];

/** A snapshot the archive holds of an address. */
export interface Snapshot {
  /** Its address, https. */
  url: string;
  /** The day it was taken, `YYYY-MM-DD`. */
  day: string;
}

/** `20121130`, `201211` or `2012`: a date as the Wayback Machine's timestamps write it. */
const timestampOf = (date: string) => date.replaceAll('-', '');

/**
 * Asks the availability API at `api` for the snapshot of `source.url` closest to the day it was published
 * (or read); undefined when the archive has none that answered 200. Throws when the archive cannot be
 * asked or answers with something else than its JSON.
 */
export async function findSnapshot(
  api: string,
  source: Pick<Source, 'url' | 'published' | 'accessed'>,
  request: typeof fetch = fetch,
): Promise<Snapshot | undefined> {
  if (!source.url) return undefined;
  const query = new URL(api);
  query.searchParams.set('url', source.url);
  const near = source.published ?? source.accessed;
  if (near) query.searchParams.set('timestamp', timestampOf(near));
  const response = await request(query, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the archive answered ${response.status} ${response.statusText}`.trim());
  const body = (await response.json()) as {
    archived_snapshots?: { closest?: { available?: boolean; status?: string; url?: string; timestamp?: string } };
  };
  const closest = body.archived_snapshots?.closest;
  if (!closest?.available || closest.status !== '200' || !closest.url || !/^\d{8}/.test(closest.timestamp ?? '')) {
    return undefined;
  }
  const timestamp = closest.timestamp!;
  return {
    url: closest.url.replace(/^http:\/\//, 'https://'),
    day: `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}`,
  };
}

/** Why a file could not be given an `archived` line: shown to the editor, who can add it by hand. */
export class ArchiveEditError extends Error {}

/** The front matter's text and where it starts in the file, whatever the line endings. */
function frontMatterOf(text: string): { start: number; end: number } {
  const opening = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(text);
  if (!opening) throw new ArchiveEditError('the file has no front matter');
  const start = opening[0].length;
  const closing = /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(start));
  if (!closing) throw new ArchiveEditError('the front matter has no closing --- line');
  return { start, end: start + closing.index };
}

/** The column a node starts at in `text`. */
const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/**
 * The file's text with `archived: <address>` added to source number `index` (from 0), as its last field,
 * indented like its other fields and with the file's own line ending. Nothing else changes, byte for
 * byte. Throws an ArchiveEditError when the source is not a block mapping in a block list (a flow-style
 * `{ … }` source is left to the editor) or already has a copy.
 */
export function withArchived(text: string, index: number, archived: string): string {
  const { start, end } = frontMatterOf(text);
  const yaml = text.slice(start, end);
  const document = parseDocument(yaml);
  const sources = document.get('sources', true) as YamlNode | undefined;
  if (!isSeq(sources) || sources.flow) throw new ArchiveEditError('sources is not a list written one item per line');
  const source = sources.items[index];
  if (!isMap(source) || source.flow || !source.range) {
    throw new ArchiveEditError(`sources[${index}] is not written as one "field: value" line per field`);
  }
  if (source.has('archived')) throw new ArchiveEditError(`sources[${index}] already has an archived copy`);
  const firstKey = source.items[0]?.key as YamlNode | undefined;
  if (!firstKey?.range) throw new ArchiveEditError(`sources[${index}] has no fields`);
  const indent = ' '.repeat(columnOf(yaml, firstKey.range[0]));
  // The end of the source's last value; a trailing comment on that line stays where it is.
  const valueEnd = source.range[1];
  const lineEnd = yaml[valueEnd - 1] === '\n' ? valueEnd : yaml.indexOf('\n', valueEnd) + 1 || yaml.length;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const atEnd = lineEnd === yaml.length && !yaml.endsWith('\n');
  const line = `${atEnd ? newline : ''}${indent}archived: ${archived}${atEnd ? '' : newline}`;
  const at = start + lineEnd;
  return text.slice(0, at) + line + text.slice(at);
}

/** Every field of a source but its `archived`, to compare a file before and after the edit. */
const withoutArchived = (data: EventData, index: number) => ({
  ...data,
  sources: data.sources.map((source, position) => {
    if (position !== index) return source;
    const { archived: _, ...rest } = source;
    return rest;
  }),
});

/**
 * `withArchived`, checked: the file read back as the build reads it must hold the same event as before,
 * with the archived copy on that one source and nothing else different.
 */
export function addArchived(text: string, index: number, archived: string): string {
  const before = parseEventFile(text);
  if (!('data' in before)) throw new ArchiveEditError('the file is not a valid event (run npm run build to see why)');
  const edited = withArchived(text, index, archived);
  const after = parseEventFile(edited);
  if (
    !('data' in after) ||
    after.data.sources[index]?.archived !== archived ||
    !isDeepStrictEqual(withoutArchived(after.data, index), before.data) ||
    after.body !== before.body
  ) {
    throw new ArchiveEditError(`adding the line would change more than sources[${index}].archived; add it by hand`);
  }
  return edited;
}

/** What happened to one source. */
type SourceOutcome = { kind: 'archived'; snapshot: Snapshot } | { kind: 'none' } | { kind: 'failed'; reason: string };

/** One line of the script's report. */
export interface ArchiveLine {
  file: string;
  index: number;
  url: string;
  outcome: SourceOutcome;
  /** How many days the snapshot was taken after the source appeared, when that is more than a month. */
  lateBy?: number | undefined;
}

export interface ArchiveOptions {
  /** The availability API's address. */
  api: string;
  request?: typeof fetch;
  /** Write nothing; report what would be written. */
  dryRun?: boolean;
  /** Milliseconds between two requests, to be gentle with the archive. */
  pause?: number;
  /** Called with each line as it is found, so a long run shows progress. */
  onLine?: (line: ArchiveLine) => void;
}

/** Days from the first day `date` covers to `day`. */
const daysBetween = (date: string, day: string) =>
  Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${earliestDay(date)}T00:00:00Z`)) / 86_400_000);

/**
 * Looks up every source lacking a copy in `files` (paths, with how to name them in the report) and writes
 * the copies found, one file at a time, re-reading it for each source so every edit starts from the text
 * on disk. A file that cannot be read as an event is reported once and left alone.
 */
export async function archiveSources(
  files: readonly { path: string; label: string }[],
  { api, request = fetch, dryRun = false, pause = 0, onLine }: ArchiveOptions,
): Promise<ArchiveLine[]> {
  const lines: ArchiveLine[] = [];
  const report = (line: ArchiveLine) => {
    lines.push(line);
    onLine?.(line);
  };
  let asked = false;
  for (const { path, label } of files) {
    let text = await readFile(path, 'utf8');
    const parsed = parseEventFile(text);
    if (!('data' in parsed)) {
      report({ file: label, index: -1, url: '', outcome: { kind: 'failed', reason: parsed.problems.join('; ') } });
      continue;
    }
    for (const [index, source] of parsed.data.sources.entries()) {
      if (!source.url || source.archived) continue;
      if (asked && pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      asked = true;
      let outcome: SourceOutcome;
      try {
        const snapshot = await findSnapshot(api, source, request);
        if (snapshot) {
          text = addArchived(text, index, snapshot.url);
          if (!dryRun) await writeFile(path, text);
          outcome = { kind: 'archived', snapshot };
        } else {
          outcome = { kind: 'none' };
        }
      } catch (error) {
        outcome = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
      const near = source.published ?? source.accessed;
      const late = outcome.kind === 'archived' && near ? daysBetween(near, outcome.snapshot.day) : 0;
      report({ file: label, index, url: source.url, outcome, lateBy: late > 31 ? late : undefined });
    }
  }
  return lines;
}

/** One report line as the editor reads it. */
export function describeLine({ file, index, url, outcome, lateBy }: ArchiveLine): string {
  if (index < 0) return `${file}: skipped, not a valid event (${outcome.kind === 'failed' ? outcome.reason : ''})`;
  const at = `${file}: sources[${index}] ${url}`;
  switch (outcome.kind) {
    case 'archived':
      return `${at}\n  archived: ${outcome.snapshot.url}${
        lateBy ? `\n  (taken ${lateBy} days after the source appeared: check it shows the text the entry cites)` : ''
      }`;
    case 'none':
      return `${at}\n  no archived copy found; save one at https://web.archive.org/save/${url}, then run this again`;
    case 'failed':
      return `${at}\n  not looked up: ${outcome.reason}`;
  }
}
