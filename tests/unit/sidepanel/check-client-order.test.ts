/**
 * The panel's check worker holds the document it read last, so a check does not send a big
 * document back to it. A reading queued meanwhile (a source added while "Controleer" runs)
 * replaces what the worker holds: the check must still be of the document it read, never of
 * the other one. Runs without a Worker (Node): the same request functions run directly.
 */
import { describe, expect, it } from 'vitest';
import { analyseInWorker, extractInWorker } from '@/entrypoints/sidepanel/check-client';

const page = (title: string) => ({
  url: `https://proefland.nl/${title}`,
  html: `<html><head><title>${title}</title></head><body><main><h1>${title}</h1>${'<p>De gemeenten in de regio werken samen aan hulp voor jongeren en gezinnen dicht bij huis. </p>'.repeat(30)}</main></body></html>`,
});

describe('check client: which document is checked', () => {
  it('checks the page it read, also when another reading was queued before the check', async () => {
    const check = (async () => {
      const read = await extractInWorker(page('PaginaA'));
      if (!read.ok) throw new Error(read.error);
      // as use-page-check does: a few steps between reading and checking
      for (let i = 0; i < 3; i++) await Promise.resolve();
      const analysed = await analyseInWorker(read.value);
      return { read: read.value.title, checked: analysed.ok ? analysed.value.source.title : 'failed' };
    })();
    const other = extractInWorker(page('PaginaB')); // "Voeg toe aan deze toetsing → Deze pagina", started meanwhile
    const result = await check;
    expect((await other).ok).toBe(true);
    expect(result).toEqual({ read: 'PaginaA', checked: 'PaginaA' });
  });

  it('checks the document it was given when nothing else was read in between', async () => {
    const read = await extractInWorker(page('PaginaC'));
    if (!read.ok) throw new Error(read.error);
    const analysed = await analyseInWorker(read.value);
    expect(analysed.ok && analysed.value.source.title).toBe('PaginaC');
  });
});
