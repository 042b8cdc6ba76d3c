import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Paraphrases and other senses of the vertrouwen.*, expert.* and algemeen.* items (group h), each
 * on sentences written for these tests (never taken from a corpus or the sentence bank): the item
 * said in plain, B1 or youth words is found, and a near miss (another sense, or the same words
 * without the item's concept) is not. A passage is judged on its own, as part of a regiovisie,
 * against the LOC checklist as it ships.
 */

describe('vertrouwen.basis in other words', () => {
  verdictCases('vertrouwen.basis', [
    ['aanwezig', 'Wij gaan uit van het oordeel van de jeugdprofessional.', "starting from the professional's judgement"],
    ['aanwezig', 'Bij een melding gaan we uit van de inschatting van ouders zelf.', "starting from the parents' own assessment"],
    ['ontbreekt', 'We gaan uit van een stijging van het aantal meldingen; het oordeel van de accountant volgt in mei.', 'assuming a rise, an auditor judging'],
    ['aanwezig', 'Het vakmanschap van de jeugdprofessional is ons vertrekpunt bij elke toewijzing.', 'craftsmanship as the starting point'],
    ['ontbreekt', 'Vertrekpunt van de busroute is het station; de chauffeur kent zijn vak.', 'the starting point of a bus route'],
    ['aanwezig', 'De gemeente kijkt niet langer over de schouder van de hulpverleners mee.', 'no longer looking over the shoulder'],
    ['ontbreekt', 'Een ervaren collega kijkt bij lastige gezinnen over de schouder mee.', 'a colleague who does look over the shoulder (coaching)'],
    ['deels', 'Jongeren voelen zich vaak niet geloofd als ze vertellen wat er thuis speelt in de jeugdhulp.', 'not being believed, a mention'],
    ['ontbreekt', 'Ouders van verschillend geloof krijgen jeugdhulp in hun eigen taal.', 'faith in the religious sense'],
  ]);
});
