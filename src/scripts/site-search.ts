/**
 * The header's live search (a WAI-ARIA combobox with a grid of links). It
 * loads on the box's first use (src/components/search/SiteSearch.astro):
 * until then the box is a plain form that opens the search page, and no page
 * pays for it before the reader interacts.
 */
import { debounce } from './debounce';
import { statusText, type StatusTexts } from '../lib/search';
import type { SearchHit } from './pagefind-client';

/** The search code and Pagefind load on first use, not with the page. */
const client = () => import('./pagefind-client');

/**
 * Turns the plain search form (which works without JS by going to the
 * search page) into a combobox (WAI-ARIA APG) whose popup is a grid of
 * links: each page result in its own row group, its best sections below it.
 * Results are real links, so they open in a new tab like any other.
 * Pagefind loads on first focus, not before.
 */
class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private grid!: HTMLElement;
  private problem!: HTMLElement;
  private status!: HTMLElement;
  private texts!: StatusTexts;
  /** Index of the highlighted cell, -1 for none. */
  private active = -1;
  /** Counts searches: an answer to an older one, or one that arrives after Escape, is dropped. */
  private token = 0;
  /** The query whose results the grid holds, so Down Arrow can reopen it. */
  private shown = '';
  /** The last text given to the live region: each settled query is announced once. */
  private announced = '';

  connectedCallback() {
    this.input = this.querySelector('input')!;
    this.grid = this.querySelector('[role="grid"]')!;
    this.problem = this.querySelector('.search-problem')!;
    this.status = this.querySelector('[role="status"]')!;
    this.texts = JSON.parse(this.dataset.status!) as StatusTexts;
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-controls', this.grid.id);
    this.input.setAttribute('aria-haspopup', 'grid');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.addEventListener(
      'focus',
      () =>
        void client()
          .then((c) => c.loadPagefind())
          .catch(() => undefined), // reported on search
      { once: true },
    );
    const later = debounce(() => void this.update());
    this.input.addEventListener('input', () => {
      this.token++; // whatever is on its way answers an older query
      if (!this.input.value.trim()) this.reset();
      else later();
    });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    // Keep focus in the field while a result is clicked; the link itself navigates.
    this.grid.addEventListener('mousedown', (e) => e.preventDefault());
    this.input.addEventListener('blur', () => this.close());
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.problem.hidden = true;
    });
    // Back online: search again what the reader typed while offline.
    addEventListener('online', () => {
      if (!this.problem.hidden && document.activeElement === this.input) void this.update();
    });
    // Loaded on first use: answer the focus, or what was typed, before the module arrived.
    if (document.activeElement === this.input) this.input.dispatchEvent(new FocusEvent('focus'));
    if (this.input.value.trim()) void this.update();
  }

  private busy(on: boolean) {
    for (const el of [this.input, this.grid]) {
      if (on) el.setAttribute('aria-busy', 'true');
      else el.removeAttribute('aria-busy');
    }
  }

  private announce(text: string) {
    if (text === this.announced) return;
    this.announced = text;
    this.status.textContent = text;
  }

  private async update() {
    const query = this.input.value.trim();
    if (!query) return this.reset();
    const token = ++this.token;
    this.busy(true);
    try {
      if (!navigator.onLine) throw new (await client()).SearchUnavailable(true);
      // Sections for the first page only: every fragment is a download (150 KB budget). A
      // short pause first: typed at a phone's pace, the next letter usually arrives in it, and
      // the first result of a query the reader is still typing is not worth its fragment.
      const found = await (
        await client()
      ).search(query, {}, 5, 0, {
        detailed: 1,
        current: () => token === this.token,
        pause: 200,
        typing: true,
      });
      if (token !== this.token) return;
      this.problem.hidden = true;
      this.render(found.hits);
      this.shown = query;
      this.busy(false);
      // A late answer after the reader moved on must not reopen the popup.
      if (document.activeElement !== this.input) return;
      this.open(found.hits.length > 0);
      this.announce(statusText(this.texts, found.total, query));
    } catch (error) {
      if (token !== this.token) return;
      this.busy(false);
      const offline = (error as { offline?: boolean }).offline ?? !navigator.onLine;
      const message = (offline ? this.dataset.offline : this.dataset.failed) ?? '';
      this.close();
      this.shown = '';
      this.problem.querySelector('p')!.textContent = message;
      this.problem.hidden = document.activeElement !== this.input;
      this.announce(message);
    }
  }

  /** One row group per page: the page, then its best two sections. */
  private render(hits: SearchHit[]) {
    this.grid.replaceChildren(
      ...hits.map((hit, i) => {
        const group = document.createElement('div');
        group.setAttribute('role', 'rowgroup');
        group.append(
          this.row(`r${i}`, hit.url, hit.title, [hit.meta.carrier, hit.meta.country]),
          ...hit.steps.slice(0, 2).map((step, j) => this.row(`r${i}s${j}`, step.url, step.title, [], true)),
        );
        return group;
      }),
    );
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
  }

  private row(id: string, href: string, title: string, details: (string | undefined)[], sub = false) {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.className = sub ? 'sub' : 'page';
    const cell = document.createElement('div');
    cell.setAttribute('role', 'gridcell');
    cell.id = `site-search-${id}`;
    cell.setAttribute('aria-selected', 'false');
    const link = Object.assign(document.createElement('a'), { href, textContent: title, tabIndex: -1 });
    cell.append(link);
    const extra = details.filter(Boolean).join(' · ');
    if (extra) {
      const small = document.createElement('small');
      small.textContent = extra;
      cell.append(' ', small);
    }
    row.append(cell);
    return row;
  }

  private cells(): HTMLElement[] {
    return [...this.grid.querySelectorAll<HTMLElement>('[role="gridcell"]')];
  }

  private highlight(index: number) {
    const cells = this.cells();
    this.active = index;
    cells.forEach((c, i) => c.setAttribute('aria-selected', String(i === index)));
    const cell = cells[index];
    if (!cell) return this.input.removeAttribute('aria-activedescendant');
    this.input.setAttribute('aria-activedescendant', cell.id);
    cell.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent) {
    const cells = this.cells();
    if (e.key === 'Escape') {
      if (!this.grid.hidden) {
        // First Escape closes the popup and keeps the text (the browser would clear it).
        e.preventDefault();
        this.close();
      } else {
        this.token++;
        this.reset();
      }
      return;
    }
    if (e.key === 'ArrowDown' && this.grid.hidden) {
      // Down Arrow reopens the popup of the text in the field.
      e.preventDefault();
      if (cells.length > 0 && this.shown === this.input.value.trim()) {
        this.open(true);
        this.highlight(0);
      } else if (this.input.value.trim()) void this.update();
      return;
    }
    if (this.grid.hidden || cells.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.highlight((this.active + step + cells.length) % cells.length);
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      cells[this.active]!.querySelector('a')!.click();
    }
  }

  private open(open: boolean) {
    this.grid.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.highlight(-1);
  }

  private close() {
    this.open(false);
  }

  /** Back to the start: no popup, no message, nothing pending. */
  private reset() {
    this.close();
    this.busy(false);
    this.problem.hidden = true;
    this.shown = '';
    this.announced = '';
    this.status.textContent = '';
  }
}
customElements.define('site-search', SiteSearch);
