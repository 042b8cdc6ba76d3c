import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { locChecklist } from '@/lib/checklist';
import { explainVerdict } from '@/lib/review/explain';
import { translate } from '@/lib/i18n';
import { normaliseUrl } from '@/lib/review';
import { clickToolbarButton, expectedReview, highlightedText, downloaded, launchWithExtension, markedToRead, skipE2E, removeProfile, ROOT, useExtension } from './harness';
import { expectNoSeriousAxe, PanelDriver, saveScreenshot, shownVerdicts, storedReview, storedReviews } from './panel-driver';

/**
 * The review in the REAL side panel: check a fixture page, override a verdict with the
 * keyboard, write a private note, close and reopen the panel (nothing lost), show quotes on the page,
 * own evidence, re-check, export, import into a fresh profile, delete, and axe scans.
 */

const skip = skipE2E();

const FIXTURE = 'fixtures/checker/regiovisie-breed.html';
const NOTE = 'Navragen bij de gemeente: wat betekent "vertrouwen" hier precies? ✓';

const sel = (id: string, rest = '') => `[data-item="${id}"] ${rest}`.trim();

describe.skipIf(skip)('the review in the side panel', () => {
  const env = useExtension();
  let page: Page;
  let panel: PanelDriver;
  const downloads = mkdtempSync(join(tmpdir(), 'regiovisie-downloads-'));
  let exported = '';
  // The automatic review the panel must show, computed in Node from the same file.
  const expected = expectedReview(readFileSync(join(ROOT, 'tests', FIXTURE), 'utf8'));
  const first = expected.items.find((it) => it.theme === 'vertrouwen' && it.evidence.length > 1)!;

  beforeAll(async () => {
    ({ page, panel } = await PanelDriver.openOn(env.ext, env.server.url(FIXTURE)));
  });
  afterAll(async () => {
    rmSync(downloads, { recursive: true, force: true });
  });

  it('has no serious accessibility problems on the start screen', async () => {
    expect(await panel.text('button.primary')).toBe('Controleer deze pagina');
    await expectNoSeriousAxe(panel);
  });

  it('checks the page and shows every item with the same verdict as the checker in Node', async () => {
    await panel.clickButton('Controleer deze pagina');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${expected.items.length}`);
    expect(await shownVerdicts(panel)).toEqual(Object.fromEntries(expected.items.map((it) => [it.id, it.verdict])));
    // The summary per theme counts the same.
    const aanwezig = await panel.evaluate<number>(
      `[...document.querySelectorAll('[data-testid="theme-summary"] td[data-verdict="aanwezig"]')].reduce((n, td) => n + Number(td.textContent), 0)`,
    );
    expect(aanwezig).toBe(expected.items.filter((it) => it.verdict === 'aanwezig').length);
    expect(await panel.text('[data-testid="review-progress"]')).toBe(`0 van ${expected.items.length} bekeken`);
    expect(await panel.text('[data-testid="status"]')).toContain('Klaar');
    // The verdict is text, not colour alone.
    expect(await panel.text(sel(first.id, '.verdict'))).toBe(first.verdict === 'aanwezig' ? 'Aanwezig' : first.verdict === 'deels' ? 'Deels' : 'Ontbreekt');
    // Every verdict explains itself as the CLI does, and the evidence is in the checker's ranked order with its kind.
    const why = await panel.evaluate<Record<string, string>>(
      `Object.fromEntries([...document.querySelectorAll('[data-item]')].filter((el) => el.querySelector('.why')).map((el) => [el.dataset.item, el.querySelector('.why').textContent]))`,
    );
    const expectedWhy = Object.fromEntries(
      expected.items.flatMap((it) => {
        const m = explainVerdict(locChecklist.items.find((i) => i.id === it.id)!, it);
        return m ? [[it.id, translate('nl', m.key, m.params)]] : [];
      }),
    );
    expect(why).toEqual(expectedWhy);
    expect(Object.keys(why).length).toBeGreaterThan(20);
    // a deels on one vague word and an aanwezig on one passage ask to be read, on the items the checker in Node marks so and no others
    const toRead = expected.items.filter(markedToRead).map((it) => it.id);
    expect(expected.items.some((it) => it.faint && it.verdict === 'deels')).toBe(true);
    expect(expected.items.some((it) => it.single && it.verdict === 'aanwezig')).toBe(true);
    const shownToRead = await panel.evaluate<string[]>(`[...document.querySelectorAll('[data-item]')].filter((el) => el.querySelector('.verdict-line .to-read')).map((el) => el.dataset.item)`);
    expect(shownToRead).toEqual(toRead);
    const single = expected.items.find((it) => it.single && it.verdict === 'aanwezig')!;
    expect(await panel.text(sel(single.id, '.to-read-hint'))).toBe('Lees het citaat. Staat er echt een afspraak van de regio over dit punt? Zo niet, kies dan ‘Deels’.');
    const withEvidence = expected.items.find((it) => it.verdict === 'aanwezig' && it.evidence.length > 1)!;
    const quotes = await panel.evaluate<{ quote: string; kind: string | null }[]>(
      `[...document.querySelectorAll('${sel(withEvidence.id, '.evidence-list:not(.own) .evidence')}')].map((li) => ({ quote: li.querySelector('blockquote').textContent, kind: li.querySelector('.evidence-kind')?.dataset.kind ?? null }))`,
    );
    expect(quotes).toEqual(withEvidence.evidence.map((e) => ({ quote: e.quote, kind: e.kind ?? null })));
  });

  it('overrides the first item with the keyboard and keeps the automatic verdict visible', async () => {
    expect(first.id).toBe(expected.items[0]!.id); // the first item on screen
    // Open its card, start on the item's "Uitleg" and Tab forward to its verdict control.
    await panel.openItem(first.id);
    await panel.click(sel(first.id, 'summary'));
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await panel.press('Tab');
      reached = await panel.evaluate<boolean>(`document.activeElement?.matches('${sel(first.id, 'select[data-action="verdict"]')}') ?? false`);
    }
    expect(reached).toBe(true);
    const focusVisible = await panel.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`);
    expect(focusVisible).toBe('solid');
    const target = first.verdict === 'ontbreekt' ? 'deels' : 'ontbreekt';
    // Options: automatic, aanwezig, deels, ontbreekt. Arrow down until the target is chosen.
    for (let i = 0; i < 4; i++) {
      if ((await panel.evaluate<string>(`document.activeElement.value`)) === target) break;
      await panel.press('ArrowDown');
    }
    await panel.waitFor(`document.querySelector('${sel(first.id)}').dataset.verdict === '${target}'`);
    const line = await panel.text(sel(first.id, '.verdict-line'));
    expect(line).toContain('aangepast door u');
    expect(line).toContain(`Automatisch: ${first.verdict}`);
    expect(await panel.text('[data-testid="review-progress"]')).toBe(`1 van ${expected.items.length} bekeken`);
  });

  it('draws the summary as a chart per theme, with its numbers as text and the override counted', async () => {
    // Per theme: the numbers on the bars, the bar's spoken label and the table's numbers.
    const shown = await panel.evaluate<{ theme: string; bar: Record<string, number>; label: string; table: Record<string, number> }[]>(
      `[...document.querySelectorAll('[data-testid="theme-chart"] li')].map((li) => ({
        theme: li.dataset.theme,
        bar: Object.fromEntries([...li.querySelectorAll('g[data-verdict]')].map((g) => [g.dataset.verdict, Number(g.querySelector('text')?.textContent ?? NaN)])),
        label: li.querySelector('svg[role="img"]').getAttribute('aria-label'),
        table: Object.fromEntries([...document.querySelectorAll('[data-testid="theme-summary"] tr[data-theme="' + li.dataset.theme + '"] td')].map((td) => [td.dataset.verdict, Number(td.textContent)])),
      }))`,
    );
    expect(shown.map((s) => s.theme)).toEqual(locChecklist.themes.filter((t) => expected.items.some((it) => it.theme === t.id)).map((t) => t.id));
    // The counts the panel should show: the checker's verdicts with the override from the test above.
    const override = await panel.evaluate<string>(`document.querySelector('${sel(first.id)}').dataset.verdict`);
    for (const s of shown) {
      const want = { aanwezig: 0, deels: 0, ontbreekt: 0 };
      for (const it of expected.items.filter((x) => x.theme === s.theme)) want[it.id === first.id ? (override as keyof typeof want) : it.verdict]++;
      expect(s.table).toEqual(want);
      // Each part of a bar carries its number (parts with 0 items are not drawn).
      expect(s.bar).toEqual(Object.fromEntries(Object.entries(want).filter(([, n]) => n > 0)));
      const title = locChecklist.themes.find((t) => t.id === s.theme)!.title;
      expect(s.label).toBe(`${title}: ${want.aanwezig} aanwezig, ${want.deels} deels, ${want.ontbreekt} ontbreekt`);
    }
    expect(await panel.text('[data-testid="theme-chart"] figcaption')).toBe('AanwezigDeelsOntbreekt');
    await panel.evaluate(`document.querySelector('[data-testid="theme-summary"]').closest('section').scrollIntoView()`);
    await saveScreenshot(panel, 'sidepanel-summary-chart.png');
  });

  it('keeps a note and the override after closing and reopening the panel', async () => {
    await panel.click(sel(first.id, 'textarea[data-action="private-note"]'));
    await panel.insertText(NOTE);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}').value`)).toBe(NOTE);
    // The note reaches extension storage ("pagehide" writes at once; that it does not wait
    // for the save delay is pinned by tests/unit/sidepanel/use-panel.test.tsx, without timing).
    const key = normaliseUrl(env.server.url(FIXTURE));
    await panel.evaluate(`dispatchEvent(new PageTransitionEvent('pagehide'))`);
    await expect.poll(async () => (await storedReview(panel, key))?.decisions[first.id]?.privateNote ?? null).toBe(NOTE);
    // Type once more and close at once: the last change must be there after reopening.
    await panel.insertText('!');
    await panel.close();
    await clickToolbarButton(env.ext, page);
    panel = await PanelDriver.attach(env.ext.cdp, env.ext.extensionId);
    await panel.waitFor(`document.querySelector('${sel(first.id)}')`);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}').value`)).toBe(`${NOTE}!`);
    // Put the note back as it was (the rest of the test compares against NOTE).
    await panel.openItem(first.id);
    await panel.click(sel(first.id, 'textarea[data-action="private-note"]'));
    await panel.evaluate(`(() => { const t = document.activeElement; t.setSelectionRange(t.value.length, t.value.length); })()`);
    await panel.press('Backspace');
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id)}').dataset.byHand`)).toBe('true');
    expect(await panel.text(sel(first.id, '.verdict-line'))).toContain('aangepast door u');
  });

  it('shows a quote on the page, all quotes of an item, and clears the highlights', async () => {
    await panel.click(sel(first.id, '[data-action="show"]'));
    await panel.waitFor(`document.querySelector('${sel(first.id, '[data-testid="item-notice"]')}')`);
    expect(await panel.text(sel(first.id, '[data-testid="item-notice"]'))).toBe('Gemarkeerd op de pagina.');
    expect(await highlightedText(page)).toEqual([first.evidence[0]!.quote]);
    // The accessible name says what and which quote.
    const label = await panel.evaluate<string>(`document.querySelector('${sel(first.id, '[data-action="show"]')}').getAttribute('aria-label')`);
    expect(label.startsWith('Toon op pagina: ')).toBe(true);
    expect(first.evidence[0]!.quote.startsWith(label.slice('Toon op pagina: '.length).replace(/…$/, ''))).toBe(true);

    await panel.click(sel(first.id, '[data-action="show-all"]'));
    await expect.poll(() => highlightedText(page).then((t) => t.length)).toBe(first.evidence.length);
    expect((await highlightedText(page)).sort()).toEqual(first.evidence.map((e) => e.quote).sort());

    await panel.clickButton('Wis markeringen');
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-regiovisie-toets-highlights'))).toBe(false);
    expect(await highlightedText(page)).toEqual([]);
  });

  it('still finds a quote when the page changed a little, and says it is not exact', async () => {
    const quote = first.evidence[0]!.quote;
    const mid = Math.floor(quote.length / 2);
    const changed = `${quote.slice(0, mid)}xy${quote.slice(mid)}`; // a small edit since the check
    await page.evaluate(
      ([q, c]) => {
        for (const el of document.querySelectorAll('p, li')) {
          const text = el.textContent?.replace(/\s+/g, ' ') ?? '';
          if (text.includes(q!)) el.textContent = text.replace(q!, c!);
        }
      },
      [quote, changed],
    );
    await panel.click(sel(first.id, '[data-action="show"]'));
    await panel.waitFor(`document.querySelector('${sel(first.id, '[data-testid="item-notice"]')}')?.textContent.includes('niet precies zo')`);
    const marked = await highlightedText(page);
    expect(marked).toHaveLength(1);
    // The highlight covers the changed text on the page, not a random stretch.
    expect(marked[0]!.includes('xy')).toBe(true);
    expect(Math.abs(marked[0]!.length - changed.length)).toBeLessThanOrEqual(3);
    // Put the page back as it was for the next test.
    await page.evaluate(
      ([q, c]) => {
        for (const el of document.querySelectorAll('p, li')) if (el.textContent?.includes(c!)) el.textContent = el.textContent.replace(c!, q!);
      },
      [quote, changed],
    );
  });

  it('says so in Dutch when a quote is no longer on the page', async () => {
    const quote = first.evidence[0]!.quote;
    await page.evaluate((q) => {
      for (const el of document.querySelectorAll('p, li')) if (el.textContent?.replace(/\s+/g, ' ').includes(q)) el.remove();
    }, quote);
    await panel.click(sel(first.id, '[data-action="show"]'));
    await panel.waitFor(`document.querySelector('${sel(first.id, '[data-testid="item-notice"]')}')?.textContent.includes('niet (meer)')`);
    expect(await panel.text(sel(first.id, '[data-testid="item-notice"]'))).toBe('Deze tekst staat niet (meer) op de pagina.');
    expect(await panel.text('[data-testid="status"]')).toBe('Deze tekst staat niet (meer) op de pagina.');
  });

  it('adds the selected text as own evidence and removes it again', async () => {
    const other = expected.items.find((it) => it.verdict === 'ontbreekt')!;
    await panel.openItem(other.id);
    await panel.click(sel(other.id, '[data-action="use-selection"]'));
    await panel.waitFor(`document.querySelector('${sel(other.id, '[data-testid="item-notice"]')}')`);
    expect(await panel.text(sel(other.id, '[data-testid="item-notice"]'))).toContain('geen tekst geselecteerd');

    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('main p')].find((el) => (el.textContent ?? '').length > 80)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const s = window.getSelection()!;
      s.removeAllRanges();
      s.addRange(range);
      return p.textContent!.replace(/\s+/g, ' ').trim();
    });
    await panel.click(sel(other.id, '[data-action="use-selection"]'));
    await panel.waitFor(`document.querySelector('${sel(other.id, '.evidence-list.own blockquote')}')`);
    expect(await panel.text(sel(other.id, '.evidence-list.own blockquote'))).toBe(selected);
    // Own evidence can be shown on the page too.
    await panel.click(sel(other.id, '.evidence-list.own [data-action="show"]'));
    await expect.poll(() => highlightedText(page)).toEqual([selected]);
    await panel.click(sel(other.id, '[data-action="remove-own"]'));
    await panel.waitFor(`!document.querySelector('${sel(other.id, '.evidence-list.own')}')`);
    expect(await panel.text('[data-testid="status"]')).toBe('Uw bewijs is verwijderd.');
  });

  it('filters the items', async () => {
    await panel.click('input[name="item-filter"][value="changed-by-me"]');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === 1`);
    expect(await panel.evaluate<string>(`document.querySelector('[data-item]').dataset.item`)).toBe(first.id);
    await panel.click('input[name="item-filter"][value="ontbreekt"]');
    const n = expected.items.filter((it) => it.verdict === 'ontbreekt' && it.id !== first.id).length + (first.verdict === 'ontbreekt' ? 0 : 1);
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${n}`);
    // the points to read: a deels on one vague word or an aanwezig on one passage, not yet checked (the first item was changed above)
    const toRead = expected.items.filter((it) => markedToRead(it) && it.id !== first.id).map((it) => it.id);
    expect(toRead.length).toBeGreaterThan(0);
    await panel.click('input[name="item-filter"][value="to-read"]');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${toRead.length}`);
    expect(await panel.evaluate<string[]>(`[...document.querySelectorAll('[data-item]')].map((el) => el.dataset.item)`)).toEqual(toRead);
    await panel.click('input[name="item-filter"][value="all"]');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${expected.items.length}`);
  });

  it('re-checks the page, keeps the override and note and shows what changed', async () => {
    await panel.clickButton('Controleer opnieuw');
    await panel.waitFor(`document.querySelector('[data-testid="changes"]')`);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}').value`)).toBe(NOTE);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id)}').dataset.byHand`)).toBe('true');
    const changes = await panel.text('[data-testid="changes"]');
    // A paragraph was removed from the page above: the automatic verdict of the first item may change.
    expect(changes).toMatch(/Sinds de vorige controle veranderd|Er is niets veranderd/);
    expect(changes).toContain('Uw oordelen en notities zijn bewaard.');
  });

  it('looks right and has no serious accessibility problems with a review shown', async () => {
    await panel.evaluate(`window.scrollTo(0, 0)`);
    await saveScreenshot(panel, 'sidepanel-review.png');
    await panel.evaluate(`document.querySelector('${sel(first.id)}').scrollIntoView({ block: 'start' })`);
    await saveScreenshot(panel, 'sidepanel-review-items.png');
    await panel.evaluate(`window.scrollTo(0, 0)`);
    await expectNoSeriousAxe(panel, 'axe-sidepanel-review.json');
  });

  it('follows the active tab', async () => {
    const other = await env.ext.context.newPage();
    await other.goto(env.server.url('fixtures/checker/regiovisie-beperkt.html'));
    await other.bringToFront();
    // No access to the other tab's address: the start screen.
    await panel.waitFor(`!document.querySelector('[data-item]') && document.querySelector('button.primary')?.textContent === 'Controleer deze pagina'`);
    await page.bringToFront();
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${expected.items.length}`);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}').value`)).toBe(NOTE);
    await other.close();
  });

  it('loses nothing when the page is reloaded', async () => {
    await page.reload();
    // Either the review stays (the address is still visible) or the start screen shows; then check again.
    await panel.waitFor(`document.querySelector('button.primary') && !document.querySelector('button.primary').disabled`);
    await clickToolbarButton(env.ext, page); // the toolbar button grants access again, as for a user
    await panel.click('button.primary');
    await panel.waitFor(`document.querySelector('[data-testid="changes"]') && document.querySelectorAll('[data-item]').length === ${expected.items.length}`);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}').value`)).toBe(NOTE);
    expect(await panel.evaluate<string>(`document.querySelector('${sel(first.id)}').dataset.byHand`)).toBe('true');
  });

  it('opens the letter view for the shown review', async () => {
    await panel.click('[data-view="letter"]');
    expect(await panel.evaluate<string>(`document.querySelector('[data-view="letter"]').getAttribute('aria-current')`)).toBe('page');
    await panel.waitFor(`document.querySelector('main h2') && !document.querySelector('[data-testid="letter-need-review"]')`);
    await panel.click('[data-view="review"]');
    await panel.waitFor(`document.querySelectorAll('[data-item]').length === ${expected.items.length}`);
  });

  it('exports the review as a JSON file', async () => {
    await env.ext.cdp.send('Browser.setDownloadBehavior' as never, { behavior: 'allow', downloadPath: downloads, eventsEnabled: true } as never);
    await panel.clickButton('Sla op als bestand');
    exported = join(downloads, (await downloaded(downloads, '.json', 15_000))[0]!);
    expect(exported).toMatch(/Toetsing regiovisie .+ \d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.format).toBe('regiovisie-toets/review');
    expect(file.review.key).toBe(normaliseUrl(env.server.url(FIXTURE)));
    expect(file.review.decisions[first.id].privateNote).toBe(NOTE);
    const stored = await storedReviews(panel);
    expect(file.review).toEqual(stored[`review:${file.review.key}`]);
  });

  it('imports the exported file into a fresh profile, asks before overwriting, and deletes after asking', async () => {
    const fresh = await launchWithExtension();
    try {
      const { panel: p2 } = await PanelDriver.openOn(fresh, env.server.url(FIXTURE));
      await p2.click('[data-view="saved"]');
      await p2.waitFor(`document.querySelector('[data-testid="saved-empty"]')`);

      // A foreign file: a clear Dutch message, nothing stored.
      const foreign = join(downloads, 'iets-anders.txt');
      writeFileSync(foreign, '{"hallo": "wereld"}');
      await p2.setFiles('#import-file', [foreign]);
      await p2.waitFor(`document.querySelector('[data-testid="import-message"]')`);
      expect(await p2.text('[data-testid="import-message"]')).toBe('Dit bestand is geen opgeslagen toetsing van Regiovisie-toets.');
      expect(Object.keys(await storedReviews(p2))).toEqual([]);

      await p2.setFiles('#import-file', [exported]);
      await p2.waitFor(`document.querySelector('[data-testid="import-message"]')?.textContent.startsWith('De toetsing is ingeladen')`);
      const file = JSON.parse(readFileSync(exported, 'utf8'));
      const stored = await storedReviews(p2);
      expect(stored[`review:${file.review.key}`]).toEqual(file.review);
      expect(await p2.text('[data-testid="saved-progress"]')).toBe(`1 van ${expected.items.length} bekeken`);

      // Importing the same file again changes nothing and says so.
      await p2.setFiles('#import-file', [exported]);
      await p2.waitFor(`document.querySelector('[data-testid="import-message"]')?.textContent.includes('staat al precies zo')`);

      // Open it: the same review, with the override and the note.
      await p2.click('[data-action="open"]');
      await p2.waitFor(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}')`);
      expect(await p2.evaluate<string>(`document.querySelector('${sel(first.id, 'textarea[data-action="private-note"]')}').value`)).toBe(NOTE);
      expect(await p2.evaluate<string>(`document.querySelector('${sel(first.id)}').dataset.byHand`)).toBe('true');

      // Change the note here, then import the older file: the panel asks; "Nee" keeps the new note.
      await p2.openItem(first.id);
      await p2.click(sel(first.id, 'textarea[data-action="private-note"]'));
      await p2.evaluate(`(() => { const t = document.activeElement; t.setSelectionRange(t.value.length, t.value.length); })()`);
      await p2.insertText(' Extra.');
      await p2.waitFor(`document.querySelector('[data-testid="save-state"]')?.dataset.state === 'saved'`);
      await p2.click('[data-view="saved"]');
      await p2.setFiles('#import-file', [exported]);
      await p2.waitFor(`document.querySelector('[data-testid="import-conflict"]')`);
      expect(await p2.text('[data-testid="import-conflict"]')).toContain('Wilt u die vervangen');
      await p2.click('[data-action="import-cancel"]');
      await p2.waitFor(`document.querySelector('[data-testid="import-message"]')?.textContent === 'Er is niets vervangen.'`);
      expect((await storedReviews(p2))[`review:${file.review.key}`]!.decisions[first.id]!.privateNote).toBe(`${NOTE} Extra.`);
      // "Ja, vervang" overwrites.
      await p2.setFiles('#import-file', [exported]);
      await p2.waitFor(`document.querySelector('[data-testid="import-conflict"]')`);
      await p2.click('[data-action="import-overwrite"]');
      await p2.waitFor(`document.querySelector('[data-testid="import-message"]')?.textContent.startsWith('De toetsing is ingeladen')`);
      expect((await storedReviews(p2))[`review:${file.review.key}`]).toEqual(file.review);

      // Delete: first "Nee, bewaar", then "Ja, verwijder".
      await p2.click('[data-action="delete"]');
      await p2.waitFor(`document.querySelector('[data-action="delete-no"]')`);
      // The keyboard focus moves to the safe answer.
      await p2.waitFor(`document.activeElement?.dataset.action === 'delete-no'`);
      expect(await p2.text('.confirm-box p')).toContain('Weet u zeker');
      await p2.click('[data-action="delete-no"]');
      await p2.waitFor(`document.querySelector('[data-action="delete"]')`);
      expect(Object.keys(await storedReviews(p2))).toHaveLength(1);
      await p2.click('[data-action="delete"]');
      await p2.click('[data-action="delete-yes"]');
      await p2.waitFor(`document.querySelector('[data-testid="saved-empty"]')`);
      expect(Object.keys(await storedReviews(p2))).toEqual([]);
      await p2.close();
    } finally {
      await fresh.close();
      removeProfile(fresh.userDataDir);
    }
  });

  it('lists the review in the saved view of the first profile with its progress', async () => {
    await panel.click('[data-view="saved"]');
    await panel.waitFor(`document.querySelector('[data-testid="saved-list"]')`);
    expect(await panel.text('[data-testid="saved-progress"]')).toMatch(/^\d+ van 34 bekeken$/);
    await saveScreenshot(panel, 'sidepanel-saved.png');
    await expectNoSeriousAxe(panel);
    expect(existsSync(exported)).toBe(true);
  });
});
