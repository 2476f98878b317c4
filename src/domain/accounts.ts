import type { EventData } from './schema.ts';

type Source = EventData['sources'][number];
type Phrase = NonNullable<EventData['accounts']>['phrases'][number];

/** One government's account as the "What each side said" section lays it out. */
export interface SideAccount {
  side: 'china' | 'dprk';
  heading: string;
  said: string;
  /** The source the note describes (the schema guarantees it is one of the event's sources on this side). */
  source: Source;
  /** This side's phrases, quoted as published. */
  phrases: Phrase[];
}

/** The section's headings, one per side. */
const ACCOUNT_HEADINGS = {
  china: 'The Chinese account',
  dprk: 'The North Korean account',
} as const;

/**
 * The two accounts side by side, Chinese first, each with the source it describes and its own quoted phrases;
 * `undefined` for an event without notes on both accounts.
 */
export function compareAccounts(
  data: Pick<EventData, 'accounts' | 'sources'>,
): { sides: SideAccount[]; differences: string | undefined } | undefined {
  const { accounts } = data;
  if (!accounts) return undefined;
  const sides = (['china', 'dprk'] as const).flatMap((side) => {
    const { source: url, said } = accounts[side];
    const source = data.sources.find((candidate) => candidate.url === url && candidate.side === side);
    if (!source) return [];
    return [
      { side, heading: ACCOUNT_HEADINGS[side], said, source, phrases: accounts.phrases.filter((p) => p.side === side) },
    ];
  });
  return { sides, differences: accounts.differences };
}
