import { filterText } from '../i18n/index.ts';
import { foldText } from '../text/fold.ts';
import { addSearchText, completeSearchText, ITEM_SELECTOR, readEvent, readVocabulary } from './attributes.ts';
import type { FullText } from './full-text.ts';
import { FACETS, isListFacet, type Facet, type Filterable, type Vocabulary } from './model.ts';
import {
  activeCount,
  criteriaFromParams,
  criteriaToParams,
  emptyCriteria,
  evaluate,
  hidingRule,
  type Criteria,
} from './rules.ts';
import { shownEventsNotice, type ShownEvents } from './shown-events.ts';

/** How long typing must pause before the status line is rewritten, so screen readers are not flooded. */
const ANNOUNCE_DELAY = 600;

/** A checkbox of the form, with the count beside it and the list item holding both. */
interface Option {
  facet: Facet;
  value: string;
  input: HTMLInputElement;
  count: Text;
  item: HTMLElement;
}

/**
 * `<timeline-filter>` enhances the server-rendered timeline. It only shows and hides the items already on
 * the page, by one style rule: it never re-renders the list. The URL holds the state, so a view can be
 * shared and Back steps through changes. Without JavaScript the whole timeline shows and no control does.
 *
 * It is configured by attributes on itself (what each facet may hold and the years: see `attributes.ts`),
 * reads each event from its item's attributes, and stamps the markup it adds (chips, the empty state) from
 * the `<template>`s its component renders.
 */
