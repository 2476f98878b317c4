import { ACCOUNT_NOTES, SOURCE_HEADINGS } from '../i18n/index.ts';
import type { EventData } from './schema.ts';

type Source = EventData['sources'][number];

/** Each side's account of an event, and other reporting, as an event page lists them. */
export interface SourceGroup {
  side: 'china' | 'dprk' | 'other';
  heading: string;
  sources: Source[];
}

/**
 * Sources grouped by whose account they are, Chinese first, each group in the order the editor listed it.
 * Sources without a side count as other reporting. Empty groups are left out.
 */
export function groupSources(sources: readonly Source[]): SourceGroup[] {
  return (['china', 'dprk', 'other'] as const)
    .map((side) => ({
      side,
      heading: SOURCE_HEADINGS[side],
      sources: sources.filter((source) => (source.side ?? 'other') === side),
    }))
    .filter((group) => group.sources.length > 0);
}

/** A plain note when the two governments' accounts cannot be compared, or `undefined` when both are cited. */
export function accountsNote(groups: readonly SourceGroup[]): string | undefined {
  const china = groups.some((group) => group.side === 'china');
  const dprk = groups.some((group) => group.side === 'dprk');
  if (china && dprk) return undefined;
  if (china) return ACCOUNT_NOTES.chinaOnly;
  if (dprk) return ACCOUNT_NOTES.dprkOnly;
  return ACCOUNT_NOTES.neither;
}
