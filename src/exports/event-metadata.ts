import type { RecordEvent } from '../domain/participants.ts';
import type { Person } from '../domain/schema.ts';
import { SITE } from '../site/config.ts';

/** Where an event page and its people's pages are: absolute addresses, or none when the site's is not configured. */
export interface MetadataUrls {
  /** The event page's absolute address. */
  page: string | undefined;
  /** A registry person's page's absolute address. */
  person: (id: string) => string | undefined;
}

/** `2025/10/09`, `2025/10` or `2025`: a date as Highwire's `citation_publication_date` writes it. */
const highwireDate = (date: string) => date.replaceAll('-', '/');

/**
 * Highwire Press `citation_*` tags, which Zotero, Google Scholar and other reference managers read: the
 * page as a work of the site, dated by the day the entry entered the record (`added`, or its file's first
 * commit in `dates`), or by the event when neither is known. The address only when it is absolute.
 */
export function citationMeta(
  { data }: RecordEvent,
  urls: MetadataUrls,
  dates: { added?: string | undefined } = {},
): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: data.title },
    { name: 'citation_author', content: SITE.name },
    { name: 'citation_publication_date', content: highwireDate(data.added ?? dates.added ?? data.date) },
    ...(urls.page ? [{ name: 'citation_public_url', content: urls.page }] : []),
    { name: 'citation_language', content: 'en' },
  ];
}

/**
 * The event as a schema.org `Event`, for search engines and other readers of JSON-LD. Dates as written
 * (`1961`, `1961-07`, `1961-07-11` are all valid schema.org dates); only what the record holds, so no
 * status, organiser or attendance mode; addresses only when absolute.
 */
export function eventJsonLd({ data, participants }: RecordEvent, urls: MetadataUrls): Record<string, unknown> {
  const people = new Map<string, Record<string, string>>();
  for (const { name, person } of participants) {
    const url = person && urls.person(person.id);
    const sameAs = person?.wikidata && wikidataUrl(person.wikidata);
    if (!people.has(name)) {
      people.set(name, { '@type': 'Person', name, ...(url ? { url } : {}), ...(sameAs ? { sameAs } : {}) });
    }
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    startDate: data.date,
    ...(data.end ? { endDate: data.end } : {}),
    description: data.summary,
    ...(urls.page ? { url: urls.page } : {}),
    ...(data.location ? { location: { '@type': 'Place', name: data.location } } : {}),
    ...(people.size > 0 ? { attendee: [...people.values()] } : {}),
  };
}

/** A Wikidata item's address, as `sameAs` names the same person elsewhere. */
export const wikidataUrl = (item: string) => `https://www.wikidata.org/wiki/${item}`;

/**
 * A registry person as a schema.org `Person`: the names in every script the registry holds, their page's
 * address when it is absolute, and their Wikidata item as `sameAs`.
 */
export function personJsonLd(person: Person, url: string | undefined): Record<string, unknown> {
  const alternate = [person.zh, person.ko, ...person.aliases].filter((name): name is string => !!name);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    ...(alternate.length > 0 ? { alternateName: alternate } : {}),
    ...(url ? { url } : {}),
    ...(person.wikidata ? { sameAs: wikidataUrl(person.wikidata) } : {}),
  };
}

/**
 * JSON to place inside a `<script>` element: every `<` written as `\u003c`, so no text in it (a title
 * holding `</script>`) can end the element early. JSON parsers read the escape back as `<`.
 */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
