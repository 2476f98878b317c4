/**
 * The full text of every entry for the timeline's search: what its timeline item does not show (place,
 * occasion, people in every spelling, their roles, tags) and its narrative (the "Account" of an event page)
 * as plain text, folded for search. The page carries only what its items show; this file is fetched the
 * first time a reader searches, and `<timeline-filter>` adds each text to its event's.
 * Build side (htmlparser2); the browser only reads the JSON.
 */
import { Parser } from 'htmlparser2';
import { foldForSearch } from '../text/search.ts';

/** The body of `/full-text.json`: each event's folded text, by id, in timeline order. */
export interface FullText {
  events: Record<string, string>;
}

/** The text a reader sees in rendered, sanitised narrative HTML, entities decoded, one space between blocks. */
export function textOfHtml(html: string): string {
  const parts: string[] = [];
  const parser = new Parser(
    { ontext: (text) => parts.push(text), onclosetag: () => parts.push(' ') },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts.join('');
}

/**
 * `/full-text.json` for the events given, in their order: for each, its `unseen` text (already folded: a
 * `Filterable`'s `searchText`) followed by its narrative's.
 */
export function fullTextJson(
  events: readonly { id: string; unseen: string; rendered?: { html: string } | undefined }[],
): string {
  const body: FullText = {
    events: Object.fromEntries(
      events.map(({ id, unseen, rendered }) => [
        id,
        [unseen, foldForSearch(textOfHtml(rendered?.html ?? ''))].filter(Boolean).join(' '),
      ]),
    ),
  };
  return JSON.stringify(body);
}
