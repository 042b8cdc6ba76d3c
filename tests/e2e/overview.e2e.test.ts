import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main as overview } from '@/cli/overview';
import { CHROMIUM, OUTPUT_DIR, ROOT, skipE2E } from './harness';

/**
 * The page `npm run overview -- DIR --html OUT.html` writes, opened in Chromium as a person
 * opens the file: no console errors, no request besides the file itself (no fonts, images,
 * scripts or styles from anywhere), the title with <script> shown as text, a screenshot.
 */
describe.skipIf(skipE2E())('the overview page in Chromium', () => {
  let browser: Browser;
  const file = join(OUTPUT_DIR, 'overview.html');

  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await overview([join(ROOT, 'tests/fixtures/overview'), '--html', file])).toBe(0);
    } finally {
      quiet.mockRestore();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens without errors or requests, shows the escaped title, a chart per theme and the tables', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.title()).toBe('Overzicht regiovisies');
    // The fixture's title with <script> is text in the table, not an element.
    expect(await page.locator('script').count()).toBe(0);
    await expect(page.getByRole('rowheader', { name: 'Regiovisie <script>alert(1)</script> "West"; 2026' }).count()).resolves.toBe(1);
    expect(await page.locator('svg[role="img"]').count()).toBe(5);
    expect(await page.locator('h3').allTextContents()).toEqual(['Vertrouwen als basis', 'Organiseer de zorg passend en toegankelijk', 'Kwaliteit van zorg', 'Kinderen, jongeren en ouders zijn experts', 'Algemeen']);
    // Every bar is drawn within its chart and has its numbers as text.
    const first = page.locator('svg').first();
    expect(await first.locator('g').count()).toBe(3);
    expect(await first.locator('g').first().locator('text').last().textContent()).toMatch(/^● \d+ {2}◐ \d+ {2}○ \d+$/);
    expect(await page.locator('table').count()).toBe(2);

    await page.screenshot({ path: join(OUTPUT_DIR, 'overview.png'), fullPage: true });
    writeFileSync(join(OUTPUT_DIR, 'overview-requests.txt'), `${requests.join('\n')}\n`);
    await page.close();
  });
});
