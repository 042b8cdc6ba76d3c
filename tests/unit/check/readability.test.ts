import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { fleschDouma, levelOf } from '../../../lib/check/readability';
import { doc, miniChecklist } from './helpers';

const c = miniChecklist({});

describe('readability', () => {
  it('computes Flesch–Douma from totals', () => {
    // 206.835 − 0.93·(20/2) − 77·(30/20) = 206.835 − 9.3 − 115.5
    expect(fleschDouma(20, 2, 30)).toBeCloseTo(82.035, 3);
    expect(fleschDouma(0, 0, 0)).toBe(0);
  });

  it('measures a short known text', () => {
    // 2 sentences, 8 words; syllables: Het(1) kind(1) speelt(1) buiten(2) | Wij(1) helpen(2) de(1) ouders(2) = 11
    const r = analyze(doc('Het kind speelt buiten. Wij helpen de ouders.'), c);
    expect(r.readability.sentences).toBe(2);
    expect(r.readability.words).toBe(8);
    expect(r.readability.averageSentenceWords).toBe(4);
    expect(r.readability.averageWordSyllables).toBeCloseTo(11 / 8, 2);
    // 206.835 − 0.93·4 − 77·(11/8) = 206.835 − 3.72 − 105.875
    expect(r.readability.fleschDouma).toBeCloseTo(97.24, 1);
    expect(r.readability.longWordShare).toBe(0);
  });

  it('counts a diaeresis as the start of a syllable, as the word is written', () => {
    // De(1) re-ïn-te-gra-tie(5) gaat(1) goed(1) | De(1) i-dee-ën(3) zijn(1) goed(1) = 14
    const withMark = analyze(doc('De reïntegratie gaat goed. De ideeën zijn goed.'), c);
    expect(withMark.readability.averageWordSyllables).toBeCloseTo(14 / 8, 2);
    // Without the mark "ei" is one vowel: rein-te-gra-tie(4); i-dee-en stays 3 = 13.
    const without = analyze(doc('De reintegratie gaat goed. De ideeen zijn goed.'), c);
    expect(without.readability.averageWordSyllables).toBeCloseTo(13 / 8, 2);
  });

  it('easy text is B1 (aanwezig); long jargon-heavy text is not', () => {
    const easy = analyze(
      doc('Heeft uw kind hulp nodig? Bel dan het team. Wij komen bij u thuis. We praten samen over wat nodig is. Dat is gratis. U krijgt snel een antwoord. Wij helpen u graag verder.'),
      c,
      { assumeRegiovisie: true },
    );
    expect(easy.readability.level).toBe('B1');
    expect(easy.items.find((i) => i.id === 'algemeen.begrijpelijk')!.verdict).toBe('aanwezig');

    const hard = analyze(
      doc(
        'De implementatie van de transformatieagenda vereist een integrale en domeinoverstijgende herpositionering van het opdrachtgeverschap binnen het bovenregionale zorglandschap, teneinde de continuïteit van specialistische jeugdhulpfuncties structureel te borgen. ' +
          'Daartoe wordt een resultaatgerichte bekostigingssystematiek geïntroduceerd, waarbij contractmanagement en monitoring op basis van outcome-indicatoren randvoorwaardelijk zijn voor effectieve sturing.',
      ),
      c,
      { assumeRegiovisie: true },
    );
    expect(hard.readability.level).not.toBe('B1');
    expect(hard.readability.jargonShare).toBeGreaterThan(0.05);
    expect(hard.readability.jargon.length).toBeGreaterThan(0);
    const item = hard.items.find((i) => i.id === 'algemeen.begrijpelijk')!;
    expect(item.verdict).not.toBe('aanwezig');
    expect(item.evidence[0]!.quote.startsWith('De implementatie')).toBe(true);
    expect(hard.readability.fleschDouma).toBeLessThan(easy.readability.fleschDouma);
  });

  it('levels follow the figures', () => {
    expect(levelOf({ fleschDouma: 70, averageSentenceWords: 10, longWordShare: 0.05, jargonShare: 0 })).toBe('B1');
    expect(levelOf({ fleschDouma: 50, averageSentenceWords: 16, longWordShare: 0.1, jargonShare: 0.01 })).toBe('B2');
    expect(levelOf({ fleschDouma: 20, averageSentenceWords: 28, longWordShare: 0.2, jargonShare: 0.05 })).toBe('C1');
  });
});
