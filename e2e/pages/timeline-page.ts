import type { Locator, Page } from '@playwright/test';
import { DATE_LINE, machineDates, PRECEDENT_LINE, SitePage } from './site-page.ts';

/** What the timeline page object needs to know of an event: its id and the title it is listed under. */
export interface ListedEvent {
  id: string;
  title: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The id in an event page's path, `/events/<id>/`. */
const idFromPath = (path: string) => /\/events\/([^/]+)\/$/.exec(path)?.[1] ?? path;

/** One event as the timeline lists it: a list item under its year, titled by a level-3 heading. */
class TimelineEvent {
  readonly heading: Locator;
  /** The title's link to the event page. */
  readonly link: Locator;
  /** Every line of text in the item: its date, its summary and, for some visits, where the visit stands. */
  readonly paragraphs: Locator;
  readonly date: Locator;
  /** The type, direction and level, one list item each. */
  readonly facts: Locator;
  readonly summary: Locator;
  /** "First … since …", shown only where the record is complete. */
  readonly precedent: Locator;

  constructor(readonly root: Locator) {
    this.heading = root.getByRole('heading', { level: 3 });
    this.link = this.heading.getByRole('link');
    this.paragraphs = root.getByRole('paragraph');
    this.date = this.paragraphs.filter({ hasText: DATE_LINE });
    this.facts = root.getByRole('list', { name: 'Type, direction and level' }).getByRole('listitem');
    this.precedent = this.paragraphs.filter({ hasText: PRECEDENT_LINE });
    this.summary = this.paragraphs.filter({ hasNotText: DATE_LINE }).filter({ hasNotText: PRECEDENT_LINE });
  }

  /** Each part of the date with its machine-readable `datetime`; use inside `expect.poll`. */
  times() {
    return machineDates(this.date);
  }
}

/**
 * One option of a filter group: a checkbox labelled with its name and the number of events it would give,
 * and for types, directions and levels a button that shows what the option means.
 */
class FilterOption {
  readonly checkbox: Locator;
  /** The option's name as shown beside the checkbox: its first text that does not start with a digit. */
  readonly label: Locator;
  /** How many events choosing it would show, given the other filters: its text that is only digits. */
  readonly count: Locator;
  /** The button that shows or hides the option's definition ("What “Summit” means"). */
  readonly explain: Locator;
  /** The definition it shows. */
  readonly definition: Locator;

  constructor(readonly item: Locator) {
    this.checkbox = item.getByRole('checkbox');
    // The name comes first; the definition, a paragraph, after it.
    this.label = item.getByText(/^\D/).first();
    this.count = item.getByText(/^\d+$/);
    this.explain = item.getByRole('button', { name: /^What “/ });
    this.definition = item.getByRole('paragraph');
  }

  /** The value the option puts in the URL, such as `summit` in `?type=summit`. */
  value() {
    return this.checkbox.inputValue();
  }
}

/**
 * The timeline (`/`): every event under its year, and the filter that narrows them. Locators follow the
 * page's roles, names and visible text only, so they hold however the filter is built inside.
 */
export class TimelinePage extends SitePage {
  /** The filter form, a search landmark. */
  readonly filters: Locator;
  readonly search: Locator;
  /** On narrow screens, the button that folds the filters away; its name counts the active filters. */
  readonly filtersToggle: Locator;
  /** At the foot of the phone's filters panel: "Show 12 events", which closes it onto the results. */
  readonly showResults: Locator;
  /** Narrows both people lists, the travelling leads and everyone named. */
  readonly personFinder: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly order: Locator;
  /** The live line that says how many events show. */
  readonly status: Locator;
  /** The strip of events per year above the list, a picture of what it shows. */
  readonly strip: Locator;
  /** "Chart and downloads": the disclosure holding the full chart, its table and the downloads. */
  readonly more: Locator;
  readonly activeFilters: Locator;
  /** One button per active filter, each named "Remove filter …". */
  readonly chips: Locator;
  readonly clearAll: Locator;
  /** The note shown when nothing matches, and its button. */
  readonly noMatches: Locator;
  readonly clearAllFilters: Locator;
  /** The menu of years above the list. */
  readonly yearsNav: Locator;
  /** Each year's section, named by its heading. */
  readonly years: Locator;
  readonly yearHeadings: Locator;
  /** Every event shown, in page order; events the filter hides are not among them. */
  readonly events: Locator;
  readonly #titles: Map<string, string>;

