import { isBefore } from '../domain/dates.ts';
import { commitUrl, fileAtCommitUrl } from '../site/repository.ts';
import type { EntryHistory } from './entries.ts';

/** What an event's page says of the entry's dates and history: prepared here, laid out by EventHistory.astro. */

/** When the entry entered the record and last changed, and where each date comes from. */
export interface EntryDates {
  /** The day the entry was added: the file's `added`, else the first commit of its file. */
  added?: string | undefined;
  /** `record` when the editor wrote `added`, `history` when it is the first commit's day. */
  addedFrom?: 'record' | 'history' | undefined;
  /** The day of the latest commit to the file, when there is one on or after `added`. */
  lastChanged?: string | undefined;
}

/**
 * The entry's dates: `added` as the editor wrote it wins over the history (a draft may be committed well
 * before it is published); the last change comes from the history alone, and is left out when it would
 * come before the day added, which only an uncommitted file can show.
 */
export function entryDates(added: string | undefined, history: EntryHistory | undefined): EntryDates {
  const first = added ?? history?.firstDay;
  const last = history?.lastDay;
  return {
    added: first,
    addedFrom: added !== undefined ? 'record' : first !== undefined ? 'history' : undefined,
    lastChanged: last !== undefined && (first === undefined || !isBefore(last, first)) ? last : undefined,
  };
}

/** One line of the history as the page lists it. */
export interface HistoryItem {
  day: string;
  /** What happened to the file: `Added`, `Changed`, `Renamed from 2012-11-30-liu-qibao-xi-letter`. */
  what: string;
  /** The commit message's first line, as its author wrote it. */
  subject: string;
  /** The commit's short hash, and its page when the repository is known. */
  commit: { label: string; href?: string | undefined };
}

/** The history's lines, newest first; `commitUrl` gives a commit's page, when the repository is known. */
export function historyItems(history: EntryHistory, commitUrl?: (hash: string) => string): HistoryItem[] {
  return history.changes.map(({ hash, day, subject, kind, from }) => ({
    day,
    what:
      kind === 'added'
        ? 'Added'
        : kind === 'renamed'
          ? `Renamed from ${from}`
          : kind === 'deleted'
            ? `File removed under its former id ${from}`
            : 'Changed',
    subject,
    commit: { label: hash.slice(0, 7), href: commitUrl?.(hash) },
  }));
}

/** Where the entry's file is in the repository, when the repository is known and holds it. */
export interface RepositoryFile {
  /** `https://github.com/owner/name` */
  repository: string;
  /** The file's path in the repository. */
  filePath: string;
}

/** Everything EventHistory.astro lays out: the dates, the changes, and a permanent address for this version. */
export function historyView(
  history: EntryHistory | undefined,
  dates: EntryDates,
  file: RepositoryFile | undefined,
): { dates: EntryDates; items: HistoryItem[]; permalink?: string | undefined } {
  if (!history) return { dates, items: [] };
  const items = historyItems(history, file && ((hash) => commitUrl(file.repository, hash)));
  const latest = history.changes[0];
  return {
    dates,
    items,
    permalink: file && latest ? fileAtCommitUrl(file.repository, latest.hash, file.filePath) : undefined,
  };
}
