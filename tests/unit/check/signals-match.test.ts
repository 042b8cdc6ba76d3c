import { describe, expect, it } from 'vitest';
import { alwaysSlot, beginSentence, compileChecklist, createMatchState, firstTermsOf, keyWordIds, matchTokenOf, packTerms } from '../../../lib/check/signals';
import { analyze } from '../../../lib/check';
import { doc, miniChecklist, REGIO_INTRO } from './helpers';

const checklist = miniChecklist({
  'passend.wachten': { strong: ['in de wachttijd', 'wachtlijst', 'in # weken', '# werkdagen'], weak: [] },
});

describe('phrase matching mechanics (how terms are found, not which)', () => {
  it('packs a word type\'s first terms as (term, key) pairs: one-word terms the slot every sentence has, a phrase its rarest later word', () => {
    const compiled = compileChecklist(checklist);
    const text = (t: number) => compiled.terms[t]!.text;
    const inTerms = firstTermsOf(compiled, compiled.matcher.match('in'));
    const packed = packTerms(compiled, inTerms);
    expect(packed.length).toBe(2 * inTerms.length);
    const byText = new Map<string, number>();
    for (let i = 0; i < packed.length; i += 2) byText.set(text(packed[i]!), packed[i + 1]!);
    // "in de wachttijd" is tried only where "wachttijd" is, not wherever "de" is
    expect(byText.get('in de wachttijd')).toBe(compiled.matcher.match('wachttijd')[0]);
    expect(compiled.matcher.match('de')).not.toContain(byText.get('in de wachttijd'));
    // a phrase with a number slot is keyed by its word, not by the slot
    expect(byText.get('in # weken')).toBe(compiled.matcher.match('weken')[0]);
    const single = packTerms(compiled, firstTermsOf(compiled, compiled.matcher.match('wachtlijst')));
    expect(Array.from(single)).toEqual([compiled.terms.findIndex((t) => t.text === 'wachtlijst'), alwaysSlot(compiled)]);
    // that slot comes after every pattern and word class, and beginSentence stamps it
    expect(alwaysSlot(compiled)).toBe(compiled.patternCount + compiled.classCount);
    const state = createMatchState(compiled);
    const stamp = beginSentence(state);
    expect(state.present[alwaysSlot(compiled)]).toBe(stamp);
    expect(state.present[alwaysSlot(compiled) + 1]).not.toBe(stamp);
  });

  it('notes as present only the words that are the key of some phrase', () => {
    const compiled = compileChecklist(checklist);
    const wachttijd = compiled.matcher.match('wachttijd');
    expect(keyWordIds(compiled, wachttijd)).toEqual(wachttijd);
    expect(keyWordIds(compiled, compiled.matcher.match('wachtlijst'))).toEqual([]);
    // "in" only starts phrases; "de" is a later word of "in de wachttijd", but not its key ("wachttijd")
    expect(keyWordIds(compiled, compiled.matcher.match('in'))).toEqual([]);
    expect(keyWordIds(compiled, compiled.matcher.match('de'))).toEqual([]);
    expect(keyWordIds(compiled, compiled.matcher.match('weken'))).toEqual(compiled.matcher.match('weken'));
  });

  it('still finds a phrase whatever word comes second, and not when its key word is missing', () => {
    const found = (sentence: string) => {
      const review = analyze(doc(REGIO_INTRO + '\n' + sentence), checklist);
      return review.items.find((i) => i.id === 'passend.wachten')!.evidence.map((e) => e.quote);
    };
    expect(found('Wij bieden hulp in de wachttijd voor elk gezin.')).toEqual(['Wij bieden hulp in de wachttijd voor elk gezin.']);
    expect(found('Wij bieden hulp in de tijd voor elk gezin.')).toEqual([]);
    expect(found('Wij helpen binnen de regio in 6 weken.')).toEqual(['Wij helpen binnen de regio in 6 weken.']);
    // a phrase that opens with "#" is tried at a number only with its key in the sentence, like any other
    expect(found('Wij bellen binnen 5 werkdagen terug.')).toEqual(['Wij bellen binnen 5 werkdagen terug.']);
    expect(found('Wij bellen binnen 5 dagen terug.')).toEqual([]);
  });

  it('makes a common "about" word a mark of its class, not a term to match, and the "about" rule still holds', () => {
    const about = miniChecklist({ 'passend.wachten': { strong: ['wachtlijst'], weak: [], about: ['ouders|gezin'] } });
    const compiled = compileChecklist(about);
    const ids = compiled.matcher.match('ouders');
    const late = firstTermsOf(compiled, ids, true);
    const classTerm = late.find((t) => compiled.markedClass[t]! >= 0)!;
    expect(classTerm).toBeDefined();
    const token = matchTokenOf(compiled, ids);
    // the class term is left out of the late terms and noted as present instead
    expect(Array.from(compiled.starts.pairs.subarray(token.lateAt, token.endAt)).filter((_, i) => i % 2 === 0)).not.toContain(classTerm);
    expect(token.marks).toContain(compiled.patternCount + compiled.markedClass[classTerm]!);
    // a word that is no "about" word gets no class mark
    expect(matchTokenOf(compiled, compiled.matcher.match('wachtlijst')).marks.every((m) => m < compiled.patternCount)).toBe(true);
    const found = (sentence: string) =>
      analyze(doc(REGIO_INTRO + '\n' + sentence), about).items.find((i) => i.id === 'passend.wachten')!.evidence.map((e) => e.quote);
    expect(found('Voor ouders houden wij de wachtlijst kort.')).toEqual(['Voor ouders houden wij de wachtlijst kort.']);
    expect(found('Voor aanbieders houden wij de wachtlijst kort.')).toEqual([]);
  });
});

describe('a paraphrase that starts with "~" is a mention only', () => {
  const checklist = miniChecklist({
    'test.spreken': { strong: [], weak: [], paraphrase: ['~spraken|gesprekken + ouders|jongeren'] },
    'test.vast': { strong: [], weak: [], paraphrase: ['spraken|gesprekken + ouders|jongeren'] },
  });
  it('the same words give deels for the mention and aanwezig for the full paraphrase, in the same promise', () => {
    const r = analyze(doc('Elk jaar voeren we gesprekken met ouders en jongeren over de jeugdhulp.'), checklist, { assumeRegiovisie: true });
    expect(r.items.find((i) => i.id === 'test.spreken')!.verdict).toBe('deels');
    expect(r.items.find((i) => i.id === 'test.vast')!.verdict).toBe('aanwezig');
  });
});
