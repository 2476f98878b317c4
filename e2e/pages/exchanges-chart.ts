import type { Locator, Page } from '@playwright/test';

/** One count of the table: the year, direction group and level tier its cell names, and its number. */
export interface Cell {
  year: number;
  direction: string;
  level: string;
  count: number;
}

/**
 * The chart of exchanges per year on the timeline, with its table and downloads: one step away, in the
 * "Chart and downloads" disclosure above the list.
 */
export class ExchangesChart {
  /** The disclosure that holds the chart. */
  readonly more: Locator;
  readonly figure: Locator;
  readonly image: Locator;
  readonly showTable: Locator;
  readonly table: Locator;
  readonly inspectYear: Locator;
  /** What the inspector says of the year it shows. */
  readonly readout: Locator;
  /** "Show the 3 events of 2025": the link that narrows the timeline to the inspected year. */
  readonly yearLink: Locator;

  constructor(readonly page: Page) {
    this.more = page.getByRole('group').filter({ has: page.getByText('Chart and downloads', { exact: true }) });
    this.figure = page.getByRole('figure', { name: 'Exchanges per year' });
    this.image = this.figure.getByRole('img', { name: 'Exchanges per year, by direction and level' });
    this.showTable = this.figure.getByText('Show as table', { exact: true });
    this.table = this.figure.getByRole('table', { name: 'Events per year, by direction and level' });
    this.inspectYear = this.figure.getByRole('slider', { name: 'Inspect a year' });
    this.readout = this.figure.getByText(/^\d{4}: [\d,]+ events?/);
    this.yearLink = this.figure.getByRole('link', { name: /^(Show the \d+ events? of \d{4}|No events in \d{4})$/ });
  }

  /** Opens "Chart and downloads", as a reader does to see the chart. */
  async open() {
    if ((await this.more.getAttribute('open')) === null) await this.more.getByText('Chart and downloads').click();
  }

  download(format: 'SVG' | 'PNG' | 'CSV') {
    return this.figure.getByRole('button', { name: format, exact: true });
  }

  /** Every non-zero count in the table, read from the cells' `data-*` attributes; use inside `expect.poll`. */
  async counts(): Promise<Cell[]> {
    const cells = await this.table
      .getByRole('cell')
      .evaluateAll((elements) =>
        elements
          .map((element) => ({ data: { ...(element as HTMLElement).dataset }, text: element.textContent ?? '' }))
          .filter(({ data }) => data.direction !== undefined),
      );
    return cells
      .map(({ data, text }) => ({
        year: Number(data.year),
        direction: data.direction!,
        level: data.level!,
        count: Number(text),
      }))
      .filter((cell) => cell.count > 0);
  }
}
