import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { locChecklist } from '../../../lib/checklist';
import type { ItemResult } from '../../../lib/check/types';
import type { Verdict } from '../../../lib/checklist/types';
import { doc } from './helpers';

/**
 * Paraphrases and other senses of the kwaliteit, expert and algemeen items, on sentences written
 * for these tests (never taken from a corpus or from the sentence bank): each concept said in
 * other words is found, and a near miss (another sense of a word, or the same words without the
 * concept) is not. A passage is judged on its own, as part of a regiovisie, against the LOC
 * checklist as it ships.
 */
function judge(text: string, id: string): ItemResult {
  const r = analyze(doc(text), locChecklist, { assumeRegiovisie: true });
  return r.items.find((i) => i.id === id)!;
}
const verdict = (text: string, id: string) => judge(text, id).verdict;

/** The verdict the sentence must get, the sentence, and what it shows. */
type Case = [expected: Verdict, sentence: string, why: string];

describe('kwaliteit.wie-bepaalt', () => {
  const cases: Case[] = [
    ['aanwezig', 'Samen met ouders en jongeren stellen we het kwaliteitskader voor de jeugdhulp op.', 'own sense: a quality framework for youth care set with families'],
    ['ontbreekt', 'Het kwaliteitskader voor begeleiding binnen de Wmo is herzien door de gemeenteraad.', 'other sense: a quality framework within the Wmo'],
    ['aanwezig', 'Ouders en jongeren schrijven mee aan de eisen die we aan de jeugdhulp stellen.', 'requirements written with parents and young people'],
    ['aanwezig', 'Wat we van aanbieders verwachten, leggen we vast samen met gezinnen en de cliëntenraad.', 'what we expect of providers laid down with families'],
    ['ontbreekt', 'Ouders stellen hoge eisen aan zichzelf als opvoeder.', 'near miss: parents\' demands on themselves'],
    ['aanwezig', 'Of de hulp goed is, bepalen de ouders en jongeren zelf.', 'families decide whether help is good'],
    ['ontbreekt', 'Ouders bepalen zelf of ze hulp willen.', 'near miss: parents decide whether they want help'],
    ['aanwezig', 'Kwaliteitseisen nemen we op in de nieuwe contracten.', 'quality requirements in the contracts (procurement is youth care)'],
    ['ontbreekt', 'Kwaliteitseisen voor de nieuwbouw nemen we op in het bestek.', 'near miss: quality requirements for a new building'],
  ];
  for (const [expected, sentence, why] of cases) it(`${why}: ${expected}`, () => expect(verdict(sentence, 'kwaliteit.wie-bepaalt')).toBe(expected));
});

describe('kwaliteit.luisteren', () => {
  const cases: Case[] = [
    ['aanwezig', 'Het verhaal van de jongere is ons vertrekpunt bij elke aanvraag.', 'the young person\'s story is the starting point'],
    ['ontbreekt', 'Het verhaal van deze visie heeft als vertrekpunt de cijfers van 2024.', 'near miss: the \'story\' of this document has a starting point'],
    ['aanwezig', 'Jongeren bepalen zelf hun doelen; de hulpverlener helpt ze die te bereiken.', 'children name their own goals'],
    ['ontbreekt', 'De gemeenten bepalen zelf hun doelen voor het jeugdbeleid.', 'near miss: municipalities set their own policy goals'],
    ['deels', 'Bij elk hulpplan vragen we ook de mening van het kind.', 'the child\'s opinion asked (a mention only)'],
    ['ontbreekt', 'De mening van de gemeenteraad over het hulpplan is gevraagd.', 'near miss: the council\'s opinion on the plan'],
  ];
  for (const [expected, sentence, why] of cases) it(`${why}: ${expected}`, () => expect(verdict(sentence, 'kwaliteit.luisteren')).toBe(expected));
});

describe('kwaliteit.een-aanspreekpunt', () => {
  const cases: Case[] = [
    ['aanwezig', 'Ouders hebben één vast gezicht dat alle hulp overziet.', 'one familiar face who oversees all help'],
    ['ontbreekt', 'Het jeugdteam heeft één gezicht naar buiten: de teamleider.', 'near miss: a team with one face to the outside world'],
    ['aanwezig', 'Het gezin krijgt één hulpverlener die alles regelt.', 'one helper who arranges everything'],
    ['ontbreekt', 'Eén hulpverlener van het team bezoekt de school.', 'near miss: one helper of a team visits a school'],
    ['aanwezig', 'We werken met één plan per gezin, hoeveel hulpverleners er ook betrokken zijn.', 'one plan per family'],
    ['ontbreekt', 'We maken één plan per gemeente voor de inkoop.', 'near miss: one plan per municipality'],
    ['aanwezig', 'Ouders hoeven hun verhaal maar één keer te vertellen.', 'telling the story only once'],
    ['ontbreekt', 'Ouders vertellen hun verhaal op de bijeenkomst.', 'near miss: parents tell their story at a meeting'],
  ];
  for (const [expected, sentence, why] of cases) it(`${why}: ${expected}`, () => expect(verdict(sentence, 'kwaliteit.een-aanspreekpunt')).toBe(expected));
});

describe('kwaliteit.contact-bij-wachttijd', () => {
  const cases: Case[] = [
    ['aanwezig', 'Tot de behandeling begonnen is, belt de aanbieder het gezin elke week.', 'contact until treatment has started'],
    ['ontbreekt', 'Het project is nog niet begonnen; we hebben contact met de ouders.', 'near miss: a project not yet started'],
    ['aanwezig', 'Goede afspraken over tussentijds contact tijdens de wachttijd nemen we op in de contracten.', 'interim contact during the wait is no interim evaluation'],
    ['ontbreekt', 'In 2028 wordt de visie op de jeugdhulp tussentijds geëvalueerd.', 'interim evaluation of the vision stays out'],
  ];
  for (const [expected, sentence, why] of cases) it(`${why}: ${expected}`, () => expect(verdict(sentence, 'kwaliteit.contact-bij-wachttijd')).toBe(expected));
});

describe('kwaliteit.bijsturen', () => {
  const cases: Case[] = [
    ['aanwezig', 'Gaat het thuis slechter, dan schalen we de hulp aan het gezin snel op.', 'own sense: help scaled up for a family'],
    ['ontbreekt', 'Bij een dreigende overstroming schaalt de burgemeester de crisisorganisatie op.', 'other sense: a crisis organisation scaled up at a flood'],
    ['aanwezig', 'Helpt de behandeling niet, dan kan het gezin snel overstappen naar andere hulp.', 'switching when treatment does not help'],
    ['ontbreekt', 'De website werkt niet; probeer het later opnieuw of kies iets anders.', 'near miss: a website that does not work'],
    ['aanwezig', 'Gezinnen die na afsluiting opnieuw hulp nodig hebben, kunnen direct terecht bij hun oude hulpverlener.', 'a quick return after the help was closed'],
    ['ontbreekt', 'Na afsluiting van het schooljaar gaat de jongere naar een vervolgopleiding.', 'near miss: after the school year closed'],
    ['aanwezig', 'De hulp aan elk gezin wordt tussentijds geëvalueerd met de ouders.', 'help evaluated in between'],
    ['ontbreekt', 'De regiovisie wordt in 2028 tussentijds geëvalueerd.', 'near miss: the vision evaluated in between'],
  ];
  for (const [expected, sentence, why] of cases) it(`${why}: ${expected}`, () => expect(verdict(sentence, 'kwaliteit.bijsturen')).toBe(expected));
});
