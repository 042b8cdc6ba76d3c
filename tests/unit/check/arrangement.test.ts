import { describe, expect, it } from 'vitest';
import { analyze, passageKind } from '../../../lib/check';
import { isEllipticalStart, leadMarkBetween, looksLikeContents, wordStarts, wordStartsBetween, type PassageFacts } from '../../../lib/check/passage-kind';
import { GAP_BRACKET, GAP_COLON, GAP_COMMA, GAP_DASH, GAP_QUOTE, GAP_SEMICOLON, TEXT_TIMES, TOKEN_CAPITAL, TOKEN_NUM, createTokenBuffer, scanTokens } from '../../../lib/text/tokenize';
import { CUE, wordCues } from '../../../lib/check/cues';
import type { Review } from '../../../lib/check/types';
import { REGIO_INTRO, doc, miniChecklist } from './helpers';

/**
 * Present-tense arrangements: in a regiovisie, a plain statement of how things are arranged
 * ("Pleegouders krijgen…", "Iedere jongere heeft…", "Een plan moet…", "… wordt aangeboden")
 * states policy even without "we gaan/zullen". Problems, questions, hedges, value judgements,
 * descriptions of the document and elliptical additions stay deels.
 */
const c = miniChecklist({
  'kwaliteit.een-aanspreekpunt': { strong: ['aanspreekpunt', 'contactpersoon'], weak: [] },
  'kwaliteit.contact-bij-wachttijd': { strong: ['overbruggingszorg', 'overbruggingshulp'], weak: [] },
});

function verdict(review: Review, id: string) {
  return review.items.find((i) => i.id === id)!.verdict;
}
const aanspreekpunt = (sentence: string) => verdict(analyze(doc(REGIO_INTRO + '\n' + sentence), c), 'kwaliteit.een-aanspreekpunt');
const overbrugging = (sentence: string) => verdict(analyze(doc(REGIO_INTRO + '\n' + sentence), c), 'kwaliteit.contact-bij-wachttijd');

describe('present-tense arrangements in a regiovisie', () => {
  it('an acting subject (actor, universal, region) with a present-tense verb is aanwezig', () => {
    for (const s of [
      'Pleegouders krijgen een eigen aanspreekpunt bij de jeugdbescherming.',
      'Iedere jongere van zestien heeft een vaste contactpersoon voor de overgang naar volwassenheid.',
      'Het wijkteam is voor scholen het eerste aanspreekpunt.',
      'Na de aanmelding belt de gezinscoach binnen een week; hij blijft het aanspreekpunt tot de hulp start.',
    ]) {
      expect(aanspreekpunt(s), s).toBe('aanwezig');
    }
  });

  it('a normative modal (moet, mag, dient) states a rule: aanwezig', () => {
    for (const s of [
      'Overbruggingszorg moet binnen twee weken na de aanmelding beschikbaar zijn.',
      'Een wachtende mag altijd gebruikmaken van overbruggingshulp.',
    ]) {
      expect(overbrugging(s), s).toBe('aanwezig');
    }
  });

  it('a passive with a participle ("wordt aangeboden", "worden ingezet") is aanwezig', () => {
    for (const s of [
      'Tijdens de wachttijd wordt overbruggingszorg aangeboden.',
      'Bij een wachttijd van meer dan vier weken worden vormen van overbruggingshulp ingezet.',
    ]) {
      expect(overbrugging(s), s).toBe('aanwezig');
    }
  });

  it('a problem, question or hedge with the same words stays deels', () => {
    for (const s of [
      'Pleegouders missen helaas een vast aanspreekpunt.',
      'Krijgen pleegouders een eigen aanspreekpunt?',
      'Misschien krijgen pleegouders later een eigen aanspreekpunt.',
      'Pleegouders zouden een eigen aanspreekpunt kunnen krijgen.',
      'De regio gaat onderzoeken of pleegouders een eigen aanspreekpunt krijgen.',
      'We willen verkennen hoe ouders een vast aanspreekpunt krijgen.',
      'We zien dat ouders een vast aanspreekpunt missen.',
      'Een vast aanspreekpunt lukt nog niet voor alle ouders.',
    ]) {
      expect(aanspreekpunt(s), s).toBe('deels');
    }
  });

  it('reporting the past, a value judgement, a description of the document or an elliptical addition stays deels', () => {
    for (const s of [
      'Ouders hadden vroeger een vast aanspreekpunt bij de gemeente.',
      'Een vast aanspreekpunt is belangrijk voor ouders.',
      'Dit hoofdstuk beschrijft hoe ouders een aanspreekpunt krijgen.',
      'Maar ook met een vast aanspreekpunt voor ouders.',
    ]) {
      expect(aanspreekpunt(s), s).toBe('deels');
    }
    for (const s of ['Overbruggingszorg kan worden beschouwd als een vorm van lichte hulp.', 'Overbruggingszorg wordt in bijlage 2 toegelicht.']) {
      expect(overbrugging(s), s).toBe('deels');
    }
  });

  it('a text that is not a regiovisie gets no aanwezig from an arrangement', () => {
    const text = [
      '# Nieuws',
      '',
      'Volgens onderzoekers noemen regio\'s vooral knelpunten. Pleegouders krijgen een eigen aanspreekpunt, zegt een wethouder. ' +
        'Het rapport vertelt dat ouders vaak wachten. Deelnemers vinden de hulp traag.',
    ].join('\n');
    expect(verdict(analyze(doc(text), c), 'kwaliteit.een-aanspreekpunt')).not.toBe('aanwezig');
  });
});

