import { describe, expect, it } from 'vitest';
import { catalogue, translate } from '@/lib/i18n';

describe('i18n', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    const nl = catalogue('nl');
    const en = catalogue('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, value] of Object.entries({ ...nl })) expect(value.trim(), key).not.toBe('');
    for (const [key, value] of Object.entries({ ...en })) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const nl = catalogue('nl');
    const en = catalogue('en');
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(names(en[key]), key).toEqual(names(nl[key]));
  });

  it('fills placeholders and writes numbers the Dutch or English way', () => {
    expect(translate('nl', 'doc.counts', { blocks: 1234, words: 56789 })).toBe('1.234 tekstblokken, 56.789 woorden');
    expect(translate('en', 'doc.counts', { blocks: 1234, words: 56789 })).toBe('1,234 text blocks, 56,789 words');
    expect(translate('nl', 'review.readability', { score: 61, words: 12.5, level: 'B1' })).toContain('12,5 woorden');
  });

  it('leaves an unknown placeholder visible instead of hiding it', () => {
    expect(translate('nl', 'doc.counts', { blocks: 3 })).toBe('3 tekstblokken, {words} woorden');
  });
});
