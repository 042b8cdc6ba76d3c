import { expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import type { ItemResult } from '../../../lib/check/types';
import { locChecklist } from '../../../lib/checklist';
import type { Checklist, ChecklistItem, Signals, Verdict } from '../../../lib/checklist/types';
import type { ExtractedDocument } from '../../../lib/extract/types';
import { textToDocument } from '../../../lib/extract/text';

/** A tiny checklist built in the test, so matching tests do not depend on the tuned signal lists. */
export function miniChecklist(items: Record<string, Signals>): Checklist {
  const list: ChecklistItem[] = Object.entries(items).map(([id, signals]) => ({
    id,
    theme: id.split('.')[0]!,
    title: id,
    explanation: '',
    recommendation: '',
    signals,
    letter: { aanwezig: '', deels: '', ontbreekt: '' },
  }));
  list.push({
    id: 'algemeen.begrijpelijk',
    theme: 'algemeen',
    title: 'begrijpelijk',
    explanation: '',
    recommendation: '',
    signals: { strong: [], weak: [] },
    letter: { aanwezig: '', deels: '', ontbreekt: '' },
    method: 'readability',
  });
  return {
    id: 'test',
    version: '0.0.1',
    title: 'test',
    source: { title: '', publisher: '', date: '', url: '' },
    themes: [],
    items: list,
  };
}

/** A document from Markdown-like text (see lib/extract/text.ts). */
export function doc(text: string): ExtractedDocument {
  return textToDocument(text, 'test.txt');
}

/** Some first-person regional commitments so the text reads as a regiovisie. */
export const REGIO_INTRO = [
  '# Regiovisie jeugdhulp Voorbeeldregio',
  '',
  'In onze regio werken de gemeenten samen aan goede jeugdhulp. We willen dat elk kind veilig opgroeit. De gemeenten in de regio maken daarom samen afspraken. Wij zorgen voor hulp dichtbij.',
  '',
].join('\n');

/** Ten sentences of a regiovisie that say nothing about money (for the tests of a lone vague word in a longer text). */
export const TEN_SENTENCES_WITHOUT_MONEY = [
  'De vijf gemeenten van regio Zuidwaard werken samen aan specialistische jeugdhulp.',
  'We zorgen ervoor dat elk gezin hulp dichtbij huis krijgt.',
  'Vanaf 2026 heeft elk gezin één vaste contactpersoon bij het jeugdteam.',
  'We gaan met de scholen afspreken hoe leerkrachten een zorg over een kind kunnen melden.',
  'Jongeren die achttien worden, krijgen een half jaar eerder een plan voor wonen en school.',
  'Pleegouders krijgen elke maand een gesprek met hun begeleider.',
  'De jeugdteams werken in elke gemeente vanuit het gezondheidscentrum.',
  'Het jeugdteam kijkt samen met de ouders wat een kind nodig heeft.',
  'In de zomer van 2026 maken we de nieuwe contracten met de aanbieders.',
  'Zo groeien kinderen in Zuidwaard veilig en gezond op.',
];
/** One sentence with only a vague word of money ("kosten" of a journey). */
export const ONE_VAGUE_MONEY_SENTENCE = 'De hulpverlener houdt bij hoeveel kosten de reis naar het gezin met zich meebrengt.';

/** How a checklist (the LOC checklist as it ships) judges one passage on its own, as part of a regiovisie. */
export function judgePassage(text: string, id: string, checklist: Checklist = locChecklist): ItemResult {
  const r = analyze(doc(text), checklist, { assumeRegiovisie: true });
  return r.items.find((i) => i.id === id)!;
}

/** The verdict of judgePassage. */
export function passageVerdict(text: string, id: string, checklist: Checklist = locChecklist): Verdict {
  return judgePassage(text, id, checklist).verdict;
}

/** Each sentence gets the verdict written beside it ('not aanwezig': anything but aanwezig). */
export function expectVerdicts(id: string, expectations: readonly (readonly [string, Verdict | 'not aanwezig'])[]): void {
  for (const [text, want] of expectations) {
    const got = passageVerdict(text, id);
    if (want === 'not aanwezig') expect(got, text).not.toBe('aanwezig');
    else expect(got, text).toBe(want);
  }
}

/** The verdict a sentence must get, the sentence, and what it shows. */
export type VerdictCase = readonly [expected: Verdict, sentence: string, why: string];

/** One test per case: the sentence gets its verdict for the item (call inside a describe). */
export function verdictCases(id: string, cases: readonly VerdictCase[]): void {
  for (const [expected, sentence, why] of cases) it(`${why}: ${expected}`, () => expect(passageVerdict(sentence, id)).toBe(expected));
}

/** One test per case, each case with its own item: the passage gets its verdict for the item (call inside a describe). */
export function itemVerdictCases(cases: readonly (readonly [expected: Verdict, id: string, text: string, why: string])[]): void {
  for (const [expected, id, text, why] of cases) it(`${why}: ${expected}`, () => expect(passageVerdict(text, id), text).toBe(expected));
}
