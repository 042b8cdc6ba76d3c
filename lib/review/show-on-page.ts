/**
 * What the panel says after "Toon op pagina" / "Toon alles": pure, from the content script's
 * count of quotes shown, missing and left in a closed part of the page. Never "Gemarkeerd"
 * for a quote the user cannot see.
 */
import type { Message } from '../i18n';
import type { HighlightOutcome } from '../messages';
import { shortenText } from '../text/graphemes';

/** The first words of a quote, for accessible names ("Toon op pagina: Elk gezin krijgt…") and notices. */
export function quoteStart(quote: string, max = 60): string {
  // a word is kept whole when a space falls in the second half
  return shortenText(quote.replace(/\s+/g, ' ').trim(), max, { wordFrom: Math.floor(max / 2) + 1, trailing: /\s+$/u });
}

export interface ShowNotice {
  kind: 'info' | 'warning' | 'error';
  message: Message;
}

/** The notice for the outcome of showing `quotes` (the quote texts, in the order sent). */
export function showOutcomeNotice(outcome: HighlightOutcome, quotes: readonly string[]): ShowNotice {
  const { found, missing, fuzzy } = outcome;
  const closed = outcome.closed ?? 0; // an older content script does not report it
  const total = found + missing + closed;
  if (closed > 0) {
    const start = quoteStart(quotes[outcome.firstClosed ?? -1] ?? '');
    if (total === 1) return { kind: 'warning', message: { key: 'review.show.closed', params: { start } } };
    const key = missing > 0 ? 'review.show.closedSomeMissing' : 'review.show.closedSome';
    return { kind: 'warning', message: { key, params: { found, total, closed, missing, start } } };
  }
  if (found === 0) return { kind: 'error', message: { key: 'review.show.missing' } };
  if (missing > 0) return { kind: 'warning', message: { key: 'review.show.foundSome', params: { found, total } } };
  if (fuzzy > 0) return { kind: 'warning', message: { key: 'review.show.fuzzy' } };
  return { kind: 'info', message: { key: 'review.show.found' } };
}
