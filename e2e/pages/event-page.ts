import type { Locator, Page } from '@playwright/test';
import { DATE_LINE, machineDates, PRECEDENT_LINE, SitePage } from './site-page.ts';

/** One event's page (`/events/<id>/`): its facts, participants, account and sources, and its neighbours. */
export class EventPage extends SitePage {
  readonly article: Locator;
  readonly date: Locator;
  /** The type, direction and level, one list item each. */
  readonly facts: Locator;
  /** The values of the label–value details, such as location and occasion, in order. */
  readonly details: Locator;
  /** Where a visit stands in the record: "First … since …", or what the record shows below complete levels. */
  readonly precedent: Locator;
  /** The mark a draft carries (only `astro dev` builds drafts). */
  readonly draftMark: Locator;
  readonly participants: Locator;
  readonly participantItems: Locator;
  /** The narrative, written in Markdown. */
  readonly account: Locator;
  readonly sources: Locator;
  /** Every source cited, across all groups. */
  readonly sourceItems: Locator;
  /** The headings of the source groups: each side's account, then other reporting. */
  readonly sourceGroupHeadings: Locator;
  /** "Cite this event": a Chicago and an APA citation and a BibTeX entry, each with a copy button. */
  readonly cite: Locator;
  /** "Cite", near the top: the way to the citations. */
  readonly citeLink: Locator;
  /** "Added to the record: …", near the top. */
  readonly added: Locator;
  /** "Corrections": each correction's "Corrected on …" and what was wrong; absent when there is none. */
  readonly corrections: Locator;
  readonly correctionItems: Locator;
  /** "Connections": the computed links and the editors' related events. */
  readonly connections: Locator;
  /** "History of this entry": when it was added and last changed, and each change to its file. */
  readonly history: Locator;
  /** The changes to the entry's file, newest first. */
  readonly changes: Locator;
  readonly backToTimeline: Locator;
  readonly neighbours: Locator;
  readonly previous: Locator;
  readonly next: Locator;

  constructor(page: Page) {
    super(page);
    this.article = page.getByRole('article');
    this.date = this.article.getByRole('paragraph').filter({ hasText: DATE_LINE });
    this.facts = this.article.getByRole('list', { name: 'Type, direction and level' }).getByRole('listitem');
    this.details = this.article.getByRole('definition');
    this.precedent = this.article.getByRole('paragraph').filter({ hasText: PRECEDENT_LINE });
    this.draftMark = this.article.getByText('Draft', { exact: true });
    this.participants = this.article.getByRole('region', { name: 'Participants', exact: true });
    this.participantItems = this.participants.getByRole('listitem');
    this.account = this.article.getByRole('region', { name: 'Account', exact: true });
    this.sources = this.article.getByRole('region', { name: 'Sources', exact: true });
    this.sourceItems = this.sources.getByRole('listitem');
    this.sourceGroupHeadings = this.sources.getByRole('heading', { level: 3 });
    this.cite = this.article.getByRole('region', { name: 'Cite this event', exact: true });
    this.citeLink = this.article.getByRole('link', { name: 'Cite', exact: true });
    this.added = this.article.getByText(/^Added to the record: /);
    this.corrections = this.article.getByRole('region', { name: 'Corrections', exact: true });
    this.correctionItems = this.corrections.getByRole('listitem');
    this.connections = this.article.getByRole('region', { name: 'Connections', exact: true });
    this.history = this.article.getByRole('region', { name: 'History of this entry', exact: true });
    this.changes = this.history.getByRole('list', { name: 'Changes to its file, newest first' }).getByRole('listitem');
    this.backToTimeline = page.getByRole('link', { name: 'See this event on the timeline' });
    this.neighbours = page.getByRole('navigation', { name: 'Previous and next events' });
    this.previous = this.neighbours.getByRole('link', { name: /^Previous event/ });
    this.next = this.neighbours.getByRole('link', { name: /^Next event/ });
  }

  /** Opens an event's page, on the preview server, or on another (`origin`, such as a dev server's). */
  async goto(id: string, origin?: string) {
    return this.page.goto(origin ? new URL(`/events/${id}/`, origin).href : `/events/${id}/`);
  }

  /** A participant's entry, by their name. */
  participant(name: string) {
    return this.participantItems.filter({ hasText: name });
  }

  /** One group of connections by the start of its heading, e.g. "Exchanges the other way". */
  connectionGroup(heading: string | RegExp) {
    return this.connections.getByRole('region', { name: heading });
  }

  /** One group of sources by its heading, e.g. "Chinese accounts" or "Other reporting". */
  sourceGroup(heading: string) {
    return this.sources.getByRole('region', { name: heading, exact: true });
  }

  /** Each part of the date with its machine-readable `datetime`; use inside `expect.poll`. */
  times() {
    return machineDates(this.date);
  }

  /**
   * One suggested citation, by its style: its text, the button that copies it ("Copy the BibTeX entry") and
   * the status line that says it was copied.
   */
  citation(style: 'Chicago' | 'APA' | 'BibTeX') {
    const group = this.cite.getByRole('group', { name: style, exact: true });
    return {
      text: style === 'BibTeX' ? group.getByText(/^@misc\{/) : group.getByRole('paragraph'),
      copy: group.getByRole('button', { name: /^Copy / }),
      status: group.getByRole('status'),
    };
  }

  /** The page's metadata tag by its `name` (`citation_title`) or `property` (`og:type`), which have no role. */
  meta(name: string) {
    return this.page.locator(`meta[name="${name}"], meta[property="${name}"]`);
  }

  /** The schema.org JSON-LD the page holds, parsed. */
  async structuredData(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
  }
}
