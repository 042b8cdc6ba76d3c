import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { skipE2E, useExtension } from './harness';
import { expectNoSeriousAxe, fillCouncilDetails, PanelDriver, saveScreenshot, typeInto } from './panel-driver';

/**
 * Issue 9, "the panel is quick to work through", in the REAL side panel: folding themes and
 * items, "Volgende niet bekeken" by keyboard, the sticky progress, and every view fitting a
 * panel of 320 px without scrolling sideways.
 */

const skip = skipE2E();
const FIXTURE = 'fixtures/checker/regiovisie-breed.html';

/** Press Tab until `done` (an expression) holds in the panel; returns how many presses it took. */
async function tabUntil(panel: PanelDriver, done: string, max = 150): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await panel.press('Tab');
    if (await panel.evaluate<boolean>(`Boolean(${done})`)) return n;
  }
  throw new Error(`Not reached with ${max} Tab presses: ${done}`);
}

/**
 * Horizontal overflow of the page as it is now: the document's scroll width against its width,
 * and the visible elements that reach past either edge (visually hidden text is left out).
 */
const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
    const cs = getComputedStyle(el);
    if (cs.position === 'absolute' && cs.clip !== 'auto') continue;
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    wide.push(name + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide: wide.slice(0, 8) };
})()`;

type Overflow = { scrollWidth: number; clientWidth: number; wide: string[] };

function expectFits(view: string, o: Overflow): void {
  console.log(`${view} at 320 px: scrollWidth ${o.scrollWidth}, clientWidth ${o.clientWidth}`);
  expect.soft(o.scrollWidth, `${view} scrolls sideways by ${o.scrollWidth - o.clientWidth} px: ${o.wide.join(', ')}`).toBeLessThanOrEqual(o.clientWidth);
  expect.soft(o.wide, `${view}: elements wider than the panel`).toEqual([]);
}

const focusedItem = `document.activeElement?.closest('[data-item]')?.dataset.item`;

describe.skipIf(skip)('working through the review in the side panel', () => {
  const env = useExtension();
  let page: Page;
  let panel: PanelDriver;
  let ids: string[] = [];

  it('folds themes and goes to the next item not checked, all by keyboard', async () => {
    ({ page, panel } = await PanelDriver.openOn(env.ext, env.server.url(FIXTURE)));
    await panel.evaluate(`document.querySelector('button.primary').focus()`);
    await panel.press('Enter');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    // The button was disabled while checking: the focus goes to the result's heading, not lost.
    await panel.waitFor(`document.activeElement?.id === 'review-title'`);
    ids = await panel.evaluate<string[]>(`[...document.querySelectorAll('[data-item]')].map((el) => el.dataset.item)`);

    // Every item is one summary line: title, verdict and (when there is one) the first quote.
    const closed = await panel.evaluate<number>(`document.querySelectorAll('[data-action="toggle-item"][aria-expanded="false"]').length`);
    expect(closed).toBe(34);
    const line = await panel.text(`[data-item="${ids[0]}"] [data-action="toggle-item"]`);
    expect(line).toMatch(/Aanwezig|Deels|Ontbreekt/);
    // The legend says what the verdicts mean.
    expect(await panel.text('[data-testid="verdict-legend"]')).toContain('Deels');
    const screens = await panel.evaluate<number>(`document.documentElement.scrollHeight / window.innerHeight`);
    console.log(`review height: ${screens.toFixed(1)} screens`);

    // Item 10 is a few Tab presses away (77 before the items folded).
    await panel.evaluate(`document.querySelector('button.primary').focus()`);
    const presses = await tabUntil(panel, `${focusedItem} === ${JSON.stringify(ids[9])}`);
    console.log(`Tab presses from the check button to item 10: ${presses}`);
    expect(presses).toBeLessThanOrEqual(30);

    // A theme folds and unfolds with Enter on its heading button.
    await panel.evaluate(`document.querySelector('[data-action="toggle-theme"]').focus()`);
    const themeList = `document.getElementById(document.activeElement.getAttribute('aria-controls'))`;
    await panel.press('Enter');
    await panel.waitFor(`document.activeElement.getAttribute('aria-expanded') === 'false' && ${themeList}.hidden`);
    expect(await panel.evaluate<boolean>(`${themeList}.querySelector('[data-action="toggle-item"]').offsetParent === null`)).toBe(true);
    await panel.press('Enter');
    await panel.waitFor(`document.activeElement.getAttribute('aria-expanded') === 'true' && !${themeList}.hidden`);

    // "Volgende niet bekeken" opens and focuses the first item not checked yet.
    await panel.evaluate(`document.querySelector('button.primary').focus()`);
    await tabUntil(panel, `document.activeElement?.dataset.action === 'next-unreviewed'`, 20);
    await panel.press('Enter');
    await panel.waitFor(`${focusedItem} === ${JSON.stringify(ids[0])} && document.activeElement.getAttribute('aria-expanded') === 'true'`);
    // The progress stays in view at the top while the list scrolls.
    const bar = await panel.evaluate<{ top: number; scrolled: number }>(`({ top: document.querySelector('[data-testid="progress-bar"]').getBoundingClientRect().top, scrolled: window.scrollY })`);
    expect(bar.scrolled).toBeGreaterThan(0);
    expect(Math.abs(bar.top)).toBeLessThan(2);
    // In the card: Tab to "Klopt", Enter; the count goes up; then "Volgende niet bekeken" in the card.
    await tabUntil(panel, `document.activeElement?.dataset.action === 'confirm'`, 20);
    await panel.press('Enter');
    await panel.waitFor(`document.querySelector('[data-testid="review-progress"]').textContent === '1 van 34 bekeken'`);
    await tabUntil(panel, `document.activeElement?.dataset.action === 'next-from-item'`, 3);
    await panel.press('Enter');
    await panel.waitFor(`${focusedItem} === ${JSON.stringify(ids[1])} && document.activeElement.getAttribute('aria-expanded') === 'true'`);
    // The item left is folded away again, marked as checked.
    expect(await panel.evaluate<string>(`document.querySelector('[data-item="${ids[0]}"] [data-action="toggle-item"]').getAttribute('aria-expanded')`)).toBe('false');
    expect(await panel.text(`[data-item="${ids[0]}"] [data-action="toggle-item"] .confirmed`)).toBe('Klopt volgens u');
    // Enter on an open item's line folds it.
    await panel.press('Enter');
    await panel.waitFor(`document.activeElement.getAttribute('aria-expanded') === 'false'`);
  });

  it('says a message only on the tab it is about, and keeps the focus after a re-check', async () => {
    await panel.evaluate(`window.scrollTo(0, 0); document.querySelector('button.primary').focus()`);
    expect(await panel.text('button.primary')).toBe('Controleer opnieuw');
    await panel.press('Enter');
    await panel.waitFor(`document.querySelector('[data-testid="changes"]') && document.activeElement?.id === 'review-title'`);
    expect(await panel.text('[data-testid="status"]')).not.toBe('');
    // Only one busy message: the check button itself says nothing more.
    expect(await panel.evaluate<number>(`[...document.querySelectorAll('main *')].filter((el) => el.children.length === 0 && el.textContent.startsWith('Bezig met')).length`)).toBe(0);

    // Another tab with a page not checked: no message about the other page's review.
    const other = await env.ext.context.newPage();
    await other.goto(env.server.url('fixtures/checker/regiovisie-beperkt.html'));
    await other.bringToFront();
    await panel.waitFor(`!document.querySelector('[data-item]') && document.querySelector('button.primary')?.textContent === 'Controleer deze pagina'`);
    expect(await panel.text('[data-testid="status"]')).toBe('');
    expect(await panel.evaluate<string>(`document.querySelector('main').textContent`)).not.toMatch(/Klaar|veranderd/);
    // Back: the review, without the old message.
    await page.bringToFront();
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 34`);
    expect(await panel.text('[data-testid="status"]')).toBe('');
    await other.close();
  });

  it('fits a panel of 320 px in every view, with no serious accessibility problems', async () => {
    await panel.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 700, deviceScaleFactor: 1, mobile: false });
    await panel.waitFor(`document.documentElement.clientWidth <= 320`);

    // The review with every item and every explanation open: the widest it gets.
    await panel.evaluate(`window.scrollTo(0, 0)`);
    await saveScreenshot(panel, 'panel-320-review.png');
    await expectNoSeriousAxe(panel, 'axe-panel-review.json');
    await panel.evaluate(`document.querySelectorAll('[data-action="toggle-item"][aria-expanded="false"]').forEach((b) => b.click())`);
    await panel.waitFor(`!document.querySelector('[data-action="toggle-item"][aria-expanded="false"]')`);
    await panel.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
    expectFits('review (all items open, theme table)', await panel.evaluate<Overflow>(OVERFLOW));
    await expectNoSeriousAxe(panel, 'axe-panel-review-open.json');
    await panel.evaluate(`document.querySelector('[data-item="${ids[1]}"]').scrollIntoView({ block: 'start' })`);
    await saveScreenshot(panel, 'panel-320-review-item.png');

    // A damaged review set aside earlier (as review-store does) shows in the saved list, with a plain message.
    const asideKey = 'corrupt:2026-12-04T10:00:00.000Z:127.0.0.1/fixtures/checker/een-heel-lang-adres-van-een-pagina-die-niet-meer-te-lezen-was.html';
    await panel.evaluate(`chrome.storage.local.set({ ${JSON.stringify(asideKey)}: { key: '127.0.0.1/fixtures/checker/een-heel-lang-adres-van-een-pagina-die-niet-meer-te-lezen-was.html', movedAt: '2026-12-04T10:00:00.000Z', problem: 'test', data: { schemaVersion: 99 } } })`);
    await panel.click('[data-view="saved"]');
    await panel.waitFor(`document.querySelector('[data-action="open"]') && document.querySelector('[data-testid="set-aside"]')`);
    expect(await panel.text('[data-testid="set-aside"]')).toContain('konden niet meer worden gelezen');
    expectFits('saved list (with a damaged review set aside)', await panel.evaluate<Overflow>(OVERFLOW));
    await expectNoSeriousAxe(panel, 'axe-panel-saved.json');
    await panel.click('[data-action="aside-delete"]');
    await panel.waitFor(`document.activeElement?.dataset.action === 'aside-delete-no'`);
    await panel.click('[data-action="aside-delete-yes"]');
    await panel.waitFor(`!document.querySelector('[data-testid="set-aside"]')`);
    expect(await panel.evaluate<number>(`chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('corrupt:')).length)`)).toBe(0);

    await panel.click('[data-view="letter"]');
    await panel.waitFor(`document.querySelector('#f-council-name')`);
    expectFits('letter settings form', await panel.evaluate<Overflow>(OVERFLOW));
    await fillCouncilDetails(panel);
    await panel.waitFor(`document.querySelector('.letter-preview') && document.querySelector('[data-addressee]')`);
    // Long words, as real names and addresses have them, must wrap too.
    await typeInto(panel, '#letter-municipality', 'Súdwest-Fryslân-Waadhoeke-Noardeast-Fryslân');
    await typeInto(panel, '#letter-regiovisie-name', 'https://www.zuiderveen.nl/bestuur/regiovisie-specialistische-jeugdzorg-2026-2030');
    await panel.waitFor(`document.querySelector('.letter-preview').textContent.includes('Waadhoeke')`);
    await panel.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
    expectFits('letter ("Aan wie gaat de brief?" and the preview with its reference block)', await panel.evaluate<Overflow>(OVERFLOW));
    await panel.evaluate(`window.scrollTo(0, 0)`);
    await saveScreenshot(panel, 'panel-320-letter.png');
    await panel.evaluate(`document.querySelector('.letter-preview').scrollIntoView({ block: 'start' })`);
    await saveScreenshot(panel, 'panel-320-letter-preview.png');
    await expectNoSeriousAxe(panel, 'axe-panel-letter.json');

    // The settings (options page), in a window as narrow as the panel.
    const options = await env.ext.context.newPage();
    await options.setViewportSize({ width: 320, height: 700 });
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Instellingen voor de brief' }).waitFor();
    expectFits('settings', (await options.evaluate(OVERFLOW)) as Overflow);
    await options.close();
  });
});
