import { z } from 'astro/zod';
import type { Commit } from './git-log.ts';

/**
 * Each entry's history, from the commits that touched the events folder: pure, so it is tested on commits
 * written by hand as well as on a scratch repository.
 */

/** One change to an entry's file, as its page lists it. */
const entryChangeSchema = z.object({
  hash: z.string(),
  /** The commit's place in the log, 0 for the newest: changes of one day keep git's order. */
  position: z.number(),
  /** The commit's day, `YYYY-MM-DD` in UTC. */
  day: z.string(),
  /** The commit message's first line. */
  subject: z.string(),
  /** What the commit did to the file. */
  kind: z.enum(['added', 'changed', 'renamed', 'deleted']),
  /** For a rename, the id the file had before; for a deletion, the id of the file deleted. */
  from: z.string().optional(),
});

/** The id of the history collection's one entry. */
export const HISTORY_ENTRY = 'events';

/**
 * The history collection's one entry: each file id's own changes, newest first, or why the history could
 * not be read (then `files` is empty). One entry, not one per file, so the collection is never empty.
 */
export const folderHistorySchema = z.object({
  unavailable: z.string().optional(),
  files: z.record(z.string(), z.array(entryChangeSchema)),
});

export type EntryChange = z.infer<typeof entryChangeSchema>;

/** Each file id's own changes, newest first: what the history collection stores, one entry per id. */
export type ChangesById = ReadonlyMap<string, readonly EntryChange[]>;

/** An entry's id from a path in the events folder: its file name without `.md`; undefined for other files. */
export function idOfPath(path: string): string | undefined {
  const name = path.split('/').at(-1) ?? '';
  if (!name.endsWith('.md') || name.startsWith('_') || name.startsWith('.')) return undefined;
  if (path.split('/').some((part) => part.startsWith('_'))) return undefined;
  return name.slice(0, -'.md'.length);
}

/**
 * Groups the commits' changes by file id, newest first. A rename is recorded under the new id with the
 * old one in `from`, so an entry's history can be followed back through it (`entryHistory`).
 */
export function changesById(commits: readonly Commit[]): Map<string, EntryChange[]> {
  const byId = new Map<string, EntryChange[]>();
  const add = (id: string, change: EntryChange) => {
    const list = byId.get(id) ?? [];
    const same = list.findIndex((earlier) => earlier.hash === change.hash);
    // One commit, one line: a file moved to another folder shows as deleted there and added here.
    if (same === -1) list.push(change);
    else if (list[same]!.kind !== change.kind) list[same] = { ...change, kind: 'changed', from: undefined };
    byId.set(id, list);
  };
  commits.forEach(({ hash, day, subject, changes }, position) => {
    for (const { status, path, from } of changes) {
      const id = idOfPath(path);
      if (id === undefined) continue;
      const base = { hash, position, day, subject };
      if (status === 'renamed') {
        const before = from === undefined ? undefined : idOfPath(from);
        if (before === undefined) add(id, { ...base, kind: 'added' });
        else if (before === id) add(id, { ...base, kind: 'changed' });
        else add(id, { ...base, kind: 'renamed', from: before });
      } else {
        const kind = status === 'added' || status === 'copied' ? 'added' : status === 'deleted' ? 'deleted' : 'changed';
        add(id, { ...base, kind });
      }
    }
  });
  return byId;
}

/** What an entry's page says of its history. */
export interface EntryHistory {
  /** The day of the first commit that added the entry's file (under this id or an earlier one). */
  firstDay: string;
  /** The day of the latest commit that changed it. */
  lastDay: string;
  /** Every change, newest first. */
  changes: EntryChange[];
}

/**
 * An entry's whole history: the changes to its file, followed back through every rename git detected and
 * through the ids in `formerIds` (a rename that changed the file too much for git to see it as one shows
 * as one file deleted and another added in the same commit: the two become one "renamed" change).
 * Undefined when no commit touched the file (git not read, or the file not committed yet).
 */
export function entryHistory(id: string, formerIds: readonly string[], byId: ChangesById): EntryHistory | undefined {
  const seen = new Set<string>();
  const collected = new Map<string, EntryChange>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const change of byId.get(current) ?? []) {
      const earlier = collected.get(change.hash);
      if (!earlier) {
        collected.set(change.hash, change.kind === 'deleted' ? { ...change, from: current } : change);
      } else if (earlier.kind === 'added' && change.kind === 'deleted') {
        // One commit deleting a former id's file and adding this one: the rename git did not detect.
        collected.set(change.hash, { ...earlier, kind: 'renamed', from: current });
      }
      if (change.kind === 'renamed' && change.from !== undefined) visit(change.from);
    }
  };
  visit(id);
  for (const former of formerIds) visit(former);
  const changes = [...collected.values()].sort((a, b) => a.position - b.position);
  if (changes.length === 0) return undefined;
  return { firstDay: changes.at(-1)!.day, lastDay: changes[0]!.day, changes };
}
