import { formatDate } from './dates.ts';
import type { EventData } from './schema.ts';

type Source = EventData['sources'][number];

/**
 * How an event page links a source so that it survives link rot and later edits: the original address,
 * an archived copy when the editor saved one, otherwise a look-up in the Internet Archive near the day the
 * source appeared; each link carries Robust Links attributes (robustlinks.mementoweb.org) naming the
 * original address and the date of the version meant. Nothing here makes a request.
 */

/** Robust Links attributes, as written on an `<a>`. */
type RobustAttributes = Partial<Record<'data-originalurl' | 'data-versiondate' | 'data-versionurl', string>>;

/** The second link offered for a source: its archived copy, or a look-up. */
interface CopyLink {
  kind: 'archived' | 'lookup';
  href: string;
  /** What the link says, e.g. `Archived copy, 1 December 2012` or `Look for an archived copy near 30 November 2012`. */
  text: string;
  attributes: RobustAttributes;
}

/** A source's links: its own address with Robust Links attributes, and a copy. */
export interface SourceLinks {
  original: { href: string; attributes: RobustAttributes };
  copy: CopyLink;
}

/** Where the Internet Archive's Wayback Machine answers a look-up for an address near a date. */
const WAYBACK = 'https://web.archive.org/web/';

/** The day an archived copy was made, from a Wayback Machine address (`/web/20121201083512/…`); undefined for others. */
export function snapshotDay(archived: string): string | undefined {
  const match = /^https?:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})\d*(?:[a-z]{2}_)?\//.exec(archived);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/**
 * The version of a source a reader should be able to see: as the editor read it (`accessed`), or else as
 * it was published, since official outlets sometimes edit their texts afterwards.
 */
const versionDate = (source: Source) => source.accessed ?? source.published;

/** The links for a source with an address; undefined for one without. */
export function sourceLinks(source: Source): SourceLinks | undefined {
  const { url, archived, published } = source;
  if (url === undefined) return undefined;
  const date = versionDate(source);
  const dated: RobustAttributes = date === undefined ? {} : { 'data-versiondate': date };
  const original = {
    href: url,
    attributes: { 'data-originalurl': url, ...dated, ...(archived ? { 'data-versionurl': archived } : {}) },
  };
  if (archived) {
    const day = snapshotDay(archived);
    return {
      original,
      copy: {
        kind: 'archived',
        href: archived,
        text: day ? `Archived copy, ${formatDate(day)}` : 'Archived copy',
        attributes: { 'data-originalurl': url, ...dated },
      },
    };
  }
  // The look-up goes near the day it was published: the text as it first appeared is the one to find.
  const near = published ?? date;
  return {
    original,
    copy: {
      kind: 'lookup',
      href: near ? `${WAYBACK}${near.replaceAll('-', '')}/${url}` : `${WAYBACK}*/${url}`,
      text: near ? `Look for an archived copy near ${formatDate(near)}` : 'Look for archived copies',
      attributes: { 'data-originalurl': url, ...dated },
    },
  };
}
