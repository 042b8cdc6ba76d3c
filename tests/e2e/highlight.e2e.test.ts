import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseHtmlDocument } from '@/cli/dom';
import { translate } from '@/lib/i18n';
import { quoteStart } from '@/lib/review/show-on-page';
import type { ItemResult } from '@/lib/check/types';
import { expectedReview, highlightedText, ROOT, skipE2E, useExtension, waitUntil } from './harness';
import { PanelDriver } from './panel-driver';

/**
 * Issue 9: "Toon op pagina" for text in a closed part of the page, in the REAL side panel. The
 * fixture has an ARIA accordion (hidden panels, the page's own script), a display:none block
 * opened by a class from the heading button before it, a <details>, a Bootstrap-like collapse
 * that grows open in an animation, and a hidden block that nothing opens. The extension must open the section by clicking the page's own toggle, scroll
 * to the passage and only then say "Gemarkeerd"; for the block nothing opens, say so honestly.
 */

const skip = skipE2E();

const FIXTURE = 'fixtures/highlight/regiovisie-dichte-delen.html';
const HTML = readFileSync(join(ROOT, 'tests', FIXTURE), 'utf8');

/** The closed parts of the fixture, and the element whose state the page's own script keeps. */
const SECTIONS = {
  accordion: '#paneel-wachten, #paneel-aanspreekpunt',
  classPanel: '.uitklap-inhoud',
  details: 'details',
  collapse: '#meer-geld',
  noToggle: '.oud-archief',
} as const;
type Section = keyof typeof SECTIONS | 'open';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** In which closed part of the fixture a quote stands (worked out in Node, from the same file). */
function sectionOf(doc: Document, quote: string): Section {
  for (const [name, selector] of Object.entries(SECTIONS)) {
    if (Array.from(doc.querySelectorAll(selector)).some((el) => squash(el.textContent ?? '').includes(quote))) return name as Section;
  }
  return 'open';
}

const sel = (id: string, rest = '') => `[data-item="${id}"] ${rest}`.trim();
const showButton = (id: string, n: number) => sel(id, `.evidence-list:not(.own) > .evidence:nth-child(${n + 1}) [data-action="show"]`);

/** Where a highlighted passage is on the page: its box against the viewport, and whether it is drawn. */
function placeOf(page: Page, quote: string) {
  return page.evaluate((q) => {
    const squashed = (s: string) => s.replace(/\s+/g, ' ').trim();
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('regiovisie-toets');
    const range = [...(h ?? [])].find((r) => squashed(r.toString()) === q);
    if (!range) return null;
    const el = range.startContainer.parentElement!;
    const box = range.getBoundingClientRect();
    return {
      inViewport: box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
      drawn: el.checkVisibility({ visibilityProperty: true }) && el.closest('[hidden]') === null && range.getClientRects().length > 0,
    };
  }, quote);
}

