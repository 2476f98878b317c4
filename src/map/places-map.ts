import { SHOWN_EVENTS, type ShownEventsNotice } from '../filter/shown-events.ts';
import { rememberOpen } from '../site/remember.ts';
import type { MapUpdater } from './map-update.ts';

/**
 * `<places-map>` follows the filter as the chart does: on every "events shown" notice it redraws the map from
 * the ids of the events shown. Its work (`map-update.ts`) loads with the first notice, which comes after the
 * list has painted, so the map adds nothing to the script the page waits for.
 */
class PlacesMap extends HTMLElement {
  #controller: AbortController | undefined;
  #updater: MapUpdater | undefined;
  /** The latest notice's ids, while the updater is still loading. */
  #waiting: readonly string[] | undefined;

  connectedCallback() {
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.closest('timeline-filter')?.addEventListener(SHOWN_EVENTS, this.#onShown as EventListener, { signal });
    const details = this.querySelector<HTMLDetailsElement>('details[data-remember]');
    if (details) rememberOpen(details, signal);
  }

  disconnectedCallback() {
    this.#controller?.abort();
  }

  #onShown = (event: ShownEventsNotice) => {
    if (this.#updater) return this.#updater.update(event.detail.ids);
    const loading = this.#waiting !== undefined;
    this.#waiting = event.detail.ids;
    if (loading) return;
    void import('./map-update.ts').then(({ MapUpdater }) => {
      this.#updater = new MapUpdater(this);
      this.#updater.update(this.#waiting!);
    });
  };
}

customElements.define('places-map', PlacesMap);
