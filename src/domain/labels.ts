import type { Direction, EventType, Level, Side } from './schema.ts';
import type { Country } from './vocabulary.ts';

/** How each vocabulary value reads on the page. */
export const TYPE_LABELS: Record<EventType, string> = {
  'state-visit': 'State visit',
  'official-visit': 'Official visit',
  'working-visit': 'Working visit',
  'unofficial-visit': 'Unofficial visit',
  visit: 'Visit',
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

/** What each type means: the rule editors apply and readers see on the record page. */
export const TYPE_DEFINITIONS: Record<EventType, string> = {
  'state-visit': 'A visit the host announced as a state visit (国事访问).',
  'official-visit': 'A visit the host announced as an official or official goodwill visit (正式访问, 正式友好访问).',
  'working-visit': 'A visit the host announced as a working visit (工作访问).',
  'unofficial-visit': 'A visit the host announced as unofficial or informal (非正式访问).',
  visit: 'A visit whose protocol class the sources consulted do not record.',
  delegation:
    'A party or party-and-government delegation sent for an occasion (an anniversary, a congress, a parade) and announced as such, without a protocol class of its own.',
  summit: 'A meeting of leaders not announced as a visit by one side to the other.',
  talks: 'A meeting of officials below the leaders not announced as a visit by one side to the other.',
  agreement: 'A treaty or agreement signed or brought into force.',
  commemoration: 'An anniversary or commemoration marked without a visit.',
  message: 'Letters, telegrams or messages exchanged or sent.',
  military: 'A military exchange or event.',
  economic: 'An economic or trade exchange.',
  other: 'Anything else that shaped relations.',
};

export const DIRECTION_DEFINITIONS: Record<Direction, string> = {
  'china-to-dprk': 'Chinese officials travelled to North Korea, or China acted toward it.',
  'dprk-to-china':
    'North Korean officials travelled to China (a North Korean leader at a Beijing parade too), or North Korea acted toward it.',
  mutual: 'Both at once: simultaneous messages, or a treaty signed by both.',
  multilateral: 'Third parties were principals as well.',
};

export const LEVEL_DEFINITIONS: Record<Level, string> = {
  leader:
    'The party’s top leader (CPC Chairman until September 1982, General Secretary since; WPK Chairman, General Secretary or First Secretary) or the head of state (PRC Chairman or President; Kim Il Sung, Kim Jong Il, Kim Jong Un).',
  'head-of-government': 'The Premier: of the PRC State Council, or of the DPRK Cabinet or Administration Council.',
  'senior-leader':
    'A member of the CPC Politburo Standing Committee or of the WPK Politburo Presidium; a CPC Vice-Chairman (1956–1982); the chairman of the NPC Standing Committee, or of the SPA Standing Committee or president of the SPA Presidium.',
  politburo: 'A full member of either party’s Politburo who is in none of the bodies above.',
  minister:
    'A cabinet minister or equivalent (the heads of the CPC International Liaison Department and the WPK International Department), and state posts without higher party rank, such as a vice president or vice premier outside the Politburo.',
  'vice-minister': 'A vice-minister or equivalent.',
  official: 'Any other official.',
};

export const SIDE_DEFINITIONS: Record<Side, string> = {
  china:
    'Chinese state media and government: Xinhua, People’s Daily and its Global Times, China Daily, CCTV and CGTN, CRI, CNR, China News Service, the foreign ministry, embassies, the PLA’s papers.',
  dprk: 'North Korean state media and government: KCNA, Rodong Sinmun, Voice of Korea, Pyongyang Times, the foreign ministry.',
  other: 'Everyone else: other countries’ press, scholars, memoirs, archives, reference works.',
};

/** Each country a place may be in (`content/places.yaml`), as the maps and their tables name it. */
export const COUNTRY_LABELS: Record<Country, string> = {
  CN: 'China',
  KP: 'North Korea',
  KR: 'South Korea',
  RU: 'Russia',
  MN: 'Mongolia',
  JP: 'Japan',
  VN: 'Vietnam',
  SG: 'Singapore',
  US: 'United States',
};
