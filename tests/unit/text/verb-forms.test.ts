import { describe, expect, it } from 'vitest';
import { presentSingular } from '../../../lib/text/verb-forms';

describe('presentSingular', () => {
  const has = (inf: string, form: string) => expect(presentSingular(inf), inf).toContain(form);
  it('doubles the vowel of an open syllable, and keeps it single where the syllable is unstressed', () => {
    has('spreken', 'spreekt');
    has('vragen', 'vraagt');
    has('horen', 'hoort');
    has('luisteren', 'luistert');
    has('evalueren', 'evalueert');
  });
  it('undoubles a double consonant, writes f for v and s for z, and adds no second t', () => {
    has('bellen', 'belt');
    has('stemmen', 'stemt');
    has('geven', 'geeft');
    has('kiezen', 'kiest');
    has('zetten', 'zet');
    has('wachten', 'wacht');
  });
  it('writes -dt after a d', () => {
    has('houden', 'houdt');
    has('bieden', 'biedt');
  });
  it('gives nothing for words that cannot be an infinitive', () => {
    expect(presentSingular('hulp')).toEqual([]);
    expect(presentSingular('zien')).toEqual([]);
    expect(presentSingular('de wet')).toEqual([]);
  });
});
