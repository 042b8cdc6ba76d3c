/**
 * Above the review: a text that is no regiovisie (with the reason), and a short text, with the
 * way to the full document. Rendered into a linkedom document.
 */
import { describe, expect, it } from 'vitest';
import { useDom } from '../dom';
import { renderView } from './render';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Review } from '@/lib/check/types';
import { TextWarning } from '@/components/TextWarning';
import { makeReview } from '../review/factory';

const { document } = useDom();

function show(review: Review) {
  return renderView(<TextWarning review={review} place="review" />);
}

const withWords = (words: number, over: Partial<Review> = {}): Review => {
  const r = makeReview();
  return { ...r, source: { ...r.source, words }, ...over };
};
const texts = (root: Element) => [...root.querySelectorAll('.notice')].map((n) => n.textContent);

describe('TextWarning above the review', () => {
  it('says nothing about a regiovisie of normal length', () => {
    expect(texts(show(withWords(5000)))).toEqual([]);
  });

  it('says the text is short, with its words, and where the full regiovisie may be', () => {
    const root = show(withWords(577));
    expect(texts(root)).toEqual([
      'Er staat weinig tekst in. Misschien staat de volledige regiovisie in een pdf of op een andere pagina. De getoetste tekst heeft 577 woorden.Staat de regiovisie in een pdf? Kies die dan bij ‘Of kies een bestand’.',
    ]);
    expect(root.querySelector('[data-testid="review-short-text"]')).not.toBeNull();
  });

  it('a short news page: the reason and the short text; "too short" as the reason is said once', () => {
    const news = texts(show(withWords(563, { looksLikeRegiovisie: false, notRegiovisie: 'news' })));
    expect(news).toHaveLength(2);
    expect(news[0]).toContain('Deze tekst lijkt geen regiovisie. Het lijkt een nieuwsbericht of verslag: vooral wat anderen zeggen.');
    act(() => render(null, document.getElementById('root')!));
    const short = texts(show(withWords(300, { looksLikeRegiovisie: false, notRegiovisie: 'too-short' })));
    expect(short).toHaveLength(1);
    expect(short[0]).toContain('Er staat te weinig tekst in.');
  });
});
