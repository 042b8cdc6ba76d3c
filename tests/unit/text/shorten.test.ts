import { describe, expect, it } from 'vitest';
import { shortenText, shortLabel, truncateText } from '../../../lib/text/graphemes';
import { quoteStart } from '../../../lib/review/show-on-page';

describe('shortenText: the one way text is shortened', () => {
  it('a label keeps the "…" within its width and cuts mid-word', () => {
    expect(shortLabel('Regiovisie Noordkust', 20)).toBe('Regiovisie Noordkust');
    expect(shortLabel('Regiovisie Noordkust 2026', 20)).toBe('Regiovisie Noordkus…');
    // the space before the cut is not kept before the "…"
    expect(shortLabel('Regiovisie Noordkust 2026', 21)).toBe('Regiovisie Noordkust…');
    expect([...shortLabel('x'.repeat(100), 40)]).toHaveLength(40);
  });

  it('a label never splits an emoji', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(shortLabel(`ab${family}${family}`, 3)).toBe(`ab…`);
    expect(shortLabel(`a${family}${family}`, 3)).toBe(`a${family}${family}`);
    expect(shortLabel(`a${family}${family}${family}`, 3)).toBe(`a${family}…`);
  });

  it('the start of a quote keeps a word whole when a space falls in its second half, and keeps a comma', () => {
    expect(quoteStart('een  twee\ndrie', 60)).toBe('een twee drie');
    expect(quoteStart('een twee drie vier vijf zes zeven', 20)).toBe('een twee drie vier…');
    expect(quoteStart('eenentwintig tweeëntwintig', 20)).toBe('eenentwintig…');
    expect(quoteStart('eenentwintigduizend, tweeëntwintig', 20)).toBe('eenentwintigduizend,…');
    // no space in the second half: cut mid-word
    expect(quoteStart('een tweeëntwintigduizend', 20)).toBe('een tweeëntwintigdui…');
  });

  it('by default the cut looks for a space in the last fifth only and drops trailing punctuation', () => {
    expect(truncateText('eenentwintig tweeëntwintig', 20)).toBe('eenentwintig tweeënt…');
    expect(shortenText('een twee drie vier, vijf', 20)).toBe('een twee drie vier…');
    expect(shortenText('een twee drie vier, vijf', 20, { trailing: /\s+$/u })).toBe('een twee drie vier,…');
    expect(shortenText('eenentwintig tweeëntwintig', 20, { wordFrom: 5 })).toBe('eenentwintig…');
  });
});