describe.skipIf(skip)('showing quotes that stand in a closed part of the page', () => {
  const env = useExtension();
  let page: Page;
  let panel: PanelDriver;
  const doc = parseHtmlDocument(HTML);
  const review = expectedReview(HTML);
  /** An item and the index of one of its quotes that stands in the given part of the page. */
  const quoteIn = (section: Section): { item: ItemResult; n: number; quote: string } => {
    for (const item of review.items) {
      const n = item.evidence.findIndex((e) => sectionOf(doc, e.quote) === section);
      if (n >= 0) return { item, n, quote: item.evidence[n]!.quote };
    }
    throw new Error(`The checker found no quote in the ${section} part of the fixture`);
  };
  const notice = (id: string) => panel.text(sel(id, '[data-testid="item-notice"]'));

  /** The page's scroll position once it has stopped moving (the same on five reads in a row). */
  async function scrollSettled(): Promise<number> {
    let last = -1;
    let same = 0;
    await waitUntil(
      async () => {
        const y = await page.evaluate(() => window.scrollY);
        same = y === last ? same + 1 : 0;
        last = y;
        return same >= 4;
      },
      { message: () => `The page kept scrolling (at ${last})` },
    );
    return last;
  }

  /**
   * Clear the marks (which also clears the panel's notice, so the next one is new), close every
   * section again through the page's own buttons, and go back to the top.
   */
  async function resetPage() {
    await panel.clickButton('Wis markeringen');
    await panel.waitFor(`!document.querySelector('[data-testid="item-notice"]')`);
    await page.evaluate(() => {
      document.querySelectorAll<HTMLElement>('button[aria-expanded="true"]').forEach((b) => b.click());
      document.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'));
    });
    // Let the smooth scroll of the test before end (a jump to the top does not stop it), then go to the top.
    await scrollSettled();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    expect(await scrollSettled()).toBe(0);
  }

  /** Click "Toon op pagina" and wait for the panel's notice (which replaces any earlier one). */
  async function show(selector: string, id: string, expected: string) {
    // the review shows one summary line per item until the item is opened
    await panel.openItem(id);
    await panel.click(selector);
    await panel.waitFor(`document.querySelector('${sel(id, '[data-testid="item-notice"]')}')?.textContent === ${JSON.stringify(expected)}`);
  }

  beforeAll(async () => {
    ({ page, panel } = await PanelDriver.openOn(env.ext, env.server.url(FIXTURE)));
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${review.items.length}`);
  });

  it('opens an ARIA accordion panel with its own button, scrolls to the quote and says it is marked', async () => {
    const { item, n, quote } = quoteIn('accordion');
    await resetPage();
    const button = await page.evaluate((q) => {
      const panelEl = [...document.querySelectorAll('.accordeon .paneel')].find((p) => (p.textContent ?? '').replace(/\s+/g, ' ').includes(q))!;
      return { id: panelEl.id, hidden: (panelEl as HTMLElement).hidden };
    }, quote);
    expect(button.hidden).toBe(true);
    await show(showButton(item.id, n), item.id, 'Gemarkeerd op de pagina.');
    await expect.poll(() => placeOf(page, quote)).toEqual({ inViewport: true, drawn: true });
    // The page's own script opened it: its button says so.
    expect(await page.evaluate((id) => document.querySelector(`[aria-controls="${id}"]`)!.getAttribute('aria-expanded'), button.id)).toBe('true');
    expect(await highlightedText(page)).toEqual([quote]);
  });

  it('opens a display:none block by clicking the heading button before it', async () => {
    const { item, n, quote } = quoteIn('classPanel');
    await resetPage();
    await show(showButton(item.id, n), item.id, 'Gemarkeerd op de pagina.');
    await expect.poll(() => placeOf(page, quote)).toEqual({ inViewport: true, drawn: true });
    expect(await page.evaluate(() => document.querySelector('.uitklap-kop button')!.getAttribute('aria-expanded'))).toBe('true');
    expect(await page.evaluate(() => document.querySelector('.uitklap-inhoud')!.classList.contains('is-open'))).toBe(true);
  });

  it('opens a closed <details>', async () => {
    const { item, n, quote } = quoteIn('details');
    await resetPage();
    await show(showButton(item.id, n), item.id, 'Gemarkeerd op de pagina.');
    await expect.poll(() => placeOf(page, quote)).toEqual({ inViewport: true, drawn: true });
    expect(await page.evaluate(() => document.querySelector('details')!.open)).toBe(true);
  });

  it('opens a Bootstrap-like collapse through its data-bs-target button and waits for it to grow open', async () => {
    const { item, n, quote } = quoteIn('collapse');
    await resetPage();
    await show(showButton(item.id, n), item.id, 'Gemarkeerd op de pagina.');
    // When the panel says so, the passage already has room on the page (the animation has begun, or ended).
    expect(await page.evaluate(() => document.getElementById('meer-geld')!.getBoundingClientRect().height)).toBeGreaterThan(0);
    await expect.poll(() => placeOf(page, quote)).toEqual({ inViewport: true, drawn: true });
    expect(await page.evaluate(() => document.querySelector('[data-bs-target="#meer-geld"]')!.getAttribute('aria-expanded'))).toBe('true');
    await expect.poll(() => page.evaluate(() => document.getElementById('meer-geld')!.className)).toBe('collapse show');
  });

  it('says honestly that a quote stands in a closed part that nothing opens, and forces nothing open', async () => {
    const { item, n, quote } = quoteIn('noToggle');
    await resetPage();
    const honest = translate('nl', 'review.show.closed', { start: quoteStart(quote) });
    await show(showButton(item.id, n), item.id, honest);
    expect(await notice(item.id)).not.toContain('Gemarkeerd');
    expect(await page.evaluate(() => (document.querySelector('.oud-archief') as HTMLElement).hidden)).toBe(true);
    // Nothing else was opened for it, and the page did not jump.
    expect(await page.evaluate(() => document.querySelectorAll('button[aria-expanded="true"], details[open]').length)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('opens nothing for a quote that is no longer on the page', async () => {
    const { item, n, quote } = quoteIn('accordion');
    await resetPage();
    // Take the paragraph out (and keep it, to put it back for the tests after this one).
    await page.evaluate((q) => {
      const p = [...document.querySelectorAll('.accordeon p')].find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(q))!;
      const w = window as unknown as { __taken: [Node, Node | null, Node] };
      w.__taken = [p.parentNode!, p.nextSibling, p];
      p.remove();
    }, quote);
    await show(showButton(item.id, n), item.id, 'Deze tekst staat niet (meer) op de pagina.');
    expect(await page.evaluate(() => document.querySelectorAll('button[aria-expanded="true"], details[open]').length)).toBe(0);
    await page.evaluate(() => {
      const [parent, next, p] = (window as unknown as { __taken: [Node, Node | null, Node] }).__taken;
      parent.insertBefore(p, next);
    });
  });

  it('"Toon alles" opens every section it needs and says "Gemarkeerd" only when all can be seen', async () => {
    // An item with several quotes, some in closed sections that can be opened and none in the block that cannot.
    const item = review.items.find((it) => {
      const parts = it.evidence.map((e) => sectionOf(doc, e.quote));
      return parts.length > 1 && !parts.includes('noToggle') && parts.some((p) => p !== 'open');
    })!;
    expect(item).toBeDefined();
    await resetPage();
    await show(sel(item.id, '[data-action="show-all"]'), item.id, 'Gemarkeerd op de pagina.');
    for (const e of item.evidence) expect((await placeOf(page, e.quote))?.drawn, e.quote).toBe(true);
    await expect.poll(() => placeOf(page, item.evidence[0]!.quote)).toEqual({ inViewport: true, drawn: true });
  });

  it('"Toon alles" counts the quotes it could show and names the first one it could not', async () => {
    const item = review.items.find((it) => {
      const parts = it.evidence.map((e) => sectionOf(doc, e.quote));
      return parts.length > 1 && parts.includes('noToggle') && parts.some((p) => p !== 'noToggle');
    })!;
    expect(item).toBeDefined();
    await resetPage();
    const closed = item.evidence.filter((e) => sectionOf(doc, e.quote) === 'noToggle');
    const total = item.evidence.length;
    const expected = translate('nl', 'review.show.closedSome', {
      found: total - closed.length,
      total,
      closed: closed.length,
      start: quoteStart(closed[0]!.quote),
    });
    await show(sel(item.id, '[data-action="show-all"]'), item.id, expected);
    for (const e of item.evidence) {
      const shown = sectionOf(doc, e.quote) !== 'noToggle';
      expect((await placeOf(page, e.quote))?.drawn, e.quote).toBe(shown);
    }
  });
});
