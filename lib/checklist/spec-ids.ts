/**
 * The 34 fixed item ids of the LOC checklist, in the order of spec/checklist.md.
 * Ids are how reviews are stored, exported, compared and evaluated: never rename or drop one.
 * The meta-test (tests/unit/checklist/checklist.test.ts) checks this list against the spec.
 */
export const SPEC_ITEM_IDS = [
  'vertrouwen.basis',
  'vertrouwen.niet-te-snel-labelen',
  'vertrouwen.ruimte-professionals',
  'vertrouwen.minder-administratie',
  'vertrouwen.gelijkwaardige-samenwerking',
  'vertrouwen.keuzevrijheid',
  'vertrouwen.ouders-verbinden',
  'passend.wachtlijsten',
  'passend.beschikbaar-in-regio',
  'passend.regio-afbakening',
  'passend.behoefte-en-schaal',
  'passend.duidelijk-aanbod',
  'passend.afstemming',
  'passend.doorbraak',
  'passend.geld-geoormerkt',
  'kwaliteit.wie-bepaalt',
  'kwaliteit.luisteren',
  'kwaliteit.een-aanspreekpunt',
  'kwaliteit.contact-bij-wachttijd',
  'kwaliteit.bijsturen',
  'kwaliteit.match',
  'kwaliteit.leefomgeving',
  'kwaliteit.hele-gezin',
  'kwaliteit.samen-leren',
  'kwaliteit.kinderrechten',
  'kwaliteit.toetsing',
  'kwaliteit.ervaringen-ophalen',
  'kwaliteit.klachten-en-signalen',
  'expert.betrokken-bij-beleid',
  'expert.ervaringsdeskundigheid',
  'expert.afspraken-ervaringsdeskundigen',
  'expert.in-gesprek-blijven',
  'algemeen.begrijpelijk',
  'algemeen.vraaggericht',
] as const;

export type SpecItemId = (typeof SPEC_ITEM_IDS)[number];

/** The item checked by measured readability instead of search signals. */
export const READABILITY_ITEM_ID: SpecItemId = 'algemeen.begrijpelijk';
