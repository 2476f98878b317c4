import { CHOSEN_ATTRIBUTE, DAY_ATTRIBUTE, dayAnchor, monthDayName, nextDayWithEvents } from './days.ts';

/**
 * `<on-this-day>` chooses a calendar day, today's by default (the reader's own calendar day), and shows
 * that day's events at the top of the page; the list by month and day below works without it. The
 * choice is two selects, month and day, shown only once the element runs.
 */
class OnThisDay extends HTMLElement {
  #controller: AbortController | undefined;
  /** The reader's calendar day, `12-03`. */
  #today = '';

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-choose]');
    const month = this.querySelector<HTMLSelectElement>('[data-month]');
    const day = this.querySelector<HTMLSelectElement>('[data-day]');
    if (!form || !month || !day) return;
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    const today = new Date();
    month.value = String(today.getMonth() + 1);
    this.#fillDays(month, day, today.getDate());
    // Today's own section, if it has events, is marked as the current date for good; a chosen day only while chosen.
    this.#today = `${month.value.padStart(2, '0')}-${day.value.padStart(2, '0')}`;
    this.querySelector(`[${DAY_ATTRIBUTE}="${this.#today}"]`)?.setAttribute('aria-current', 'date');
    form.hidden = false;
    month.addEventListener('change', () => this.#fillDays(month, day, Number(day.value)), { signal });
    form.addEventListener('change', () => this.#show(month, day), { signal });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    this.#show(month, day);
  }

  disconnectedCallback() {
    this.#controller?.abort();
  }

  /** The day select's options for the month chosen (29 February included), keeping `wanted` when it exists. */
  #fillDays(month: HTMLSelectElement, day: HTMLSelectElement, wanted: number) {
    const count = new Date(Date.UTC(2024, Number(month.value), 0)).getUTCDate();
    day.replaceChildren(
      ...Array.from({ length: count }, (_, index) => new Option(String(index + 1), String(index + 1))),
    );
    day.value = String(Math.min(wanted, count));
  }

  /** Shows the chosen day's events in the panel, and marks that day in the list below. */
  #show(month: HTMLSelectElement, day: HTMLSelectElement) {
    const panel = this.querySelector<HTMLElement>('[data-chosen]');
    if (!panel) return;
    const monthDay = `${month.value.padStart(2, '0')}-${day.value.padStart(2, '0')}`;
    const sections = [...this.querySelectorAll<HTMLElement>(`[${DAY_ATTRIBUTE}]`)];
    for (const section of sections) {
      section.toggleAttribute(CHOSEN_ATTRIBUTE, section.getAttribute(DAY_ATTRIBUTE) === monthDay);
    }
    const section = sections.find((element) => element.getAttribute(DAY_ATTRIBUTE) === monthDay);
    const heading = document.createElement('h2');
    heading.textContent = `${monthDay === this.#today ? 'Today, ' : ''}${monthDayName(monthDay)}`;
    const content: Node[] = [heading];
    const list = section?.querySelector('ol');
    if (list) {
      content.push(list.cloneNode(true));
    } else {
      const none = document.createElement('p');
      none.textContent = `No event in the record began on ${monthDayName(monthDay)}.`;
      content.push(none);
      const next = nextDayWithEvents(
        sections.map((element) => element.getAttribute(DAY_ATTRIBUTE)!),
        monthDay,
      );
      if (next) {
        const link = document.createElement('a');
        link.href = `#${dayAnchor(next)}`;
        link.textContent = monthDayName(next);
        const more = document.createElement('p');
        more.append('The next day with one: ', link, '.');
        content.push(more);
      }
    }
    panel.replaceChildren(...content);
    panel.hidden = false;
  }
}

customElements.get('on-this-day') || customElements.define('on-this-day', OnThisDay);
