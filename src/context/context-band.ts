import { SHOWN_EVENTS, type ShownEvents, type ShownEventsNotice } from '../filter/shown-events.ts';
import type { BandItem } from './band.ts';

/**
 * `<context-band>` keeps the band on the chart's axis: when the filter's years change, the chart's disclosure
 * opens or the frame's width changes, it redraws the band at the frame's width in pixels, as the chart draws
 * itself, so each mark stays under its year's bar. Its drawing code loads only when the band is in view.
 */
class ContextBandElement extends HTMLElement {
  #controller: AbortController | undefined;
  #resize: ResizeObserver | undefined;
  #items: BandItem[] = [];
  #years = { from: 0, to: 0 };
  #drawn = '';

  connectedCallback() {
    this.#items = JSON.parse(this.dataset.items ?? '[]') as BandItem[];
    // The filter may have reported before this element connected: its last notice is on the element.
    const filter = this.closest('timeline-filter') as (HTMLElement & { shown?: ShownEvents }) | null;
    this.#years = filter?.shown?.years ?? { from: Number(this.dataset.firstYear), to: Number(this.dataset.lastYear) };
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    document.addEventListener(SHOWN_EVENTS, this.#onShown as EventListener, { signal });
    this.closest('details')?.addEventListener('toggle', () => void this.#draw(), { signal });
    this.#resize = new ResizeObserver(() => void this.#draw());
    this.#resize.observe(this.#frame);
  }

  disconnectedCallback() {
    this.#controller?.abort();
    this.#resize?.disconnect();
  }

  get #frame(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-band-frame]')!;
  }

  #onShown = (event: ShownEventsNotice) => {
    this.#years = event.detail.years;
    void this.#draw();
  };

  async #draw() {
    const width = Math.round(this.#frame.clientWidth);
    if (width === 0) return;
    const { from, to } = this.#years;
    const key = `${from} ${to} ${width}`;
    if (key === this.#drawn) return;
    this.#drawn = key;
    const { bandSvg } = await import('./band.ts');
    this.#frame.innerHTML = bandSvg(this.#items, from, to, width);
  }
}

customElements.define('context-band', ContextBandElement);
