import type { Locator, Page } from '@playwright/test';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * A line that holds nothing but a date as the site writes it: "1953", "July 1961", "26 July 2023",
 * "9–11 October 2025", "29 September – 5 October 1954". No other line on an event is only a date.
 */
export const DATE_LINE = new RegExp(`^[\\d\\s–]*(?:(?:${MONTHS})[\\d\\s–]*)*\\d{4}$`);

/** The sentence that says where a visit stands in the record, in each of its four forms. */
export const PRECEDENT_LINE =
  /^(First|The latest earlier|This record holds no earlier) (Chinese visit to North Korea|North Korean visit to China) at /;

/**
 * The text and machine-readable value of every `<time>` in `scope`, in order. `<time>` has no ARIA role,
 * so this reads the DOM; use it inside `expect.poll`.
 */
export function machineDates(scope: Locator): Promise<{ text: string; datetime: string }[]> {
  return scope.evaluate((element) =>
    Array.from(element.querySelectorAll('time'), (time) => ({
      text: time.textContent ?? '',
      datetime: time.dateTime,
    })),
  );
}

/** What every page of the site shares: its heading, the skip link, the site menu and the footer. */
export class SitePage {
  /** The page's one level-1 heading. */
  readonly heading: Locator;
  readonly skipLink: Locator;
  /** The header's menu. */
  readonly siteNav: Locator;
  readonly main: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.skipLink = page.getByRole('link', { name: 'Skip to content' });
    this.siteNav = page.getByRole('navigation', { name: 'Site' });
    this.main = page.getByRole('main');
    this.footer = page.getByRole('contentinfo');
  }

  /**
   * The policy the page declares in its `<meta http-equiv="content-security-policy">`, which has no role
   * or name to find it by; use it inside `expect.poll`.
   */
  contentSecurityPolicy(): Promise<string | undefined> {
    return this.page.evaluate(
      () =>
        Array.from(document.getElementsByTagName('meta')).find(
          (meta) => meta.httpEquiv.toLowerCase() === 'content-security-policy',
        )?.content,
    );
  }

  /** How far the page is wider than the window, in CSS pixels: above 0, the reader must scroll sideways. */
  sidewaysOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /**
   * Presses Tab, as a keyboard user would, until `target` has focus or `limit` presses have been made.
   * It asserts nothing: follow it with `expect(target).toBeFocused()`.
   */
  async tabUntilFocused(target: Locator, limit = 200) {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
  }
}
