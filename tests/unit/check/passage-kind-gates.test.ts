import { describe, expect, it } from 'vitest';
import {
  ACCORDING_TO_START,
  COLOPHON,
  FAMILY_SAYS,
  FAMILY_SAYS_AFTER,
  FAMILY_VERB,
  IS_OR_ZIJN,
  mayBeIsOrZijn,
  QUESTION_WORD_FIRST,
  SECTION_NUMBER,
  SPEAKER_FIRST,
  mayAskFirst,
  mayBeColophon,
  maySayWho,
  opensSectionNumber,
} from '../../../lib/check/passage-kind';
import { mulberry32 } from '../seeded-random';

/** A replayable random text of 1 to `most` parts. */
function randomText(random: () => number, parts: readonly string[], most: number): string {
  let text = '';
  const n = 1 + Math.floor(random() * most);
  for (let k = 0; k < n; k++) text += parts[Math.floor(random() * parts.length)];
  return text;
}

describe('cheap first tests of passageKind', () => {
  it('FAMILY_VERB holds for every text, in any case, whose lower-cased copy SPEAKER_FIRST, FAMILY_SAYS or FAMILY_SAYS_AFTER matches (replayable)', () => {
    // every verb of the three patterns, their speakers, and the words around them
    const verbs = [
      'gaven', 'geven', 'geeft', 'gaf', 'merkten', 'merken', 'zeiden', 'zeggen', 'zegt', 'vertelden', 'vertellen', 'vertelt',
      'vroegen', 'vragen om', 'vragen', 'vraagt', 'wensen', 'wensten', 'wenst', 'misten', 'missen', 'mist', 'hopen', 'hoopten',
      'hoopt', 'hebben het gevoel', 'hadden het gevoel', 'ervaren', 'ervoeren', 'noemden', 'noemen', 'pleiten', 'pleitten',
      'willen', 'wilden', 'willen graag', 'zouden graag', 'hebben behoefte', 'hadden behoefte', 'adviseren', 'adviseerden',
      'adviseert', 'vonden', 'gevraagd', 'verteld', 'gezegd',
    ];
    const speakers = [
      'ouders', 'ouder', 'jongeren', 'jongere', 'kinderen', 'kind', 'gezinnen', 'jeugdigen', 'deelnemers', 'pleegouders',
      'jongerenraad', 'ouderpanel', 'ouderplatform', 'leden van de jongerenraad', 'de jongerenraad', 'het ouderpanel',
    ];
    const others = ['de', 'veel', 'sommige', 'aan', 'op', 'dat', 'we', 'over', 'hulp', 'zij', 'hier', ',', '.', ':', 'x'];
    for (const verb of verbs) {
      expect(FAMILY_VERB.test(verb), verb).toBe(true);
      expect(FAMILY_VERB.test(verb.toUpperCase()), verb).toBe(true);
    }
    // the Kelvin sign lower-cases to k
    expect(FAMILY_VERB.test('MER\u212aTEN')).toBe(true);
    expect(FAMILY_VERB.test('MER\u212aTEN'.toLowerCase())).toBe(true);
    // "İ" lower-cases to i and a dot: no piece is made by it
    expect(FAMILY_VERB.test('W\u0130LLEN'.toLowerCase())).toBe(false);
    const random = mulberry32(47);
    let matched = 0;
    for (let i = 0; i < 40000; i++) {
      const words: string[] = [];
      const n = 1 + Math.floor(random() * 8);
      for (let k = 0; k < n; k++) {
        const r = random();
        words.push((r < 0.3 ? verbs : r < 0.6 ? speakers : others)[Math.floor(random() * (r < 0.3 ? verbs.length : r < 0.6 ? speakers.length : others.length))]!);
      }
      let text = words.join(random() < 0.9 ? ' ' : '  ');
      // written in any case, sometimes with the two characters that lower-case to a, i or k otherwise
      const r = random();
      if (r < 0.25) text = text.toUpperCase();
      else if (r < 0.35) text = text.replace(/k/g, '\u212a');
      else if (r < 0.45) text = text.replace(/i/g, '\u0130');
      else if (r < 0.6) text = text.charAt(0).toUpperCase() + text.slice(1);
      const lower = text.toLowerCase();
      if (SPEAKER_FIRST.test(lower) || FAMILY_SAYS.test(lower) || FAMILY_SAYS_AFTER.test(lower)) {
        matched++;
        expect(FAMILY_VERB.test(text), text).toBe(true);
      }
    }
    // the three patterns matched often enough for the check to mean something
    expect(matched).toBeGreaterThan(5000);
  });

  it('opensSectionNumber holds for every text SECTION_NUMBER matches (replayable)', () => {
    const parts = ['1', '12', '3.6', '5.3.1', '2.', 'Hoofdstuk 5', 'HOOFDSTUK 12', 'hoofdstuk', 'Bijlage C', 'bijlage 2b', 'Paragraaf 4', 'Deel 3', 'deel', 'De', 'x', 'İ', 'ſ', '\u212a', ' ', ' ', '\t', '.', '-'];
    const random = mulberry32(59);
    let matched = 0;
    for (let i = 0; i < 40000; i++) {
      const text = randomText(random, parts, 5);
      if (!SECTION_NUMBER.test(text)) continue;
      matched++;
      expect(opensSectionNumber(text), JSON.stringify(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(1000);
    expect(opensSectionNumber('Hoofdstuk 3 Het plan')).toBe(true);
    expect(opensSectionNumber('Het plan')).toBe(false);
    expect(opensSectionNumber('Wij gaan')).toBe(false);
  });

  it('the first tests of QUESTION_WORD_FIRST, "volgens/aldus" and COLOPHON hold for every text the pattern matches (replayable)', () => {
    const parts = [
      'of', 'Of', 'hoe', 'HOE', 'welk', 'welke', 'wat', 'wanneer', 'waar', 'Wie', 'in hoeverre', 'In', 'volgens', 'Volgens', 'ALDUS', 'aldus',
      'Vastgesteld door het bestuur op 18 december 2025', 'Goedgekeurd in de raad, 2024.', 'Aangenomen op 3 maart 2026', 'Vastgesteld', 'Goedgekeurd', 'Aangenomen', 'vastgesteld', ' door', ' in', ' op', ' het bestuur', ' 2025', ' 1999', '.', 'We', 'x', 'İ', '\u212a', ' ', ',',
    ];
    const gates: [RegExp, (text: string) => boolean][] = [
      [QUESTION_WORD_FIRST, mayAskFirst],
      [ACCORDING_TO_START, maySayWho],
      [COLOPHON, mayBeColophon],
    ];
    const random = mulberry32(67);
    const matched = [0, 0, 0];
    for (let i = 0; i < 40000; i++) {
      const text = randomText(random, parts, 6);
      gates.forEach(([pattern, gate], g) => {
        if (!pattern.test(text)) return;
        matched[g]!++;
        expect(gate(text), `${pattern.source}: ${JSON.stringify(text)}`).toBe(true);
      });
    }
    for (const m of matched) expect(m).toBeGreaterThan(100);
  });

  it('IS_OR_ZIJN matches exactly the texts that /^(?:\\S+ ){1,3}(?:is|zijn) / (either case) matches (replayable)', () => {
    const before = /^(?:\S+ ){1,3}(?:[iI][sS]|[zZ][iI][jJ][nN]) /;
    const parts = ['is ', 'zijn ', 'Is ', 'is', 'IS', 'Is', 'zijn', 'ZiJn', 'zij', 'isis', 'een', 'De', 'x', 'ï', 'İ', ' ', ' ', ' ', '  ', '\t', '\u00a0', '.', ','];
    const random = mulberry32(53);
    let matched = 0;
    let unmatched = 0;
    for (let i = 0; i < 40000; i++) {
      const text = randomText(random, parts, 12);
      const want = before.test(text);
      if (want) matched++;
      else unmatched++;
      expect(IS_OR_ZIJN.test(text), JSON.stringify(text)).toBe(want);
      // and its first test lets every such text through
      if (want) expect(mayBeIsOrZijn(text), JSON.stringify(text)).toBe(true);
    }
    expect(matched).toBeGreaterThan(1000);
    expect(unmatched).toBeGreaterThan(5000);
  });
});
