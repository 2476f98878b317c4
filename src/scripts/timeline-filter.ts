import {
  activeCount,
  criteriaFromParams,
  criteriaToParams,
  emptyCriteria,
  evaluate,
  FACETS,
  foldText,
  hidingRule,
  type Criteria,
  type Facet,
  type Filterable,
  type Vocabulary,
} from '../lib/filter.ts';

/** How long typing must pause before the status line is rewritten, so screen readers are not flooded. */
const ANNOUNCE_DELAY = 600;

/**
 * `<timeline-filter>` enhances the server-rendered timeline. It reveals the filter form, then only shows and
 * hides the items already on the page: it never re-renders the list. The URL holds the state, so a view can
 * be shared and Back steps through changes. Without JavaScript the whole timeline shows and no control does.
 */
class TimelineFilter extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #items: HTMLElement[] = [];
  #events: Filterable[] = [];
  /** Holds the one rule that hides what does not match (see `hidingRule`). */
  #sheet = new CSSStyleSheet();
  #rule = '';
  #vocabulary!: Vocabulary;
  #options = new Map<string, { input: HTMLInputElement; count: HTMLElement; item: HTMLElement }>();
  /** Each year's section, its link in the years menu, and for each item the index of its section. */
  #years: { section: HTMLElement; link: HTMLElement | undefined; shown: boolean }[] = [];
  #yearOf: number[] = [];
  #order: Criteria['order'] = 'oldest';
  #announce = 0;
  #activeCount!: HTMLElement;
  #empty!: HTMLElement;
  #chips!: HTMLElement;
  /** The URL change waiting to be written once the list has been updated. */
  #pendingUrl: { criteria: Criteria; mode: 'push' | 'replace'; state: { typing: boolean } } | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return; // An empty timeline has nothing to filter.
    this.#form = form;
    this.#status = this.querySelector('[role="status"]')!;
    this.#activeCount = this.querySelector('[data-active-count]')!;
    this.#empty = this.querySelector('[data-empty]')!;
    this.#chips = this.querySelector('[data-chips]')!;
    this.#items = [...this.querySelectorAll<HTMLElement>('li[data-event-id]')];
    this.#events = this.#items.map((item) => {
      const {
        type = '',
        direction = '',
        level = '',
        start = '0',
        end = start,
        people = '',
        search = '',
      } = item.dataset;
      return {
        type,
        direction,
        level,
        start: Number(start),
        end: Number(end),
        people: people ? people.split(' ') : [],
        text: search,
      };
    });
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    const sections = [...this.querySelectorAll<HTMLElement>('section[data-year]')];
    this.#years = sections.map((section) => ({
      section,
      link: this.querySelector<HTMLElement>(`a[href="#year-${section.dataset.year}"]`)?.parentElement ?? undefined,
      shown: true,
    }));
    const sectionIndex = new Map(sections.map((section, index) => [section, index]));
    this.#yearOf = this.#items.map((item) => sectionIndex.get(item.closest('section')!)!);
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const item = input.closest('li')!;
      this.#options.set(`${input.name}=${input.value}`, { input, count: item.querySelector('.count')!, item });
    }
    const years = [...this.#form.querySelectorAll<HTMLOptionElement>('select[name="from"] option[value]')]
      .map((option) => Number(option.value))
      .filter(Boolean);
    this.#vocabulary = {
      facets: Object.fromEntries(
        FACETS.map((facet) => [
          facet,
          new Set(
            [...this.#options.values()].filter(({ input }) => input.name === facet).map(({ input }) => input.value),
          ),
        ]),
      ) as unknown as Vocabulary['facets'],
      firstYear: Math.min(...years),
      lastYear: Math.max(...years),
    };

    // Listen on the element, not the form: the order control sits by the results but belongs to the form.
    this.addEventListener('input', this.#onInput);
    this.addEventListener('change', this.#onChange);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commitTyping();
    });
    this.addEventListener('click', this.#onClick);
    window.addEventListener('popstate', () => {
      this.#pendingUrl = undefined;
      this.#show(this.#fromLocation(), 'none');
    });

    const criteria = this.#fromLocation();
    this.#fill(criteria);
    this.#apply(criteria);
    this.#writeUrl(criteria, 'replace');
    this.#flushUrl();
    this.#form.hidden = false;
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-enhanced]')) hidden.hidden = false;
    this.toggleAttribute('data-ready', true);
    performance.mark('timeline-filter-ready'); // read by `npm run bench`
    this.#jumpToTarget();
  }

  #fromLocation(): Criteria {
    return criteriaFromParams(new URLSearchParams(location.search), this.#vocabulary);
  }

  /** Reads the form as a GET submission would, then keeps only what the vocabulary knows. */
  #read(): Criteria {
    const entries = [...new FormData(this.#form)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    );
    return criteriaFromParams(new URLSearchParams(entries), this.#vocabulary);
  }

  #fill(criteria: Criteria) {
    const field = (name: string) => this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field('q').value = criteria.q;
    field('from').value = criteria.from === undefined ? '' : String(criteria.from);
    field('to').value = criteria.to === undefined ? '' : String(criteria.to);
    field('order').value = criteria.order === 'newest' ? 'newest' : '';
    for (const { input } of this.#options.values()) {
      input.checked = criteria[input.name as Facet].includes(input.value);
    }
  }

  // Typing filters at once, but a run of keystrokes makes one history entry and one announcement.
  #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'q') {
      const criteria = this.#read();
      this.#apply(criteria, { announce: 'later' });
      const typing = this.#pendingUrl ? this.#pendingUrl.state.typing : history.state?.typing;
      this.#writeUrl(criteria, typing ? 'replace' : 'push', { typing: true });
    } else if (target.matches('[data-person-finder]')) {
      this.#narrowPeople(target.value);
    }
  };

  #onChange = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'q') return this.#commitTyping();
    if (!target.name) return;
    this.#show(this.#read(), 'push');
  };

  #onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[type="button"]');
    if (!button) return;
    if (button.dataset.remove) this.#removeChip(button);
    else if (button.hasAttribute('data-clear')) this.#clear();
    else if (button.hasAttribute('data-toggle-panel')) this.#togglePanel(button);
  };

  /** Ends a run of typing, so the next keystroke starts a new history entry. */
  #commitTyping() {
    this.#flushUrl();
    if (history.state?.typing) history.replaceState({ typing: false }, '');
    this.#announceNow();
  }

  /** Applies criteria to the form, the list and (unless `none`) the URL. */
  #show(criteria: Criteria, history: 'push' | 'replace' | 'none') {
    this.#fill(criteria);
    this.#apply(criteria);
    if (history !== 'none') this.#writeUrl(criteria, history);
  }

  /**
   * Queues the URL for `criteria`; it is written just after the list updates, since writing history makes
   * the browser lay the page out first. Changes made before then merge into one write (a push wins).
   */
  #writeUrl(criteria: Criteria, mode: 'push' | 'replace', state: { typing: boolean } = { typing: false }) {
    const pending = this.#pendingUrl;
    if (pending) mode = pending.mode === 'push' ? 'push' : mode;
    else setTimeout(() => this.#flushUrl());
    this.#pendingUrl = { criteria, mode, state };
  }

  #flushUrl() {
    const pending = this.#pendingUrl;
    if (!pending) return;
    this.#pendingUrl = undefined;
    const query = criteriaToParams(pending.criteria).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (pending.mode === 'push' && url !== `${location.pathname}${location.search}${location.hash}`) {
      history.pushState(pending.state, '', url);
    } else {
      history.replaceState(pending.state, '', url);
    }
  }

  #removeChip(button: HTMLButtonElement) {
    const chips = [...this.querySelectorAll<HTMLButtonElement>('[data-remove]')];
    const index = chips.indexOf(button);
    const [key, value = ''] = button.dataset.remove!.split('=');
    const criteria = this.#read();
    if (key === 'q') criteria.q = '';
    else if (key === 'from' || key === 'to') criteria[key] = undefined;
    else criteria[key as Facet] = criteria[key as Facet].filter((chosen) => chosen !== value);
    this.#show(criteria, 'push');
    // The removed chip is gone: keep focus among the chips, or on the search box when none is left.
    const rest = [...this.querySelectorAll<HTMLButtonElement>('[data-remove]')];
    (rest[Math.min(index, rest.length - 1)] ?? (this.#form.elements.namedItem('q') as HTMLInputElement)).focus();
  }

  #clear() {
    const criteria = { ...emptyCriteria(), order: this.#read().order };
    this.#show(criteria, 'push');
    (this.#form.elements.namedItem('q') as HTMLInputElement).focus();
  }

  #togglePanel(button: HTMLButtonElement) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.getElementById(button.getAttribute('aria-controls')!)?.toggleAttribute('data-open', open);
  }

  /** Shows the people whose names (in any spelling the page carries) contain what was typed. */
  #narrowPeople(text: string) {
    const words = foldText(text).split(' ').filter(Boolean);
    for (const { input, item } of this.#options.values()) {
      if (input.name !== 'person') continue;
      const names = item.dataset.names ?? '';
      item.hidden = !input.checked && !words.every((word) => names.includes(word));
    }
  }

  /** Shows the matching items, hides the rest, and updates counts, chips and the status line. */
  #apply(criteria: Criteria, { announce = 'now' }: { announce?: 'now' | 'later' } = {}) {
    const { visible, shown, counts } = evaluate(this.#events, criteria);
    // The items are hidden by a style rule rather than one by one: with thousands, touching each is most of the cost.
    const rule = hidingRule(criteria, this.#vocabulary);
    if (rule !== this.#rule) this.#sheet.replaceSync((this.#rule = rule));
    this.#order = this.#reorder(criteria.order);
    const perYear = this.#years.map(() => 0);
    for (let index = 0; index < visible.length; index++) if (visible[index]) perYear[this.#yearOf[index]!]!++;
    this.#years.forEach((year, index) => {
      const shown = perYear[index]! > 0;
      if (year.shown === shown) return;
      year.shown = shown;
      year.section.hidden = !shown;
      if (year.link) year.link.hidden = !shown;
    });
    for (const [key, { count, item }] of this.#options) {
      const [facet, value] = key.split('=') as [Facet, string];
      const number = String(counts[facet].get(value) ?? 0);
      // Changing the text node's data, rather than replacing the node, is the cheapest update the DOM has.
      const text = count.firstChild as Text | null;
      if (!text) count.textContent = number;
      else if (text.data !== number) text.data = number;
      if (item.hasAttribute('data-none') !== (number === '0')) item.toggleAttribute('data-none', number === '0');
    }
    this.#renderChips(criteria);
    const active = activeCount(criteria);
    const activeText = active ? ` (${active})` : '';
    if (this.#activeCount.textContent !== activeText) this.#activeCount.textContent = activeText;
    if (this.#empty.hidden !== shown > 0) this.#empty.hidden = shown > 0;
    const total = this.#items.length;
    const message =
      shown === 0
        ? `No events match these filters. ${total} in all.`
        : shown === total
          ? `Showing all ${total} events.`
          : `Showing ${shown} of ${total} events.`;
    clearTimeout(this.#announce);
    if (announce === 'now') this.#status.textContent = message;
    else this.#announce = window.setTimeout(() => (this.#status.textContent = message), ANNOUNCE_DELAY);
    this.#pendingMessage = message;
  }

  #pendingMessage = '';

  #announceNow() {
    clearTimeout(this.#announce);
    if (this.#pendingMessage) this.#status.textContent = this.#pendingMessage;
  }

  /** Newest first reverses the items in place: the same nodes, moved, so nothing is rendered again. */
  #reorder(order: Criteria['order']): Criteria['order'] {
    if (order === this.#order) return order;
    for (const list of this.querySelectorAll('[data-reversible]')) list.append(...[...list.children].reverse());
    return order;
  }

  #renderChips(criteria: Criteria) {
    const list = this.#chips;
    const chips: { key: string; label: string }[] = [];
    if (criteria.q.trim()) chips.push({ key: 'q', label: `Search: “${criteria.q.trim()}”` });
    for (const facet of FACETS) {
      const legend = this.#form.querySelector(`[data-facet="${facet}"] legend`)?.textContent?.trim() ?? facet;
      for (const value of criteria[facet]) {
        const name = this.#options.get(`${facet}=${value}`)?.input.dataset.label ?? value;
        chips.push({ key: `${facet}=${value}`, label: `${legend}: ${name}` });
      }
    }
    if (criteria.from !== undefined) chips.push({ key: 'from', label: `From ${criteria.from}` });
    if (criteria.to !== undefined) chips.push({ key: 'to', label: `To ${criteria.to}` });
    const signature = chips.map(({ key, label }) => `${key}\u0000${label}`).join('\u0001');
    if (list.dataset.signature === signature) return;
    list.dataset.signature = signature;
    list.replaceChildren(
      ...chips.map(({ key, label }) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.dataset.remove = key;
        button.setAttribute('aria-label', `Remove filter ${label}`);
        button.innerHTML = '<span aria-hidden="true">×</span>';
        button.prepend(label, ' ');
        item.append(button);
        return item;
      }),
    );
    list.closest<HTMLElement>('[data-active]')!.hidden = chips.length === 0;
  }

  /**
   * A link to `/#event-id` lands on its event. Items off screen are not rendered (content-visibility), so
   * their heights are estimates until they are seen; the scroll is repeated until the target stays put.
   */
  #jumpToTarget() {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target?.matches('li[data-event-id]') || !target.checkVisibility()) return;
    let frames = 0;
    let last = NaN;
    const settle = () => {
      target.scrollIntoView({ behavior: 'instant' });
      const top = target.getBoundingClientRect().top;
      if (top !== last && ++frames < 10) requestAnimationFrame(settle);
      last = top;
    };
    settle();
  }
}

customElements.define('timeline-filter', TimelineFilter);
