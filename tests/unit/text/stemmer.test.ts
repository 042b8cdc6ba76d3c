import { describe, expect, it } from 'vitest';
import { stem, stemDutch } from '../../../lib/text/stemmer';

// Known outputs of the Dutch Snowball stemmer (snowballstem.org, sample vocabulary).
const SNOWBALL: Record<string, string> = {
  lichaamsziek: 'lichaamsziek',
  lichamelijk: 'licham',
  lichamelijke: 'licham',
  lichamelijkheden: 'licham',
  lichamen: 'licham',
  lichere: 'licher',
  licht: 'licht',
  lichtbeelden: 'lichtbeeld',
  lichtbruin: 'lichtbruin',
  lichtdoorlatende: 'lichtdoorlat',
  lichte: 'licht',
  lichten: 'licht',
  lichtende: 'lichtend',
  lichtenvoorde: 'lichtenvoord',
  lichter: 'lichter',
  lichtere: 'lichter',
  lichters: 'lichter',
  lichtgevoeligheid: 'lichtgevoel',
  lichtgewicht: 'lichtgewicht',
  lichtgrijs: 'lichtgrijs',
  lichthoeveelheid: 'lichthoevel',
  lichtintensiteit: 'lichtintensiteit',
  lichtje: 'lichtj',
  lichtjes: 'lichtjes',
  lichtkranten: 'lichtkrant',
  lichtkring: 'lichtkring',
  lichtkringen: 'lichtkring',
  lichtregelsystemen: 'lichtregelsystem',
  lichtste: 'lichtst',
  lichtstromende: 'lichtstrom',
  lichtte: 'licht',
  lichtten: 'licht',
  lichttoetreding: 'lichttoetred',
  lichtverontreinigde: 'lichtverontreinigd',
  lichtzinnige: 'lichtzinn',
};

describe('Dutch Snowball stemmer', () => {
  for (const [word, expected] of Object.entries(SNOWBALL)) {
    it(`${word} → ${expected}`, () => expect(stemDutch(word)).toBe(expected));
  }

  it('keeps "-baar" (unlike Snowball): available is not a decision, but its own forms still meet', () => {
    expect(stemDutch('beschikbaar')).toBe(stemDutch('beschikbaarheid'));
    expect(stemDutch('beschikbare')).toBe(stemDutch('beschikbaar'));
    expect(stemDutch('beschikbaar')).not.toBe(stemDutch('beschikkingen'));
    expect(stemDutch('bereikbaar')).not.toBe(stemDutch('bereiken'));
  });

  it('gives plural and singular the same stem', () => {
    expect(stem('wachtlijsten')).toBe(stem('wachtlijst'));
    expect(stem('aanbieders')).toBe(stem('aanbieder'));
    expect(stem('ervaringsdeskundigen')).toBe(stem('ervaringsdeskundige'));
    expect(stem('gezinnen')).not.toBe(stem('gemeenten'));
  });

  it('undoubles a long vowel before a final consonant (maan → man)', () => {
    expect(stemDutch('maan')).toBe('man');
    expect(stemDutch('brood')).toBe('brod');
  });

  it('does not strip -en after "gem" (gemeen-like words keep their ending)', () => {
    // "-en" preceded by "gem" is not removed
    expect(stemDutch('bedremgemen').endsWith('gemen')).toBe(true);
  });

  it('folds the diaeresis and handles y and i between vowels', () => {
    expect(stemDutch('ideeën')).toBe(stemDutch('ideeen'));
    expect(stemDutch('mooie')).toBe('mooi');
  });
});
