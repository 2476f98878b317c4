import type { Locator, Page } from '@playwright/test';

/** The map of places on the timeline, with its table of places and counts. */
export class PlacesMap {
  /** "Map of places": the disclosure that holds the map, one step away like the chart. */
  readonly more: Locator;
  readonly figure: Locator;
  readonly image: Locator;
  readonly showTable: Locator;
  readonly table: Locator;
  /** The note under the map, which says how many events shown have no place. */
  readonly caption: Locator;

  constructor(readonly page: Page) {
    this.more = page.locator('places-map details[data-remember]');
    this.figure = page.getByRole('figure', { name: 'Places' });
    this.image = this.figure.getByRole('img', { name: /^Places of the events shown/ });
    this.showTable = this.figure.getByText('Show as table', { exact: true });
    this.table = this.figure.getByRole('table', { name: 'Places named by the events shown' });
    this.caption = this.figure.locator('figcaption');
  }

  /** Opens "Map of places", as a reader would, unless it is open already. */
  async open() {
    if ((await this.more.getAttribute('open')) === null)
      await this.more.getByText('Map of places', { exact: true }).click();
  }

  /**
   * The table as a reader sees it: each visible row's place (by its registry id, which the row carries) and
   * count, in order; use inside `expect.poll`.
   */
  async counts(): Promise<[string, number][]> {
    const rows = await this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') })
      .evaluateAll((elements) =>
        elements
          .filter((row) => (row as HTMLElement).checkVisibility())
          .map((row) => [(row as HTMLElement).dataset.place!, Number(row.lastElementChild!.textContent)] as const),
      );
    return rows.map(([id, count]) => [id, count]);
  }
}
