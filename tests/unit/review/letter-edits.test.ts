import { describe, expect, it } from 'vitest';
import { setLetterEdit } from '@/lib/review';
import { makeSaved } from './factory';

const now = new Date('2026-11-22T10:00:00Z');

describe('setLetterEdit', () => {
  it('stores, replaces and removes the text of one paragraph', () => {
    const saved = makeSaved();
    const a = setLetterEdit(saved, 'opening', 'Onze eigen opening & meer 🙂', now);
    expect(a.letterEdits).toEqual({ opening: 'Onze eigen opening & meer 🙂' });
    expect(a.updatedAt).toBe(now.toISOString());
    expect(saved.letterEdits).toBeUndefined(); // immutable
    const b = setLetterEdit(a, 'verzoek.1', 'Graag een reactie.', now);
    expect(Object.keys(b.letterEdits!).sort()).toEqual(['opening', 'verzoek.1']);
    const c = setLetterEdit(b, 'opening', undefined, now);
    expect(c.letterEdits).toEqual({ 'verzoek.1': 'Graag een reactie.' });
    const d = setLetterEdit(c, 'verzoek.1', undefined, now);
    expect(d.letterEdits).toBeUndefined();
  });

  it('returns the same object when nothing changes, so no write is needed', () => {
    const a = setLetterEdit(makeSaved(), 'opening', 'Tekst', now);
    expect(setLetterEdit(a, 'opening', 'Tekst', now)).toBe(a);
    expect(setLetterEdit(a, 'onbekend', undefined, now)).toBe(a);
  });

  it('keeps an empty text as an edit (it removes the paragraph from the letter)', () => {
    expect(setLetterEdit(makeSaved(), 'opening', '', now).letterEdits).toEqual({ opening: '' });
  });
});
