import { criteriaFromParams, criteriaToParams, matches, type Criteria } from '../lib/filter.ts';

/**
 * `<timeline-filter>` enhances the server-rendered timeline: it reveals the filter form, hides the events
 * and years that do not match, says how many remain, and keeps the filter in the URL so a filtered view
 * can be shared. Without JavaScript the whole timeline simply shows.
 */
class TimelineFilter extends HTMLElement {
  // An empty timeline renders no form; connectedCallback then leaves the page alone.
  #form = this.querySelector('form')!;
  #status = this.querySelector<HTMLElement>('[role="status"]')!;
  #items = [...this.querySelectorAll<HTMLElement>('li[data-event-id]')];
  #years = [...this.querySelectorAll<HTMLElement>('section[data-year]')];

  connectedCallback() {
    if (!this.#form) return;
    this.#fill(criteriaFromParams(new URLSearchParams(location.search)));
    this.#form.hidden = false;
    this.#status.hidden = false;
    this.#form.addEventListener('input', () => this.#update());
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    // A reset clears the fields after its event, so the update waits a turn.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#update()));
    this.#apply(this.#read());
  }

  #fill(criteria: Criteria) {
    for (const [name, value] of Object.entries(criteria)) {
      const field = this.#form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
    }
  }

  #read(): Criteria {
    const fields = [...new FormData(this.#form)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    );
    return criteriaFromParams(new URLSearchParams(fields));
  }

  #update() {
    const criteria = this.#read();
    const query = criteriaToParams(criteria).toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.#apply(criteria);
  }

  #apply(criteria: Criteria) {
    let shown = 0;
    for (const item of this.#items) {
      const { type = '', direction = '', level = '', year = '0', search = '' } = item.dataset;
      item.hidden = !matches({ type, direction, level, year: Number(year), text: search }, criteria);
      if (!item.hidden) shown++;
    }
    for (const section of this.#years) {
      section.hidden = !section.querySelector('li[data-event-id]:not([hidden])');
      const link = this.querySelector<HTMLElement>(`a[href="#year-${section.dataset.year}"]`);
      if (link?.parentElement) link.parentElement.hidden = section.hidden;
    }
    const total = this.#items.length;
    this.#status.textContent =
      shown === 0
        ? 'No events match these filters.'
        : shown === total
          ? `Showing all ${total} events.`
          : `Showing ${shown} of ${total} events.`;
  }
}

customElements.define('timeline-filter', TimelineFilter);
