import type { Locator, Page } from '@playwright/test';

/** One count of the table: the year, direction group and level tier its cell names, and its number. */
export interface Cell {
  year: number;
  direction: string;
  level: string;
  count: number;
}

/** The chart of exchanges per year on the timeline, with its table and downloads. */
export class ExchangesChart {
  readonly figure: Locator;
  readonly image: Locator;
  readonly showTable: Locator;
  readonly table: Locator;
  readonly inspectYear: Locator;

  constructor(readonly page: Page) {
    this.figure = page.getByRole('figure', { name: 'Exchanges per year' });
    this.image = this.figure.getByRole('img', { name: 'Exchanges per year, by direction and level' });
    this.showTable = this.figure.getByText('Show as table', { exact: true });
    this.table = this.figure.getByRole('table', { name: 'Events per year, by direction and level' });
    this.inspectYear = this.figure.getByRole('slider', { name: 'Inspect a year' });
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
