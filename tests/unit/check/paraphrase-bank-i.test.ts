import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Paraphrases and other senses of the passend.* items, each on sentences written for these tests
 * (never taken from a corpus or the sentence bank): the item said in plain, B1 or youth words is
 * found, and a near miss (another sense, or the same words without the item's concept) is not. A
 * passage is judged on its own, as part of a regiovisie, against the LOC checklist as it ships.
 */

describe('passend.wachtlijsten in other words', () => {
  verdictCases('passend.wachtlijsten', [
    ['aanwezig', 'Elk kwartaal rapporteren we hoeveel jongeren op een behandeling wachten.', 'reporting how many young people wait'],
    ['aanwezig', 'De regio houdt per maand bij hoeveel gezinnen er op hulp wachten.', 'keeping count of waiting families'],
    ['deels', 'We wachten op cijfers over hoeveel kinderen elke maand jeugdhulp krijgen.', 'waiting for figures, not counting who waits'],
  ]);
});
