/**
 * The words readers see, in English: each label, sentence and plural has its home here, grouped by where it
 * is read. A second interface language would be a second file exporting the same names with the same shapes
 * (`ko.ts`, typed `satisfies typeof import('./en.ts')[name]`), chosen in `index.ts`. Each group is a
 * separate export, so the browser's bundles carry only the groups their scripts use (`filterText`,
 * `chartText`). Long explanatory prose (the record and data pages) is written in its page and would be
 * translated as a page. Imports only types, so it runs anywhere.
 */
import type { Direction, EventType, Level, Side } from '../domain/schema.ts';
import type { Country } from '../domain/vocabulary.ts';

const LOCALE = 'en';
let numberFormat: Intl.NumberFormat | undefined;
/** `10,000`. The format is made when first needed: making one costs a browser some 20 ms, which a page's load need not wait for. */
const number = { format: (count: number) => (numberFormat ??= new Intl.NumberFormat(LOCALE)).format(count) };
/** `1 event`, `10,000 events`. */
const events = (count: number) => `${number.format(count)} ${count === 1 ? 'event' : 'events'}`;

/**
 * The site's name in three parts: a phone's one-line header hides the middle one from sight (not from
 * screen readers), showing "China–North Korea Timeline".
 */
const NAME_PARTS = ['China–North Korea ', 'Diplomacy ', 'Timeline'] as const;

/** The site itself: its name, description and the frame every page shares. */
export const site = {
  locale: LOCALE,
  name: NAME_PARTS.join(''),
  nameParts: NAME_PARTS,
  description:
    'An open, sourced timeline of high-level exchanges between China and North Korea: visits, summits, delegations, treaties, anniversaries and leaders’ messages.',
  skipLink: 'Skip to content',
  navLabel: 'Site',
  nav: { timeline: 'Timeline', people: 'People', record: 'About', data: 'Data' },
  /** The full name of a menu item whose visible label is short, for its title and for screen readers. */
  navTitle: { record: 'About the record' },
  footer: 'Every entry is written from the sources it lists. The whole record is available as data:',
  feedTitle: (name: string) => `New entries in the ${name}`,
  allEventsJson: 'All events as JSON',
};

/** Each vocabulary value as it reads on the page. */
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

/**
 * What each type means: the rule editors apply, which readers see on the record page, the data page and
 * beside each option of the timeline's filter.
 */
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

/** How each side's sources are headed on event pages and the record page. */
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

export const SOURCE_HEADINGS = {
  china: 'Chinese accounts',
  dprk: 'North Korean accounts',
  other: 'Other reporting',
} as const;

/** The note an event page adds when the two governments' accounts cannot be compared. */
export const ACCOUNT_NOTES = {
  chinaOnly: 'Only the Chinese side’s account is cited here; no North Korean account is listed.',
  dprkOnly: 'Only the North Korean side’s account is cited here; no Chinese account is listed.',
  neither: 'Neither government’s own account is cited here; the sources are other reporting.',
};

/** What the record covers, as the record page and the chart's counting rule both say it. */
export const coverageText = {
  /** How this record compares with CSIS Beyond Parallel's list, in one sentence. */
  comparableRule:
    'CSIS Beyond Parallel counts every visit at foreign-minister level or above since 1953; this record holds all of them at senior-leader level and above, but only a selection of those led by Politburo members and ministers.',
  showComparable: 'Show only visits and meetings at minister level and above',
  whatItCovers: 'what the record covers',
};

/** The timeline page around its list. */
export const timelinePage = {
  intro:
    'Visits, summits, delegations, treaties, anniversaries and leaders’ messages between Beijing and Pyongyang, each dated and sourced.',
  aboutLink: 'About the record',
  aboutRest: 'what it covers and how.',
  empty: 'No events yet.',
  /** `94 events, from 6 October 1949 to 9 October 2025.`, with each date given as markup by the page. */
  countLead: (count: number) => events(count),
  yearsNav: 'Years',
};

/**
 * The filter form's labels, built into the page. Each facet's legend is also how its chips name it
 * ("Travelling lead: Kim Jong Un").
 */
export const filterForm = {
  label: 'Filter the timeline',
  search: 'Search',
  searchHelp: 'Every word of every entry: titles, summaries, accounts, people in any script, places and tags.',
  toggle: 'Filters',
  facets: {
    type: 'Type',
    direction: 'Direction',
    level: 'Level',
    lead: 'Travelling lead',
    person: 'Named',
  },
  /** What each people facet matches, said under its legend. */
  facetHelp: {
    lead: 'Who led the travelling side.',
    person: 'Anyone named in the event.',
  },
  findPerson: 'Find a person',
  years: 'Years',
  from: 'From',
  to: 'To',
  anyYear: 'Any year',
  order: 'Order',
  oldestFirst: 'Oldest first',
  newestFirst: 'Newest first',
  activeFilters: 'Active filters',
  clearAll: 'Clear all',
  clearAllFilters: 'Clear all filters',
  /** "Download the 94 events shown (CSV)": the words either side of the count, which the filter keeps current. */
  downloadCsv: ['Download the', 'events shown (CSV)'] as const,
  downloadJson: 'Download them as JSON',
  /** The button that explains an option: its accessible name. */
  explain: (label: string) => `What “${label}” means`,
  more: 'Chart and downloads',
};

