import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { locChecklist } from '../../../lib/checklist';
import type { ItemResult } from '../../../lib/check/types';
import { doc } from './helpers';

/**
 * Third round of paraphrases and other senses of the vertrouwen.* and passend.* items, each on
 * sentences written for these tests (never taken from a corpus or a bank): the item said in other
 * words is found, and a near miss (another sense, or the same words without the item's concept)
 * is not. A passage is judged on its own, as part of a regiovisie (assumeRegiovisie), against the
 * LOC checklist as it ships. 'not aanwezig' cases only ask that the item is not aanwezig.
 */
function judge(text: string, id: string): ItemResult {
  const r = analyze(doc(text), locChecklist, { assumeRegiovisie: true });
  return r.items.find((i) => i.id === id)!;
}
const verdict = (text: string, id: string) => judge(text, id).verdict;

type Case = { id: string; why: string; expect: [string, 'aanwezig' | 'deels' | 'ontbreekt' | 'not aanwezig'][] };
const cases: Case[] = [
  {
    id: 'passend.wachtlijsten',
    why: "a waiting time at a level crossing is no waiting list for care",
    expect: [
      ["Bij de overweg aan de Dorpsstraat is de wachttijd voor fietsers soms tien minuten.", 'ontbreekt'],
      ["We brengen de wachttijd voor jeugdhulp terug tot hoogstens vier weken.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "animals with an ear tag are no earmarked money",
    expect: [
      ["Op de kinderboerderij krijgen de geiten een geoormerkt nummer in hun oor.", 'ontbreekt'],
      ["Het geld voor jeugdhulp wordt geoormerkt en gaat alleen naar jeugdhulp.", 'aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "a partnership for tourism and recreation is no youth-care region",
    expect: [
      ["Het samenwerkingsverband voor toerisme en recreatie brengt een nieuwe fietskaart uit.", 'ontbreekt'],
      ["Het samenwerkingsverband van zeven gemeenten koopt de jeugdhulp gezamenlijk in.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.gelijkwaardige-samenwerking',
    why: "a registered partnership (a civil union) is no partnership of parties",
    expect: [
      ["Een geregistreerd partnerschap kan ook in het stadhuis van Oosterdijk worden aangegaan.", 'ontbreekt'],
      ["Gemeenten en aanbieders werken samen in een gelijkwaardig partnerschap.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.keuzevrijheid',
    why: "choosing in an election or a vote is no choice of care provider",
    expect: [
      ["Bij de verkiezing van het mooiste speelplein mogen kinderen zelf kiezen.", 'ontbreekt'],
      ["Ouders mogen zelf kiezen bij welke aanbieder hun kind hulp krijgt.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.minder-administratie',
    why: "less red tape for cafés and market stalls is not about youth care",
    expect: [
      ["We verlagen de regeldruk voor de horeca in het centrum.", 'ontbreekt'],
      ["We verlagen de regeldruk voor jeugdhulpaanbieders.", 'aanwezig'],
    ],
  },
  {
    id: 'vertrouwen.niet-te-snel-labelen',
    why: "a water board that 'normalises' a ditch does not normalise children's problems",
    expect: [
      ["Het waterschap normaliseert de sloot achter de school.", 'ontbreekt'],
      ["Het wijkteam normaliseert gewone opvoedvragen, want ze horen bij opgroeien.", 'aanwezig'],
    ],
  },
];

describe('vertrouwen and passend items in other words (third bank), and their near misses', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.why}`, () => {
      for (const [text, want] of c.expect) {
        const got = verdict(text, c.id);
        if (want === 'not aanwezig') expect(got, text).not.toBe('aanwezig');
        else expect(got, text).toBe(want);
      }
    });
  }
});