describe('arrangement cues', () => {
  it('marks actors, also as the head of a compound, but not look-alikes', () => {
    for (const w of ['professionals', 'jeugdhulpaanbieders', 'wijkteams', 'jongerenraad', 'gezinscoach', 'ouders']) {
      expect(wordCues(w) & CUE.ACTOR, w).not.toBe(0);
    }
    for (const w of ['voorraad', 'keukentafel', 'hulp', 'wachtlijst']) expect(wordCues(w) & CUE.ACTOR, w).toBe(0);
  });

  it('marks participles, not nouns that look like one', () => {
    for (const w of ['geregeld', 'ingezet', 'aangeboden', 'opgezet', 'georganiseerd']) {
      expect(wordCues(w) & CUE.PARTICIPLE, w).not.toBe(0);
    }
    for (const w of ['gemeenten', 'gezinnen', 'gegevens', 'hulp']) expect(wordCues(w) & CUE.PARTICIPLE, w).toBe(0);
  });

  it('classifies a plain sentence with an actor as an arrangement, unless it is a list item, past or elliptical', () => {
    const base: Omit<PassageFacts, 'mask'> = { text: 'Een zin.', blockKind: 'paragraph', words: 10, heading: false, toc: false, glossary: false, openSection: false, heardSection: false, question: false, planYear: false, elliptical: false };
    const kind = (mask: number, extra: Partial<PassageFacts> = {}) => passageKind({ ...base, mask, ...extra });
    expect(kind(CUE.ACTOR)).toBe('arrangement');
    expect(kind(CUE.NORM)).toBe('arrangement');
    expect(kind(CUE.PASSIVE | CUE.PARTICIPLE)).toBe('arrangement');
    expect(kind(CUE.PASSIVE)).toBe('statement');
    expect(kind(0)).toBe('statement');
    expect(kind(CUE.ACTOR, { blockKind: 'listItem', words: 5, text: 'Een onderwerp zonder punt' })).toBe('list');
    // a short list item that is a sentence of its own (a full stop, four words or more) is read as one
    expect(kind(CUE.ACTOR, { blockKind: 'listItem', words: 5, text: 'Hulpverleners komen vaker thuis.' })).toBe('arrangement');
    // a noun phrase with a full stop has no verb: still a topic of the list
    expect(kind(CUE.ACTOR, { blockKind: 'listItem', words: 6, text: 'Sterke samenwerking tussen alle betrokken partijen.' })).toBe('list');
    expect(kind(0, { blockKind: 'listItem', words: 5 })).toBe('list');
    expect(kind(CUE.ACTOR, { blockKind: 'listItem', words: 3, text: 'Drie woorden hier.' })).toBe('list');
    expect(kind(CUE.ACTOR | CUE.PAST)).toBe('statement');
    expect(kind(CUE.ACTOR | CUE.PROBLEM)).toBe('problem');
    expect(kind(CUE.ACTOR | CUE.VALUE)).toBe('statement');
    expect(kind(CUE.ACTOR | CUE.DESCRIBE)).toBe('statement');
    expect(kind(CUE.ACTOR, { elliptical: true })).toBe('statement');
    expect(isEllipticalStart('maar', 'ook')).toBe(true);
    expect(isEllipticalStart('of', 'op')).toBe(true);
    expect(isEllipticalStart('en', 'we')).toBe(false);
  });

  it('reads lead marks and word starts from the tokens exactly as a search of the passage text finds them', () => {
    const texts = [
      'Wachttijden: we gaan ze korter maken.',
      'Toegang – één loket voor alle gezinnen.',
      'Jeugdhulp—dichtbij huis',
      'Zorg - en veiligheid',
      'Jeugd- en gezinsteams werken samen in de wijk.',
      'Een zin zonder teken, met een komma.',
      'Van 2025-2026 loopt de pilot (fase 2) - daarna volgt de evaluatie',
      'reïntegratie-traject en zorg-\n   aanbieders',
      '-start - einde-',
      ' - ',
      'Om 10:30 begint het overleg.',
      'Inleiding 3 Wettelijke Kaders 5 Rol van de Gemeente 7 5.3.1 Toegang 12 Bijlage A 2025 Ëlk 1.2. Øver',
      '"Ouders" (Jeugd) × 3 ×Twee  Dubbel  12  13.5 1,5 14 Émile D\'Ancona',
      '1 2 3 4 5 6 7 8 9 10 11 12 1000 12a',
      '"Wij regelen het," zegt de wethouder; [tekst volgt] p.m. – ‘Volgens ons’: „klaar” \'t Is zo\'n dag\'',
      'Zie bijlage: ‘De regio — en de gemeenten — bepalen’, zei hij, ‚ook' ,
      'rol van de gemeente × × × toegang × × jeugdhulp × wachttijd × × regio inkoop en kwaliteit voor ouders',
    ];
    const buf = createTokenBuffer(4);
    for (const whole of texts) {
      const n = scanTokens(whole, buf);
      // every passage of whole tokens inside the text, as the analyzer gives them
      for (let from = 0; from <= n; from++) {
        for (let to = from; to <= n; to++) {
          const start = from < n ? buf.start[from]! : whole.length;
          for (const extra of [0, 1]) {
            const end = to > from ? Math.min(whole.length, buf.end[to - 1]! + extra) : start;
            const text = whole.slice(start, end);
            const span = { text: whole, starts: buf.start, ends: buf.end, from, to, start, end };
            const searched = text.includes(':') || text.includes('–') || text.includes('—') || text.includes(' - ');
            expect(leadMarkBetween(span), JSON.stringify(text)).toBe(searched);
            expect(wordStartsBetween(span), JSON.stringify(text)).toBe(wordStarts(text));
            // the analyzer's upper bounds (tokens that open with a capital or a number; with a "×" in the
            // text, as many capitals as words) leave the answer as it is
            let capitals = 0;
            let numbers = 0;
            for (let k = from; k < to; k++) {
              if (buf.flags[k]! & TOKEN_CAPITAL) capitals++;
              if (buf.flags[k]! & TOKEN_NUM) numbers++;
            }
            if (buf.anyFlags & TEXT_TIMES) capitals = to - from;
            // the marks the gap bits stand for, wherever in the passage they are, have their bit (as the analyzer ORs them)
            let gaps = to < n ? buf.gap[to]! : buf.gapAfter;
            for (let k = from; k < to; k++) gaps |= buf.gap[k]!;
            const marks: [boolean, number][] = [
              [text.includes(':'), GAP_COLON],
              [text.includes(';'), GAP_SEMICOLON],
              [text.includes(', '), GAP_COMMA],
              [text.includes('['), GAP_BRACKET],
              [/[–—]| - /.test(text), GAP_DASH],
              [/^\s*["“‘'„]|:\s*["“‘'„]|[’”"]\s*$/.test(text), GAP_QUOTE],
            ];
            for (const [has, bit] of marks) if (has) expect(gaps & bit, `${bit} ${JSON.stringify(text)}`).toBe(bit);
            for (const tableRow of [false, true]) {
              expect(looksLikeContents(text, to - from, { ...span, capitals, numbers }, tableRow), JSON.stringify(text)).toBe(looksLikeContents(text, to - from, span, tableRow));
            }
          }
        }
      }
    }
    expect(wordStarts('Inleiding 3 Wettelijke kaders 12 2025 ×')).toBe(3 * 2 ** 26 + 2);
  });
});
