/** The panel's notice after "Toon op pagina" / "Toon alles" (lib/review/show-on-page.ts). */
import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import { quoteStart, showOutcomeNotice } from '@/lib/review/show-on-page';

const QUOTES = ['Eerste zin over de hulp.', 'Tweede zin die in een dichte uitklap staat en nogal lang doorgaat met woorden.', 'Derde zin.'];
const text = (n: ReturnType<typeof showOutcomeNotice>) => translate('nl', n.message.key, n.message.params);

describe('showOutcomeNotice', () => {
  it('says "Gemarkeerd" only when every quote is shown', () => {
    expect(showOutcomeNotice({ found: 1, missing: 0, fuzzy: 0, closed: 0 }, QUOTES.slice(0, 1))).toEqual({ kind: 'info', message: { key: 'review.show.found' } });
    expect(showOutcomeNotice({ found: 0, missing: 1, fuzzy: 0, closed: 0 }, QUOTES.slice(0, 1)).kind).toBe('error');
    expect(showOutcomeNotice({ found: 2, missing: 1, fuzzy: 0, closed: 0 }, QUOTES).message.key).toBe('review.show.foundSome');
    expect(showOutcomeNotice({ found: 1, missing: 0, fuzzy: 1, closed: 0 }, QUOTES.slice(0, 1)).message.key).toBe('review.show.fuzzy');
  });

  it('says a single quote is in a closed part and names its first words', () => {
    const n = showOutcomeNotice({ found: 0, missing: 0, fuzzy: 0, closed: 1, firstClosed: 0 }, [QUOTES[1]!]);
    expect(n.kind).toBe('warning');
    expect(text(n)).toBe(`Deze tekst staat in een deel van de pagina dat dicht zit. Open dat deel zelf. De tekst begint met: „${quoteStart(QUOTES[1]!)}”`);
    expect(text(n)).not.toContain('Gemarkeerd');
    // Even when the content script also found it only approximately.
    expect(showOutcomeNotice({ found: 0, missing: 0, fuzzy: 1, closed: 1, firstClosed: 0 }, [QUOTES[1]!]).message.key).toBe('review.show.closed');
  });

  it('counts shown, closed and missing quotes for "Toon alles"', () => {
    const some = showOutcomeNotice({ found: 2, missing: 0, fuzzy: 0, closed: 1, firstClosed: 1 }, QUOTES);
    expect(text(some)).toBe(
      `2 van de 3 stukken tekst zijn gemarkeerd. In een deel van de pagina dat dicht zit: 1. Open dat deel zelf. Het eerste stuk begint met: „${quoteStart(QUOTES[1]!)}”`,
    );
    const all = showOutcomeNotice({ found: 1, missing: 1, fuzzy: 0, closed: 1, firstClosed: 2 }, QUOTES);
    expect(text(all)).toContain('1 van de 3 stukken tekst zijn gemarkeerd.');
    expect(text(all)).toContain('„Derde zin.”');
    expect(text(all)).toContain('Niet (meer) op de pagina: 1.');
    expect(translate('en', all.message.key, all.message.params)).toContain('1 of the 3 passages are highlighted.');
  });

  it('reads an outcome from an older content script (no closed count) as before', () => {
    const old = { found: 1, missing: 0, fuzzy: 0 } as unknown as Parameters<typeof showOutcomeNotice>[0];
    expect(showOutcomeNotice(old, QUOTES.slice(0, 1)).message.key).toBe('review.show.found');
  });
});
