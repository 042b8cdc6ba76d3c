import { describe, expect, it } from 'vitest';
import { CompoundMatcher, containsWord } from '../../../lib/text/compound';

describe('compound matching', () => {
  it('finds a signal word as the first part of a compound', () => {
    expect(containsWord('wachtlijstaanpak', 'wachtlijst')).toBe(true);
    expect(containsWord('wachtlijstenbeleid', 'wachtlijst')).toBe(true);
  });

  it('finds a signal word as the head of a compound, with plural endings', () => {
    expect(containsWord('jeugdhulpaanbieders', 'aanbieder')).toBe(true);
    expect(containsWord('gezinsteams', 'team')).toBe(true);
  });

  it('matches inflected forms by stem', () => {
    expect(containsWord('ervaringsdeskundigen', 'ervaringsdeskundige')).toBe(true);
    expect(containsWord('aanbieders', 'aanbieder')).toBe(true);
  });

  it('does not match derivations or short generic parts', () => {
    expect(containsWord('zorgvuldig', 'zorg')).toBe(false);
    expect(containsWord('jeugdigen', 'jeugd')).toBe(false);
    expect(containsWord('samen', 'samenwerking')).toBe(false);
  });

  it('never matches function words by stem ("met" is not "meten")', () => {
    expect(containsWord('met', 'meten')).toBe(false);
    expect(containsWord('meten', 'meten')).toBe(true);
  });

  it('honours head-only and whole-word patterns', () => {
    const m = new CompoundMatcher([
      { form: 'regio', compound: true, headOnly: true },
      { form: 'raad', compound: false },
    ]);
    expect(m.match('regiovisie')).toEqual([]);
    expect(m.match('jeugdregio')).toEqual([0]);
    expect(m.match('ouderraad')).toEqual([]);
    expect(m.match('raad')).toEqual([1]);
  });
});

describe('false compound heads', () => {
  it('does not find "ouder" in "toezichthouder" or "taal" in "kwartaal"', () => {
    expect(containsWord('toezichthouder', 'ouders')).toBe(false);
    expect(containsWord('kwartaal', 'taal')).toBe(false);
    expect(containsWord('pleegouders', 'ouders')).toBe(true);
  });

  it('nor as a middle part: no "ouders" in "budgethoudersoverleg", but in "pleegoudersavond"', () => {
    expect(containsWord('budgethoudersoverleg', 'ouders')).toBe(false);
    expect(containsWord('kwartaalrapportage', 'taal')).toBe(false);
    expect(containsWord('pleegoudersavond', 'ouders')).toBe(true);
  });
});

describe('a verb particle in front makes a new word, not a compound', () => {
  it('does not find "vraag" in "aanvraag", "zorg" in "voorzorg" or "gaat" in "vooruitgaat"', () => {
    expect(containsWord('aanvraag', 'vraag')).toBe(false);
    expect(containsWord('aanvragen', 'vraag')).toBe(false);
    expect(containsWord('voorzorg', 'zorg')).toBe(false);
    expect(containsWord('vooruitgaat', 'gaat')).toBe(false);
    expect(containsWord('toezicht', 'zicht')).toBe(false);
    expect(containsWord('opeenvolgende', 'volgen')).toBe(false);
  });
  it('does not read an adjective in -matig as a compound ("regelmatig" is not "regelen")', () => {
    expect(containsWord('regelmatig', 'regelen')).toBe(false);
    expect(containsWord('stelselmatig', 'stelsel')).toBe(false);
    expect(containsWord('regelgeving', 'regelen')).toBe(true);
  });
  it('still finds the word after a first part that is a word of its own', () => {
    expect(containsWord('hulpvraag', 'vraag')).toBe(true);
    expect(containsWord('zorgvragen', 'vraag')).toBe(true);
    expect(containsWord('jeugdzorg', 'zorg')).toBe(true);
    expect(containsWord('overbruggingszorg', 'zorg')).toBe(true);
    expect(containsWord('crisisopvang', 'opvang')).toBe(true);
  });
  it('keeps the word after a prefix that does not change it ("doorverwijzing", "ondersteunen", "bijscholing")', () => {
    expect(containsWord('doorverwijzing', 'verwijzing')).toBe(true);
    expect(containsWord('ondersteunen', 'steunen')).toBe(true);
    expect(containsWord('bijscholing', 'scholing')).toBe(true);
  });
});
