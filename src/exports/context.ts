/**
 * The context collection's exports: `/context.json` and `/context.csv`. Kept apart from the record's exports
 * (`/events.json`, the three CSV tables), so no count made from those can include a context item.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ContextItem } from '../domain/context.ts';
import { precisionOf } from '../domain/vocabulary.ts';
import { LIST_SEPARATOR } from './columns.ts';

/** One context item as `/context.json` publishes it: every field, `null` for what is absent. */
function exportItem({ id, data }: ContextItem) {
  return {
    id,
    title: data.title,
    date: data.date,
    end: data.end ?? null,
    kind: data.kind,
    summary: data.summary,
    resolution: data.resolution ?? null,
    chinaVote: data.chinaVote ?? null,
    sources: data.sources.map(({ title, publisher, url, published }) => ({
      title,
      publisher,
      url,
      published: published ?? null,
    })),
    added: data.added ?? null,
  };
}

/** The body of `/context.json`, oldest first. */
export const contextJson = (items: readonly ContextItem[]) =>
  `${JSON.stringify({ context: items.map(exportItem) }, null, 2)}\n`;

/** `/context.csv`'s columns, described once: the header and the codebook read them. */
export const CONTEXT_COLUMNS = [
  { name: 'id', description: "The item's id: its file name in content/context/." },
  { name: 'title', description: 'Headline, plain text on one line.' },
  { name: 'date', description: 'The day, month or year it happened, as written (YYYY-MM-DD, YYYY-MM or YYYY).' },
  { name: 'date_precision', description: 'How much of date is known: day, month or year.' },
  { name: 'end', description: 'The last day, for a summit of several days; empty otherwise.' },
  { name: 'kind', description: 'What kind of event it was (values on the data page).' },
  { name: 'summary', description: 'What happened, in the editors’ words.' },
  { name: 'resolution', description: 'For a Security Council decision: its document, where one was adopted.' },
  { name: 'china_vote', description: "For a Security Council decision: China's vote (in-favour, abstained, vetoed or without-vote)." },
  { name: 'source_urls', description: `Every source's address, joined with "${LIST_SEPARATOR}".` },
] as const;

/** The body of `/context.csv`: RFC 4180, UTF-8, CRLF, a header row, one row per item, oldest first. */
export function contextCsv(items: readonly ContextItem[]): string {
  const rows = items.map(({ id, data }) => [
    id,
    data.title,
    data.date,
    precisionOf(data.date),
    data.end ?? '',
    data.kind,
    data.summary,
    data.resolution ?? '',
    data.chinaVote ?? '',
    data.sources.map((source) => source.url).join(LIST_SEPARATOR),
  ]);
  return stringify([CONTEXT_COLUMNS.map((column) => column.name), ...rows], { record_delimiter: '\r\n' });
}
