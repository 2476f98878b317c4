import type { Locator, Page } from '@playwright/test';
import { SitePage } from './site-page.ts';

/** The context page (`/context/`): world events around the relationship, by year. */
export class ContextPage extends SitePage {
  /** Every context item listed, each titled by a level-3 heading. */
  readonly items: Locator;

  constructor(page: Page) {
    super(page);
    this.items = this.main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  }

  async goto() {
    return this.page.goto('/context/');
  }
}
