import type { Direction, EventType, Level, Side } from './schema.ts';

/** How each vocabulary value reads on the page. */
export const TYPE_LABELS: Record<EventType, string> = {
  'state-visit': 'State visit',
  'official-visit': 'Official visit',
  delegation: 'Delegation',
  summit: 'Summit',
  talks: 'Talks',
  agreement: 'Agreement',
  commemoration: 'Commemoration',
  message: 'Message',
  military: 'Military',
  economic: 'Economic',
  other: 'Other',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  'china-to-dprk': 'China to North Korea',
  'dprk-to-china': 'North Korea to China',
  mutual: 'Both ways',
  multilateral: 'Multilateral',
};

export const LEVEL_LABELS: Record<Level, string> = {
  leader: 'Top leader',
  'head-of-government': 'Head of government',
  'senior-leader': 'Senior leader',
  politburo: 'Politburo member',
  minister: 'Minister',
  'vice-minister': 'Vice-minister',
  official: 'Official',
};

export const SIDE_LABELS: Record<Side, string> = {
  china: 'China',
  dprk: 'North Korea',
  other: 'Other',
};
