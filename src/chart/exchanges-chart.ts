import { chartText } from '../i18n/index.ts';
import { SHOWN_EVENTS, type ShownEvents, type ShownEventsNotice } from '../filter/shown-events.ts';
import { rememberOpen } from '../site/remember.ts';
import { countYears, stripHtml, stripYearAt, totalOf } from './strip.ts';

/** The full chart's drawing code, loaded the first time the reader opens it. */
type Drawing = typeof import('./exchanges.ts');
type Counts = import('./exchanges.ts').Counts;

/**
 * `<exchanges-chart>` follows the timeline filter (its "shown" notice, see `shown-events.ts`): it redraws the
 * strip on every change and, while its disclosure is open, the full chart, on the years the reader chose;
 * lets a reader inspect a year by pointer or keyboard; turns a choice of year (a bar, or the inspector's
 * link) into the timeline's year filter, a link like any other; fills its table when opened; and downloads
 * the chart and its counts. The full chart's code loads only when the chart is opened. Configured by
 * `data-first-year` and `data-last-year`, the record's years.
 */
class ExchangesChart extends HTMLElement {
  #drawing: Drawing | undefined;
  #counts: Counts | undefined;
  #shown: ShownEvents | undefined;
  /** The year the reader inspected; until they choose one, the inspector follows the latest year shown. */
  #chosen: number | undefined;
  /** The width the full chart was last drawn at, in CSS pixels (one viewBox unit each). */
  #width = 0;
  #controller: AbortController | undefined;
  #more!: HTMLDetailsElement;
  #strip!: HTMLElement;
  #frame!: HTMLElement;
  #range!: HTMLInputElement;
  #link!: HTMLAnchorElement;

