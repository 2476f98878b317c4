import { SHOWN_EVENTS, type ShownEventsNotice } from '../filter/shown-events.ts';

/** The URL parameter that shows context on the timeline: `?context=1`. */
const PARAM = 'context';

/**
 * `<timeline-context>` shows or hides the world events set between the timeline's events, as its checkbox and
 * the address (`?context=1`) say. Context items are never timeline items: the filter neither counts nor
 * filters them, and a year holding only context shows while it lies within the years of the events shown.
 */
class TimelineContext extends HTMLElement {
  #controller: AbortController | undefined;
  #filter: HTMLElement | null = null;
  #box!: HTMLInputElement;

  connectedCallback() {
    this.#filter = this.closest('timeline-filter');
    this.#box = this.querySelector('input[type="checkbox"]')!;
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.#box.addEventListener('change', () => this.#set(this.#box.checked, true), { signal });
    window.addEventListener('popstate', () => this.#set(this.#fromUrl(), false), { signal });
    this.#filter?.addEventListener(SHOWN_EVENTS, this.#onShown as EventListener, { signal });
    this.#set(this.#fromUrl(), false);
  }

  disconnectedCallback() {
    this.#controller?.abort();
  }

  #fromUrl() {
    return new URLSearchParams(location.search).get(PARAM) === '1';
  }

  /** Shows or hides the context items, and (for a reader's change) records the choice in the address. */
  #set(show: boolean, record: boolean) {
    if (this.#box.checked !== show) this.#box.checked = show;
    this.#filter?.toggleAttribute('data-show-context', show);
    if (!record) return;
    const params = new URLSearchParams(location.search);
    if (show) params.set(PARAM, '1');
    else params.delete(PARAM);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  /** A year of context alone shows while it lies between the first and last years of the events shown. */
  #onShown = (event: ShownEventsNotice) => {
    const { events } = event.detail;
    let first = Infinity;
    let last = -Infinity;
    for (const { start, end } of events) {
      if (start < first) first = start;
      if (end > last) last = end;
    }
    for (const section of this.#filter?.querySelectorAll<HTMLElement>('[data-context-year]') ?? []) {
      const year = Number(section.dataset.contextYear);
      const hidden = !(year >= first && year <= last);
      if (section.hidden !== hidden) section.hidden = hidden;
    }
  };
}

customElements.define('timeline-context', TimelineContext);