  /** `record` (`/events.json`) names the events, so `event(id)` can find one by the title it is listed under. */
  constructor(page: Page, record: readonly ListedEvent[] = []) {
    super(page);
    this.#titles = new Map(record.map((event) => [event.id, event.title]));
    this.filters = page.getByRole('search', { name: 'Filter the timeline' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search' });
    this.filtersToggle = this.filters.getByRole('button', { name: /^Filters/ });
    this.showResults = this.filters.getByRole('button', { name: /^(Show \d+ events?|No events to show)$/ });
    this.personFinder = this.filters.getByRole('searchbox', { name: 'Find a person' });
    this.from = this.filters.getByRole('combobox', { name: 'From' });
    this.to = this.filters.getByRole('combobox', { name: 'To' });
    this.order = page.getByRole('combobox', { name: 'Order' });
    this.status = page.getByRole('status');
    this.strip = this.main.getByRole('img', { name: /^\d+ events? shown, \d{4} to \d{4}/ });
    this.more = this.main.getByRole('group').filter({ has: page.getByText('Chart and downloads', { exact: true }) });
    this.activeFilters = page.getByRole('list', { name: 'Active filters' });
    this.chips = this.activeFilters.getByRole('button');
    this.clearAll = page.getByRole('button', { name: 'Clear all', exact: true });
    this.noMatches = page.getByText('No events match these filters.', { exact: true });
    this.clearAllFilters = page.getByRole('button', { name: 'Clear all filters', exact: true });
    this.yearsNav = page.getByRole('navigation', { name: 'Years' });
    this.years = this.main.getByRole('region', { name: /^\d{4}$/ });
    this.yearHeadings = this.years.getByRole('heading', { level: 2 });
    this.events = this.#eventsIn(this.years);
  }

  /** Opens the timeline, with a query string such as `type=summit&level=leader` if given. */
  async goto(query = '') {
    return this.page.goto(query ? `/?${query.replace(/^\?/, '')}` : '/');
  }

  /** A group of filter options by its legend: Type, Direction, Level, Travelling lead, Named or Years. */
  group(name: string) {
    return this.filters.getByRole('group', { name, exact: true });
  }

  /**
   * A filter option's checkbox by its label, e.g. "Summit"; its name ends with its count. A person is in two
   * groups (Travelling lead and Named), so name the group for them.
   */
  checkbox(label: string, group?: string) {
    return (group ? this.group(group) : this.filters).getByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(label)} \\d+$`),
    });
  }

  /** Opens "Chart and downloads", if it is not open already. */
  async openMore() {
    if ((await this.more.getAttribute('open')) === null) await this.more.getByText('Chart and downloads').click();
  }

  /** Every option of a filter group, in order. */
  async options(group: string) {
    return (await this.group(group).getByRole('listitem').all()).map((item) => new FilterOption(item));
  }

  /** The chip for one active filter, by what it says, e.g. "Type: Summit" or "From 2018". */
  removeFilter(label: string) {
    return this.activeFilters.getByRole('button', { name: `Remove filter ${label}`, exact: true });
  }

  year(year: number | string) {
    return this.main.getByRole('region', { name: String(year), exact: true });
  }

  yearHeading(year: number | string) {
    return this.main.getByRole('heading', { level: 2, name: String(year), exact: true });
  }

  yearLink(year: number | string) {
    return this.yearsNav.getByRole('link', { name: String(year), exact: true });
  }

  /** The events shown under one year. */
  eventsIn(year: number | string) {
    return this.#eventsIn(this.year(year));
  }

  /** An event by its id, found by the title the record gives it. */
  event(id: string) {
    const title = this.#titles.get(id);
    if (title === undefined) throw new Error(`No event ${id} in the record given to the timeline page`);
    return this.eventTitled(title);
  }

  eventTitled(title: string) {
    return new TimelineEvent(
      this.events.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) }),
    );
  }

  /** The ids of the events a reader can see, in page order, read from their links; use inside `expect.poll`. */
  async visibleIds(): Promise<string[]> {
    const paths = await this.events
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    return paths.map(idFromPath);
  }

  /**
   * Starts counting how often the status line is rewritten, as a screen reader would hear it; the function
   * returned reads the count so far. Use it inside `expect.poll`.
   */
  async countStatusChanges(): Promise<() => Promise<number>> {
    await this.status.evaluate((status) => {
      const counter = { changes: 0 };
      (window as unknown as { statusChanges: typeof counter }).statusChanges = counter;
      new MutationObserver(() => counter.changes++).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    return () =>
      this.page.evaluate(() => (window as unknown as { statusChanges: { changes: number } }).statusChanges.changes);
  }

  #eventsIn(scope: Locator) {
    return scope.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }
}