  connectedCallback() {
    this.#more = this.querySelector('details[data-remember]')!;
    this.#strip = this.querySelector('[data-strip]')!;
    this.#frame = this.querySelector('[data-chart]')!;
    this.#range = this.querySelector('[data-inspect]')!;
    this.#link = this.querySelector('[data-year-link]')!;
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    const filter = this.closest('timeline-filter') as (HTMLElement & { shown?: ShownEvents }) | null;
    filter?.addEventListener(SHOWN_EVENTS, this.#onShown as EventListener, { signal });
    if (filter?.shown) this.#follow(filter.shown);
    rememberOpen(this.#more, signal);
    this.#more.addEventListener('toggle', () => void this.#drawChart(), { signal });
    this.querySelector('[data-counts]')!.addEventListener('toggle', () => this.#fillTable(), { signal });
    this.#range.addEventListener('input', () => this.#inspect(Number(this.#range.value), true), { signal });
    this.#frame.addEventListener('pointermove', this.#onPointer, { signal });
    this.#frame.addEventListener('click', this.#onChartClick, { signal });
    this.#strip.addEventListener('click', this.#onStripClick, { signal });
    this.addEventListener('click', this.#onDownload, { signal });
    // Drawn one unit to a CSS pixel, the chart is redrawn when its frame changes width.
    const resize = new ResizeObserver(() => void this.#drawChart());
    resize.observe(this.#frame);
    signal.addEventListener('abort', () => resize.disconnect());
  }

  disconnectedCallback() {
    this.#controller?.abort();
  }

  /** The years the chart shows: those the reader chose, or the record's until the filter reports. */
  get #years() {
    return this.#shown?.years ?? { from: Number(this.dataset.firstYear), to: Number(this.dataset.lastYear) };
  }

  #onShown = (event: ShownEventsNotice) => this.#follow(event.detail);

  #follow(shown: ShownEvents) {
    this.#shown = shown;
    this.#counts = undefined;
    const { from, to } = this.#years;
    const years = countYears(shown.events, from, to);
    this.#strip.innerHTML = stripHtml(years);
    this.#strip.setAttribute('aria-label', chartText.stripSummary(totalOf(years), from, to));
    this.#range.min = String(from);
    this.#range.max = String(to);
    if (this.#chosen !== undefined && (this.#chosen < from || this.#chosen > to)) this.#chosen = undefined;
    this.#width = 0;
    void this.#drawChart();
  }

  /** The full chart's counts of the events shown, once its code has loaded. */
  #all(drawing: Drawing): Counts {
    const { from, to } = this.#years;
    return (this.#counts ??= drawing.countExchanges(this.#shown?.events ?? [], from, to));
  }

  /**
   * Draws the full chart at its frame's width, only while the disclosure is open (closed, it costs nothing),
   * loading its code the first time.
   */
  async #drawChart() {
    if (!this.#more.open || !this.#shown) return;
    const drawing = (this.#drawing ??= await import('./exchanges.ts'));
    const width = Math.round(this.#frame.clientWidth);
    if (width === 0 || !this.#more.open) return;
    const counts = this.#all(drawing);
    if (width !== this.#width) {
      this.#width = width;
      this.#frame.innerHTML = drawing.chartSvg(counts, { width });
      const total = this.querySelector('[data-chart-total]');
      if (total) total.textContent = String(counts.total);
    }
    this.#fillTable();
    this.#inspect(this.#chosen ?? drawing.latestYear(counts) ?? counts.lastYear, false);
  }

  /** The table is filled only while it is open. */
  #fillTable() {
    const details = this.querySelector<HTMLDetailsElement>('[data-counts]')!;
    if (!details.open || !this.#shown || !this.#drawing) return;
    this.querySelector('[data-counts-body]')!.innerHTML = this.#drawing.tableBodyHtml(this.#all(this.#drawing));
  }

  #onPointer = (event: PointerEvent) => {
    const year = this.#yearUnder(event);
    if (year !== undefined) this.#inspect(year, true);
  };

  #yearUnder(event: MouseEvent): number | undefined {
    if (!this.#drawing || this.#width === 0) return undefined;
    const box = this.#frame.getBoundingClientRect();
    return this.#drawing.yearAt(this.#all(this.#drawing), (event.clientX - box.left) / box.width, this.#width);
  }

  /** A bar chooses its year for the timeline, through the inspector's link: the same link a keyboard follows. */
  #onChartClick = (event: MouseEvent) => {
    const year = this.#yearUnder(event);
    if (year === undefined) return;
    this.#inspect(year, true);
    this.#link.click();
  };

  #onStripClick = (event: MouseEvent) => {
    if (!this.#shown) return;
    const box = this.#strip.getBoundingClientRect();
    const { from, to } = this.#years;
    const year = stripYearAt(countYears([], from, to), (event.clientX - box.left) / box.width);
    this.#pointLink(year, undefined);
    this.#link.click();
  };

  /** Marks a year on the chart, says its counts, and points the year link at it. */
  #inspect(year: number, byReader: boolean) {
    if (byReader) this.#chosen = year;
    if (this.#range.value !== String(year)) this.#range.value = String(year);
    if (!this.#drawing) return;
    const counts = this.#all(this.#drawing);
    const description = this.#drawing.describeYear(counts, year);
    this.querySelector('[data-readout]')!.textContent = description;
    // The slider says the same to a screen reader as it moves.
    this.#range.setAttribute('aria-valuetext', description);
    this.#pointLink(year, this.#drawing.yearTotal(counts, year));
    const svg = this.#frame.querySelector('svg');
    if (!svg || this.#width === 0) return;
    let mark = svg.querySelector<SVGRectElement>('.chart-focus');
    if (!mark) {
      mark = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      mark.setAttribute('class', 'chart-focus');
      mark.setAttribute('y', '0');
      mark.setAttribute('height', '100%');
      svg.prepend(mark);
    }
    const band = this.#drawing.yearBand(counts, year, this.#width);
    mark.setAttribute('x', String(band.x));
    mark.setAttribute('width', String(band.width));
  }

  /** Points the year link at the timeline's current view narrowed to `year` (and names its count, if known). */
  #pointLink(year: number, total: number | undefined) {
    const params = new URLSearchParams(this.#shown?.query ?? '');
    params.set('from', String(year));
    params.set('to', String(year));
    // A path, not a full address: the same form the build writes, whatever the site's host.
    this.#link.setAttribute('href', `${this.#link.pathname}?${params}`);
    if (total !== undefined) this.#link.textContent = chartText.showYear(year, total);
  }

  #onDownload = (event: MouseEvent) => {
    const kind = (event.target as Element).closest<HTMLButtonElement>('[data-download]')?.dataset.download;
    if (!kind || !this.#drawing) return;
    const { chartSvg, countsCsvRows } = this.#drawing;
    const counts = this.#all(this.#drawing);
    if (kind === 'csv') void saveCsv(countsCsvRows(counts));
    else if (kind === 'svg') save(new Blob([chartSvg(counts, { standalone: true })], { type: 'image/svg+xml' }), 'svg');
    else void savePng(chartSvg(counts, { standalone: true }));
  };
}

/** Offers a file to download, named for the chart and what it holds. */
const save = async (blob: Blob, extension: string) =>
  (await import('../site/save-file.ts')).saveFile(blob, `exchanges-per-year.${extension}`);

/** Saves rows as CSV (RFC 4180), loading the writer only when asked. */
async function saveCsv(rows: string[][]) {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  save(new Blob([stringify(rows, { record_delimiter: '\r\n' })], { type: 'text/csv;charset=utf-8' }), 'csv');
}

/** Draws the standalone SVG (twice its viewBox, so text stays sharp) on a canvas and saves it as PNG. */
async function savePng(svg: string) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) save(png, 'png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

customElements.define('exchanges-chart', ExchangesChart);
