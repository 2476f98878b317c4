import type { Locator, Page } from '@playwright/test';
import { SitePage } from './site-page.ts';

/** `/changes/`: the record's additions and corrections, newest first, under a heading per day. */
export class ChangesPage extends SitePage {
  /** Every change listed, in order. */
  readonly items: Locator;
  readonly days: Locator;
  readonly feedLink: Locator;

  constructor(page: Page) {
    super(page);
    this.days = this.main.getByRole('region');
    this.items = this.days.getByRole('listitem');
    this.feedLink = this.main.getByRole('link', { name: 'changes.xml' });
  }

  goto() {
    return this.page.goto('/changes/');
  }

  /** The changes of one kind, "Added" or "Corrected". */
  itemsOfKind(kind: 'Added' | 'Corrected') {
    return this.items.filter({ hasText: new RegExp(`^${kind} `) });
  }
}

/** `/threads/` and `/threads/<id>/`: the threads, and each as a small timeline with counts. */
export class ThreadPage extends SitePage {
  /** On `/threads/`: each thread's link. */
  readonly threadLinks: Locator;
  /** On a thread's page: its events, oldest first. */
  readonly events: Locator;
  readonly counts: Locator;

  constructor(page: Page) {
    super(page);
    this.threadLinks = this.main.getByRole('list').first().getByRole('heading', { level: 2 }).getByRole('link');
    this.events = this.main
      .getByRole('list', { name: /, oldest first$/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    this.counts = this.main.getByRole('region', { name: 'Counts' });
  }

  gotoIndex() {
    return this.page.goto('/threads/');
  }

  goto(id: string) {
    return this.page.goto(`/threads/${id}/`);
  }
}

/** `/on-this-day/`: the events of each calendar day, and with JavaScript a chosen day (today's first) on top. */
export class OnThisDayPage extends SitePage {
  readonly months: Locator;
  readonly monthNav: Locator;
  /** The two selects that choose a day, shown only with JavaScript. */
  readonly chooser: Locator;
  readonly month: Locator;
  readonly day: Locator;
  /** The chosen day's events, shown only with JavaScript. */
  readonly chosen: Locator;

  constructor(page: Page) {
    super(page);
    this.monthNav = this.main.getByRole('navigation', { name: 'Months' });
    this.months = this.main.getByRole('heading', { level: 2 });
    this.chooser = this.main.getByRole('group', { name: 'Show a day' });
    this.month = this.chooser.getByRole('combobox', { name: 'Month' });
    this.day = this.chooser.getByRole('combobox', { name: 'Day' });
    this.chosen = this.main.getByRole('region', { name: 'Chosen day' });
  }

  goto() {
    return this.page.goto('/on-this-day/');
  }

  /** One calendar day's section, by its heading ("11 July", or "11 July (today)" when it is the reader's day). */
  dayNamed(name: string) {
    return this.main.getByRole('region', { name: new RegExp(`^${name}( \\(today\\))?$`) });
  }
}
