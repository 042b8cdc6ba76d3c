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
  {
    id: 'passend.afstemming',
    why: "a school's care coordinator who decides with the youth-care worker",
    expect: [
      ["Per school bepaalt de zorgcoördinator met de hulpverlener welke steun een leerling krijgt.", 'aanwezig'],
      ["De mentor bepaalt de datum van de ouderavond.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.afstemming',
    why: "the plans of school and youth probation that fit together",
    expect: [
      ["De plannen van de jeugdreclassering en de school sluiten op elkaar aan.", 'aanwezig'],
      ["De lessen op school sluiten op elkaar aan.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "what the own municipality arranges and what is arranged with other municipalities",
    expect: [
      ["Jeugdhulp die vaak nodig is, regelt de eigen gemeente; wat zelden nodig is, regelen we met andere gemeenten.", 'aanwezig'],
      ["De eigen gemeente regelt het vervoer naar school.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "places kept free in the region for crisis care",
    expect: [
      ["We houden in de regio altijd tien crisisbedden vrij voor jongeren die meteen opvang nodig hebben.", 'aanwezig'],
      ["We houden de parkeerplaatsen bij het gemeentehuis vrij voor bezoekers.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "treatment places that stay in the region",
    expect: [
      ["We zorgen dat behandelplekken voor jongeren met een eetstoornis in onze regio blijven.", 'aanwezig'],
      ["Veel jongeren blijven in onze regio wonen, ook als ze behandeling krijgen.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "no provider of a kind of help within the region: a mention",
    expect: [
      ["Er is nu geen aanbieder van gesloten jeugdhulp binnen de regio.", 'deels'],
      ["Er is geen vergaderplek meer vrij in de regio.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.beschikbaar-in-regio',
    why: "the only provider in the region that stops: a mention",
    expect: [
      ["Als de enige aanbieder van pleegzorg in onze regio stopt, kunnen kinderen nergens heen.", 'deels'],
      ["De aanbieder stopt in onze regio met de verkoop van fietsen.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "a child left without a fitting place while parties disagree: a mention",
    expect: [
      ["Soms zit een kind wekenlang thuis zonder passende plek, omdat niemand weet wie betaalt.", 'deels'],
      ["Een jongere zonder plek in het voetbalteam kan zich melden bij de trainer.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.doorbraak',
    why: "an approach for situations that are stuck",
    expect: [
      ["Voor vastgelopen situaties hebben we een vaste aanpak.", 'aanwezig'],
      ["Werkwijze bij vastgelopen casussen: [volgt nog].", 'deels'],
      ["De onderhandelingen over de nieuwe sporthal zijn vastgelopen.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "one number for every question about raising children",
    expect: [
      ["Voor alle vragen over opgroeien en opvoeden belt u één telefoonnummer.", 'aanwezig'],
      ["Voor alle vragen over afval en grofvuil belt u één telefoonnummer.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.geld-geoormerkt',
    why: "a surplus for youth care that does not go to the general funds",
    expect: [
      ["Een overschot op het jeugdbudget storten we niet in de algemene middelen; het blijft beschikbaar voor jeugdhulp.", 'aanwezig'],
      ["Het overschot op de parkeerinkomsten gaat naar de algemene middelen.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "these municipalities decide on youth care together",
    expect: [
      ["De zes gemeenten beslissen samen over de contracten voor jeugdhulp.", 'aanwezig'],
      ["De zes gemeenten beslissen elk over hun eigen bibliotheek.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "the aldermen decide by majority",
    expect: [
      ["De wethouders jeugd van de gemeenten in de regio nemen besluiten bij meerderheid.", 'aanwezig'],
      ["De wethouders van de gemeenten openen het nieuwe zwembad.", 'not aanwezig'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "which youth-care region a municipality belongs to",
    expect: [
      ["Vanaf 2026 hoort Oosterdijk bij de jeugdregio Noord, zo hebben we afgesproken.", 'aanwezig'],
      ["De jeugdregio Noord maakt een nieuwe folder.", 'ontbreekt'],
    ],
  },
  {
    id: 'passend.regio-afbakening',
    why: "councils that each decide on their own",
    expect: [
      ["Het is een probleem dat de zes colleges nu ieder voor zich besluiten over de inkoop van jeugdhulp.", 'deels'],
      ["De colleges besluiten over de begroting.", 'ontbreekt'],
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