/** What the filter says as the reader uses it: read in the browser by `<timeline-filter>`. */
export const filterText = {
  status: (shown: number, total: number) =>
    shown === 0
      ? `No events match these filters. ${number.format(total)} in all.`
      : shown === total
        ? `Showing all ${events(total)}.`
        : `Showing ${number.format(shown)} of ${events(total)}.`,
  /** Added to the status line while the entries' full text is still loading. */
  searchingText: 'Searching titles and summaries; people, places and the full accounts are loading…',
  searchFailed: 'Only titles and summaries were searched: people, places and the full accounts could not be loaded.',
  noMatches: 'No events match these filters.',
  /** The phone panel's button that closes it and shows the results. */
  showEvents: (shown: number) => (shown === 0 ? 'No events to show' : `Show ${events(shown)}`),
  chipSearch: (q: string) => `Search: “${q}”`,
  chipFacet: (legend: string, name: string) => `${legend}: ${name}`,
  chipFrom: (year: number) => `From ${year}`,
  chipTo: (year: number) => `To ${year}`,
  chipYear: (year: number) => `In ${year}`,
  removeFilter: (label: string) => `Remove filter ${label}`,
};

/** The chart of exchanges per year: read by the build and by `<exchanges-chart>` in the browser. */
export const chartText = {
  heading: 'Exchanges per year',
  imageTitle: 'Exchanges per year, by direction and level',
  legend: 'Levels',
  groups: {
    'china-to-dprk': DIRECTION_LABELS['china-to-dprk'],
    'dprk-to-china': DIRECTION_LABELS['dprk-to-china'],
    'both-ways-or-multilateral': 'Both ways or multilateral',
  },
  tiers: {
    leader: LEVEL_LABELS.leader,
    'head-of-government': LEVEL_LABELS['head-of-government'],
    'senior-leader': LEVEL_LABELS['senior-leader'],
    'politburo-and-below': 'Politburo and below',
    none: 'No level',
  },
  /** The counting rule under the chart, before the count and after it. */
  rule: (groups: readonly string[]) =>
    `Each event is counted once, in the year it starts, under ${groups[0]}, ${groups[1]}, or both ways and multilateral together, so nothing is counted twice. It counts every type and level the filters leave shown:`,
  ruleCount: 'events now.',
  noEvents: 'No events are counted.',
  summary: (total: number, first: number, last: number, perGroup: string, busiest: number, most: number) =>
    `${events(total)} from ${first} to ${last}: ${perGroup}. Most exchanges in one year: ${busiest}, ${most}.`,
  /** What the inspector says of one year: `1958: 7 events. China to North Korea 3 (top leader 1, …); …`. */
  year: (year: number, total: number, groups: readonly string[]) =>
    `${year}: ${events(total)}${groups.length ? `. ${groups.join('; ')}` : ''}.`,
  groupCount: (group: string, sum: number, tiers: readonly string[]) => `${group} ${sum} (${tiers.join(', ')})`,
  bar: (year: number, group: string, tier: string, count: number) => `${year}, ${group}, ${tier}: ${count}`,
  inspect: 'Inspect a year',
  /** The link that narrows the timeline to the inspected year: the chart's keyboard equivalent of a bar. */
  showYear: (year: number, total: number) =>
    total === 0 ? `No events in ${year}` : `Show the ${events(total)} of ${year}`,
  /** Said beside the chart: a bar is a link too. */
  clickHint: 'Choose a bar, or a year here, to show that year’s events.',
  showTable: 'Show as table',
  tableCaption: 'Events per year, by direction and level',
  yearColumn: 'Year',
  all: 'All',
  downloadLead: 'Download the chart as',
  downloadOr: 'or',
  downloadCounts: ', or its counts as',
  strip: 'Events per year',
  /** The strip's accessible summary: it is a picture of what the list below shows. */
  stripSummary: (total: number, first: number, last: number) =>
    `${events(total)} shown, ${first} to ${last}; the full chart, its table and the downloads are under “Chart and downloads”.`,
};

/** The people index and each person's page. */
/** The map of places on the timeline. */
export const mapText = {
  /** The disclosure that holds the map, one step away like the chart. */
  more: 'Map of places',
};

export const peopleText = {
  title: 'People',
  description: 'Everyone named in the China–North Korea diplomacy timeline.',
  intro: 'Everyone the timeline names, with their names in Chinese characters or Korean hangul.',
  unnamed: (count: number) =>
    `${count === 1 ? 'One person' : `${number.format(count)} people`} in the registry ${count === 1 ? 'appears' : 'appear'} in no published event yet, so ${count === 1 ? 'is' : 'are'} not listed.`,
  groups: { china: 'China', dprk: 'North Korea', other: 'Other countries' },
  count: (count: number, led: number) => `${events(count)}${led ? `, ${number.format(led)} led` : ''}`,
  allPeople: 'All people',
  hanzi: 'Chinese characters',
  hangul: 'Korean (hangul)',
  hangulDprk: 'Korean, as North Korean media write it',
  alsoWritten: 'Also written',
  side: 'Side',
  offices: 'Offices',
  events: 'Events',
  led: 'Led the travelling side',
  ledCount: (led: number, total: number) =>
    led === 0 ? '' : `Led the travelling side in ${number.format(led)} of these ${events(total)}.`,
  none: (name: string) => `No event in the timeline names ${name} yet.`,
  showOnTimeline: (name: string) => `Show ${name}’s events on the timeline`,
  showLedOnTimeline: (name: string) => `Show only the trips ${name} led`,
};

/** An event's page. */
export const eventText = {
  back: 'See this event on the timeline',
  cite: 'Cite',
  citeHeading: 'Cite this event',
  added: 'Added to the record',
  addedUnknown: 'one of the record’s first entries, before the date of each was kept',
  lead: 'Travelling lead',
  participants: 'Participants',
  account: 'Account',
  sources: 'Sources',
  location: 'Location',
  occasion: 'Occasion',
  previous: 'Previous event',
  next: 'Next event',
  neighbours: 'Previous and next events',
  facts: 'Type, direction and level',
};