class TimelineFilter extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #items: HTMLElement[] = [];
  /** What the filter knows of each item, read from its attributes when first needed (see `#readItems`). */
  #events: Filterable[] | undefined;
  /** Whether each item's search text has been completed with the text it shows (see `completeSearchText`). */
  #searchReady = false;
  /** The entries' full text (their accounts), fetched the first time the reader searches. */
  #fullText: 'not loaded' | 'loading' | 'loaded' | 'failed' = 'not loaded';
  /** The last notice of the events shown, for followers that connect later (see `shown-events.ts`). */
  shown: ShownEvents | undefined;
  /** Holds the one rule that hides what does not match (see `hidingRule`). */
  #sheet = new CSSStyleSheet();
  #rule = '';
  #vocabulary!: Vocabulary;
  #options: Option[] = [];
  #optionsByKey = new Map<string, Option>();
  /** Each year's section and its link in the years menu, and for each item the index of its section. */
  #years: { section: HTMLElement; link: HTMLElement | undefined; shown: boolean }[] = [];
  #yearOf: Uint32Array = new Uint32Array();
  #order: Criteria['order'] = 'oldest';
  #announceTimer = 0;
  #countTimer = 0;
  #message = '';
  /** Whether each item is shown under the current criteria; undefined until the first change: all are. */
  #visible: boolean[] | undefined;
  #activeCount!: HTMLElement;
  #empty: HTMLElement | undefined;
  #chips!: HTMLElement;
  #chipSignature = '';
  /** The URL change waiting to be written once the list has been updated. */
  #pendingUrl: { criteria: Criteria; mode: 'push' | 'replace'; state: { typing: boolean } } | undefined;
  #controller: AbortController | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return; // An empty timeline has nothing to filter.
    this.#form = form;
    this.#vocabulary = readVocabulary(this);
    this.#status = this.querySelector('[data-status]')!;
    this.#activeCount = this.querySelector('[data-active-count]')!;
    this.#chips = this.querySelector('[data-chips]')!;
    this.#items = [...this.querySelectorAll<HTMLElement>(ITEM_SELECTOR)];
    this.#events = undefined;
    this.#visible = undefined;
    this.#searchReady = false;
    this.#fullText = 'not loaded';
    if (!document.adoptedStyleSheets.includes(this.#sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    }
    const sections = [...this.querySelectorAll<HTMLElement>('section[data-year]')];
    this.#years = sections.map((section) => ({
      section,
      link: this.querySelector<HTMLElement>(`a[href="#year-${section.dataset.year}"]`)?.parentElement ?? undefined,
      shown: !section.hidden,
    }));
    this.#options = [...form.querySelectorAll<HTMLInputElement>('[data-facet] input[type="checkbox"]')].map((input) => {
      const item = input.closest('li')!;
      const count = item.querySelector('.count')!;
      if (!count.firstChild) count.append('');
      return { facet: input.name as Facet, value: input.value, input, count: count.firstChild as Text, item };
    });
    this.#optionsByKey = new Map(this.#options.map((option) => [`${option.facet}=${option.value}`, option]));

    // Listen on the element, not the form: the order control sits by the results but belongs to the form.
    // Everything added is removed on disconnect, through one signal.
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    this.addEventListener('input', this.#onInput, { signal });
    this.addEventListener('change', this.#onChange, { signal });
    this.addEventListener('click', this.#onClick, { signal });
    this.addEventListener('keydown', this.#onKeyDown, { signal });
    // The reader is about to search: fetch the entries' full text now, so it is there by the first result.
    this.#field('q').addEventListener('focus', () => this.#loadFullText(), { signal, once: true });
    form.addEventListener('submit', this.#onSubmit, { signal });
    window.addEventListener('popstate', this.#onPopState, { signal });
    // A link to a year or an event within the page (the years menu) lands where a link from outside does.
    window.addEventListener('hashchange', () => this.#jumpToTarget(), { signal });

    const panel = this.#panelToggle();
    if (panel) this.#setPanel(panel, panel.getAttribute('aria-expanded') === 'true');
    const criteria = this.#fromLocation();
    this.#fill(criteria);
    // The page as built shows every event, oldest first: a link that chooses nothing needs no work before
    // the page is shown. Thousands of items are read once the browser is idle, or at the first change.
    const chosen = criteriaToParams(criteria).toString() !== '';
    if (chosen) this.#apply(criteria);
    this.#writeUrl(criteria, 'replace');
    this.#flushUrl();
    performance.mark('timeline-filter-ready'); // read by `npm run bench`
    this.#jumpToTarget();
    // Ready the items and their search text while the reader reads, so the first change does not pay for them.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => {
      if (!this.#form.isConnected) return;
      const started = performance.now();
      if (!this.#visible) this.#apply(this.#read());
      this.#prepareSearch();
      performance.measure('timeline-filter-idle', { start: started, end: performance.now() }); // read by `npm run bench`
    });
  }

  /** What the filter knows of each item, and the year section each sits in: read once, when first needed. */
  #readItems(): Filterable[] {
    if (this.#events) return this.#events;
    const sectionIndex = new Map(this.#years.map(({ section }, index) => [section, index]));
    this.#yearOf = Uint32Array.from(this.#items, (item) => sectionIndex.get(item.closest('section')!)!);
    return (this.#events = this.#items.map(readEvent));
  }

  disconnectedCallback() {
    this.#controller?.abort();
    this.#controller = undefined;
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#countTimer);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
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

  #field(name: string) {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  /** Sets each control to `criteria`, touching only those that differ: each write may restyle the form. */
  #fill(criteria: Criteria) {
    const set = (name: string, value: string) => {
      const field = this.#field(name);
      if (field.value !== value) field.value = value;
    };
    set('q', criteria.q);
    set('from', criteria.from === undefined ? '' : String(criteria.from));
    set('to', criteria.to === undefined ? '' : String(criteria.to));
    set('order', criteria.order === 'newest' ? 'newest' : '');
    const chosen = Object.fromEntries(FACETS.map((facet) => [facet, new Set(criteria[facet])]));
    for (const { facet, value, input } of this.#options) {
      const checked = chosen[facet]!.has(value);
      if (input.checked !== checked) input.checked = checked;
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

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    this.#commitTyping();
  };

  #onPopState = () => {
    this.#pendingUrl = undefined;
    this.#show(this.#fromLocation(), 'none');
  };

  #onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    // A click that opens a link in the same tab, not a new tab or window.
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    // A link to a view of the timeline (the chart's "Show the events of 1958") changes the view in place,
    // as a click on the filters would; a new tab or window opens the link as any link.
    const link = target.closest<HTMLAnchorElement>('a[data-filter-link]');
    if (link) {
      if (!plain || link.pathname !== location.pathname) return;
      event.preventDefault();
      this.#show(criteriaFromParams(new URLSearchParams(link.search), this.#vocabulary), 'push');
      return;
    }
    // The same year or event again: no hashchange follows, so the jump is made here.
    const anchor = target.closest<HTMLAnchorElement>('a[href^="#"]');
    if (anchor && plain && anchor.hash && anchor.hash === location.hash) {
      event.preventDefault();
      this.#jumpToTarget();
      return;
    }
    const button = target.closest<HTMLButtonElement>('button[type="button"]');
    if (!button) return;
    if (button.dataset.remove) this.#removeChip(button);
    else if (button.dataset.downloadShown) void this.#downloadShown(button.dataset.downloadShown as 'csv' | 'json');
    else if (button.hasAttribute('data-clear')) this.#clear();
    else if (button.hasAttribute('data-explain')) this.#explain(button);
    else if (button.hasAttribute('data-show-results')) this.#showResults();
    else if (button.hasAttribute('data-panel-toggle'))
      this.#setPanel(button, button.getAttribute('aria-expanded') !== 'true');
  };

  /** Escape closes an open definition, or else the phone's filters panel, returning focus to what opened it. */
  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const target = event.target as Element;
    const explain = target.closest<HTMLButtonElement>('[data-explain][aria-expanded="true"]');
    if (explain) {
      this.#explain(explain);
      return;
    }
    const toggle = this.#panelToggle();
    if (
      toggle?.getAttribute('aria-expanded') === 'true' &&
      toggle.checkVisibility() &&
      target.closest('#filter-panel')
    ) {
      this.#setPanel(toggle, false);
      toggle.focus();
    }
  };

  /** Shows or hides an option's definition: a disclosure, so it works alike by mouse, touch and keyboard. */
  #explain(button: HTMLButtonElement) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    const definition = document.getElementById(button.getAttribute('aria-controls')!);
    if (definition) definition.hidden = !open;
  }

  /** Closes the phone's filters panel and takes the reader to the results, starting with how many there are. */
  #showResults() {
    const toggle = this.#panelToggle();
    if (toggle) this.#setPanel(toggle, false);
    this.#announceNow();
    this.#status.focus({ preventScroll: true });
    this.#status.scrollIntoView({ block: 'start' });
  }

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
    const params = criteriaToParams(pending.criteria);
    // Parameters another part of the page owns (`data-keep-params`, such as the context toggle's) ride along.
    const current = new URLSearchParams(location.search);
    for (const key of (this.dataset.keepParams ?? '').split(' ').filter(Boolean)) {
      for (const value of current.getAll(key)) params.append(key, value);
    }
    const query = params.toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    const same = url === `${location.pathname}${location.search}${location.hash}`;
    if (pending.mode === 'push' && !same) history.pushState(pending.state, '', url);
    // Writing history lays the page out first: not worth it when nothing would change.
    else if (!same || Boolean(history.state?.typing) !== pending.state.typing) {
      history.replaceState(pending.state, '', url);
    }
  }

  #removeChip(button: HTMLButtonElement) {
    const chips = [...this.#chips.querySelectorAll<HTMLButtonElement>('[data-remove]')];
    const index = chips.indexOf(button);
    const [key, value = ''] = button.dataset.remove!.split('=');
    const criteria = this.#read();
    if (key === 'q') criteria.q = '';
    else if (key === 'years') criteria.from = criteria.to = undefined;
    else if (key === 'from' || key === 'to') criteria[key] = undefined;
    else criteria[key as Facet] = criteria[key as Facet].filter((chosen) => chosen !== value);
    this.#show(criteria, 'push');
    // The removed chip is gone: keep focus among the chips, or on the search box when none is left.
    const rest = [...this.#chips.querySelectorAll<HTMLButtonElement>('[data-remove]')];
    (rest[Math.min(index, rest.length - 1)] ?? this.#field('q')).focus();
  }

  #clear() {
    this.#show({ ...emptyCriteria(), order: this.#read().order }, 'push');
    this.#field('q').focus();
  }

  #panelToggle() {
    return this.querySelector<HTMLButtonElement>('[data-panel-toggle]');
  }

  /** Opens or closes the filters panel on narrow screens: `aria-expanded` on the button, `hidden` on the panel. */
  #setPanel(button: HTMLButtonElement, open: boolean) {
    button.setAttribute('aria-expanded', String(open));
    const panel = document.getElementById(button.getAttribute('aria-controls')!);
    if (panel) panel.hidden = !open;
  }

  /** Shows the people, in both lists (leads and named), whose names in any spelling contain what was typed. */
  #narrowPeople(text: string) {
    const words = foldText(text).split(' ').filter(Boolean);
    for (const { facet, input, item } of this.#options) {
      if (!isListFacet(facet)) continue;
      const names = item.dataset.searchText ?? '';
      item.hidden = !input.checked && !words.every((word) => names.includes(word));
    }
  }

  /** Completes every item's search text with the text it shows, once, when a search first needs it. */
  #prepareSearch() {
    if (this.#searchReady) return;
    this.#searchReady = true;
    const events = this.#readItems();
    this.#items.forEach((item, index) => (events[index]!.searchText = completeSearchText(item)));
  }

  /**
   * Fetches the entries' full text (`/full-text.json`) once, adds each to its event's search text, and
   * searches again: until then, search covers what the page carries (titles, summaries, people, places).
   */
  #loadFullText() {
    if (this.#fullText !== 'not loaded') return;
    this.#fullText = 'loading';
    fetch(this.dataset.fullTextUrl!)
      .then((response) => (response.ok ? (response.json() as Promise<FullText>) : Promise.reject(response.status)))
      .then(({ events }) => {
        this.#prepareSearch();
        const all = this.#readItems();
        this.#items.forEach((item, index) => {
          const event = all[index]!;
          event.searchText = addSearchText(item, event.searchText, events[item.id] ?? '');
        });
        this.#fullText = 'loaded';
        performance.mark('timeline-filter-full-text'); // read by `npm run bench`
      })
      .catch(() => (this.#fullText = 'failed'))
      .finally(() => {
        // The hiding rule depends only on the criteria, so it is written afresh to match the longer texts.
        // While the reader types, announced as typing is (once it pauses, so they hear one result, not two);
        // otherwise (a search opened from a link) at once, so the status never contradicts the list.
        this.#rule = '';
        const typing = document.activeElement === this.#field('q');
        if (this.#read().q.trim()) this.#apply(this.#read(), { announce: typing ? 'later' : 'now' });
      });
  }

  /**
   * Shows the matching items and hides the rest, then updates chips and the status line. The counts beside
   * the options follow once the list has been painted: the reader's eye is on the list.
   */
  #apply(criteria: Criteria, { announce = 'now' }: { announce?: 'now' | 'later' } = {}) {
    const searching = criteria.q.trim() !== '';
    if (searching) {
      this.#prepareSearch();
      this.#loadFullText();
    }
    const { visible, shown } = evaluate(this.#readItems(), criteria, { counting: false });
    // The items are hidden by a style rule rather than one by one: with thousands, touching each is most of the cost.
    const rule = hidingRule(criteria, this.#vocabulary);
    if (rule !== this.#rule) this.#sheet.replaceSync((this.#rule = rule));
    this.#reorder(criteria.order);
    const perYear = new Uint32Array(this.#years.length);
    for (let index = 0; index < visible.length; index++) if (visible[index]) perYear[this.#yearOf[index]!]!++;
    this.#years.forEach((year, index) => {
      const shown = perYear[index]! > 0;
      if (year.shown === shown) return;
      year.shown = shown;
      year.section.hidden = !shown;
      if (year.link) year.link.hidden = !shown;
    });
    this.#renderChips(criteria);
    const active = activeCount(criteria);
    const activeText = active ? ` (${active})` : '';
    if (this.#activeCount.textContent !== activeText) this.#activeCount.textContent = activeText;
    this.#showEmpty(shown === 0);
    this.#visible = visible;
    const count = this.querySelector('[data-shown-count]');
    if (count && count.textContent !== String(shown)) count.textContent = String(shown);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-download-shown]'))
      button.disabled = shown === 0;
    const showButton = this.querySelector('[data-show-results]');
    const showText = filterText.showEvents(shown);
    if (showButton && showButton.textContent !== showText) showButton.textContent = showText;
    const total = this.#items.length;
    const note =
      !searching || this.#fullText === 'loaded'
        ? ''
        : this.#fullText === 'failed'
          ? ` ${filterText.searchFailed}`
          : ` ${filterText.searchingText}`;
    this.#message = filterText.status(shown, total) + note;
    clearTimeout(this.#announceTimer);
    if (announce === 'now') this.#announceNow();
    else this.#announceTimer = window.setTimeout(() => this.#announceNow(), ANNOUNCE_DELAY);
    clearTimeout(this.#countTimer);
    requestAnimationFrame(() => (this.#countTimer = window.setTimeout(() => this.#recount(criteria))));
  }

  /**
   * Writes beside each option how many events choosing it would show, with every other filter applied,
   * and tells what else follows the filter (the chart) which events are shown.
   */
  #recount(criteria: Criteria) {
    const started = performance.now();
    const all = this.#readItems();
    const { counts, visible } = evaluate(all, criteria);
    const ids: string[] = [];
    const events: Filterable[] = [];
    visible.forEach((shown, index) => {
      if (!shown) return;
      ids.push(this.#items[index]!.id);
      events.push(all[index]!);
    });
    const { firstYear, lastYear } = this.#vocabulary;
    this.shown = {
      ids,
      events,
      years: { from: criteria.from ?? firstYear, to: criteria.to ?? lastYear },
      query: criteriaToParams(criteria).toString(),
      total: this.#items.length,
    };
    this.dispatchEvent(shownEventsNotice(this.shown));
    for (const { facet, value, count, item } of this.#options) {
      const number = String(counts[facet].get(value) ?? 0);
      // Changing the text node's data, rather than replacing the node, is the cheapest update the DOM has.
      if (count.data !== number) count.data = number;
      if (item.hasAttribute('data-none') !== (number === '0')) item.toggleAttribute('data-none', number === '0');
    }
    // The work done after the list has painted, read by `npm run bench`.
    performance.measure('timeline-filter-after-paint', { start: started, end: performance.now() });
  }

  /** The events shown, in the order shown, as a file: the published record cut down in the browser. */
  async #downloadShown(format: 'csv' | 'json') {
    const ids = this.#items.filter((_, index) => this.#visible?.[index] ?? true).map((item) => item.id);
    if (this.#order === 'newest') ids.reverse();
    // Both load only when a reader asks for a file.
    const [{ shownEventsFile }, { saveFile }] = await Promise.all([
      import('./downloads.ts'),
      import('../site/save-file.ts'),
    ]);
    saveFile(await shownEventsFile(this.dataset.eventsUrl!, ids, format), `events-shown.${format}`);
  }

  #announceNow() {
    clearTimeout(this.#announceTimer);
    if (this.#message && this.#status.textContent !== this.#message) this.#status.textContent = this.#message;
  }

  /** Shows the "nothing matches" panel, stamped from its template the first time it is needed. */
  #showEmpty(empty: boolean) {
    if (!this.#empty) {
      if (!empty) return;
      const template = this.querySelector<HTMLTemplateElement>('template[data-empty]')!;
      this.#empty = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      template.before(this.#empty);
    }
    if (this.#empty.hidden !== !empty) this.#empty.hidden = !empty;
  }

  /** Newest first reverses the items in place: the same nodes, moved, so nothing is rendered again. */
  #reorder(order: Criteria['order']) {
    if (order === this.#order) return;
    this.#order = order;
    for (const list of this.querySelectorAll('[data-reversible]')) list.append(...[...list.children].reverse());
  }

  /** One removable chip per active filter, stamped from the chip template. */
  #renderChips(criteria: Criteria) {
    const chips: { key: string; label: string }[] = [];
    if (criteria.q.trim()) chips.push({ key: 'q', label: filterText.chipSearch(criteria.q.trim()) });
    for (const facet of FACETS) {
      const legend = this.#form.querySelector(`[data-facet="${facet}"] legend`)?.textContent?.trim() ?? facet;
      for (const value of criteria[facet]) {
        const name = this.#optionsByKey.get(`${facet}=${value}`)?.input.dataset.label ?? value;
        chips.push({ key: `${facet}=${value}`, label: filterText.chipFacet(legend, name) });
      }
    }
    const { from, to } = criteria;
    // One year chosen (as a bar of the chart chooses it) is one filter to the reader, and one chip.
    if (from !== undefined && from === to) chips.push({ key: 'years', label: filterText.chipYear(from) });
    else {
      if (from !== undefined) chips.push({ key: 'from', label: filterText.chipFrom(from) });
      if (to !== undefined) chips.push({ key: 'to', label: filterText.chipTo(to) });
    }
    const signature = chips.map(({ key, label }) => `${key}\u0000${label}`).join('\u0001');
    if (signature === this.#chipSignature) return;
    this.#chipSignature = signature;
    const template = this.querySelector<HTMLTemplateElement>('template[data-chip]')!;
    this.#chips.replaceChildren(
      ...chips.map(({ key, label }) => {
        const chip = template.content.cloneNode(true) as DocumentFragment;
        const button = chip.querySelector('button')!;
        button.dataset.remove = key;
        button.setAttribute('aria-label', filterText.removeFilter(label));
        chip.querySelector('[data-chip-label]')!.textContent = label;
        return chip;
      }),
    );
    this.#chips.closest<HTMLElement>('[data-active]')!.hidden = chips.length === 0;
  }

  /**
   * A link to an event or a year (`/#event-id`, the years menu's `#year-2018`) lands on it. Items and years
   * off screen are not rendered (content-visibility), so their heights are estimates until they are seen,
   * and a scroll computed from them, smooth or not, stops far from the target; the scroll is repeated, at
   * once, until the target stays put.
   */
  #jumpToTarget() {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target || !this.contains(target) || !target.checkVisibility({ visibilityProperty: true })) return;
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
