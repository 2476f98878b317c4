import { SHOWN_EVENT, type ShownEvent } from '../filter/attributes.ts';
import { saveFile } from '../site/save-file.ts';
import {
  chartSvg,
  countExchanges,
  countsCsvRows,
  describeYear,
  tableBodyHtml,
  yearAt,
  yearBand,
  type Counts,
} from './exchanges.ts';

/**
 * `<exchanges-chart>` redraws the server-drawn chart from the events the filter shows, fills its table
 * when it is opened, lets a reader inspect a year by pointer or keyboard, and downloads the chart and its
 * counts. Configured by `data-first-year` and `data-last-year`, so a filtered chart keeps the record's axis.
 */
class ExchangesChart extends HTMLElement {
  #counts: Counts | undefined;
  #events: ShownEvent['detail']['events'] | undefined;
  #controller: AbortController | undefined;
  #frame!: HTMLElement;
  #range!: HTMLInputElement;

  connectedCallback() {
    this.#frame = this.querySelector('[data-chart]')!;
    this.#range = this.querySelector('[data-inspect]')!;
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.closest('timeline-filter')?.addEventListener(SHOWN_EVENT, this.#onShown as EventListener, { signal });
    this.querySelector('[data-counts]')!.addEventListener('toggle', () => this.#fillTable(), { signal });
    this.#range.addEventListener('input', () => this.#inspect(Number(this.#range.value)), { signal });
    this.#frame.addEventListener('pointermove', this.#onPointer, { signal });
    this.addEventListener('click', this.#onClick, { signal });
  }

  disconnectedCallback() {
    this.#controller?.abort();
  }

  get #all(): Counts {
    const first = Number(this.dataset.firstYear);
    const last = Number(this.dataset.lastYear);
    // Until the filter reports, the chart shows what the build drew: the whole record.
    return (this.#counts ??= countExchanges(this.#events ?? [], first, last));
  }

  #onShown = (event: ShownEvent) => {
    this.#events = event.detail.events;
    this.#counts = undefined;
    const counts = this.#all;
    this.#frame.innerHTML = chartSvg(counts);
    const total = this.querySelector('[data-chart-total]');
    if (total) total.textContent = String(counts.total);
    this.#fillTable();
    if (this.#range.dataset.touched) this.#inspect(Number(this.#range.value));
  };

  /** The table is filled only while it is open: closed, it costs nothing. */
  #fillTable() {
    const details = this.querySelector<HTMLDetailsElement>('[data-counts]')!;
    if (!details.open || !this.#events) return;
    this.querySelector('[data-counts-body]')!.innerHTML = tableBodyHtml(this.#all);
  }

  #onPointer = (event: PointerEvent) => {
    if (!this.#events) return;
    const box = this.#frame.getBoundingClientRect();
    const year = yearAt(this.#all, (event.clientX - box.left) / box.width);
    if (String(year) !== this.#range.value) this.#range.value = String(year);
    this.#inspect(year);
  };

  /** Marks a year on the chart and says its counts. */
  #inspect(year: number) {
    this.#range.dataset.touched = '';
    const counts = this.#all;
    const description = describeYear(counts, year);
    this.querySelector('[data-readout]')!.textContent = description;
    // The slider says the same to a screen reader as it moves.
    this.#range.setAttribute('aria-valuetext', description);
    const svg = this.#frame.querySelector('svg')!;
    let mark = svg.querySelector<SVGRectElement>('.chart-focus');
    if (!mark) {
      mark = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      mark.setAttribute('class', 'chart-focus');
      mark.setAttribute('y', '0');
      mark.setAttribute('height', '100%');
      svg.prepend(mark);
    }
    const { x, width } = yearBand(counts, year);
    mark.setAttribute('x', String(x));
    mark.setAttribute('width', String(width));
  }

  #onClick = (event: MouseEvent) => {
    const kind = (event.target as Element).closest<HTMLButtonElement>('[data-download]')?.dataset.download;
    if (!kind) return;
    const counts = this.#all;
    if (kind === 'csv') void saveCsv(countsCsvRows(counts));
    else if (kind === 'svg') save(new Blob([chartSvg(counts, { standalone: true })], { type: 'image/svg+xml' }), 'svg');
    else void savePng(chartSvg(counts, { standalone: true }));
  };
}

/** Offers a file to download, named for the chart and what it holds. */
const save = (blob: Blob, extension: string) => saveFile(blob, `exchanges-per-year.${extension}`);

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
