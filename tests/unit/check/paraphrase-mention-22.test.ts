import { describe, it } from 'vitest';
import { expectVerdicts } from './helpers';

/**
 * Mentions of six items said in other words (a problem, a question, a wish: at most deels) and
 * commitments in other words, each with a near miss (another sense, other people, the same words
 * without the item's concept). Sentences written for these tests, never taken from a corpus or a
 * bank. A passage is judged on its own, as part of a regiovisie, against the LOC checklist as it
 * ships. 'not aanwezig' cases only ask that the item is not aanwezig.
 */

type Case = { id: string; why: string; expect: [string, 'aanwezig' | 'deels' | 'ontbreekt' | 'not aanwezig'][] };
const cases: Case[] = [
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "a task description for experience workers is an agreement; another worker's is not",
    expect: [
      ['Elke ervaringswerker in de jeugdhulp krijgt van ons een duidelijke taakomschrijving.', 'aanwezig'],
      ['De taakomschrijving van de jeugdconsulent wordt dit jaar herzien.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "the room experience workers have (a question: deels); what providers are expected to do is not",
    expect: [
      ['Hoe weten ervaringswerkers in de jeugdhulp welke ruimte ze hebben?', 'deels'],
      ['Van aanbieders in de jeugdhulp wordt verwacht dat zij hun wachttijden melden.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "who may call themselves an experience expert; merely naming one is not",
    expect: [
      ['Niet iedereen met een verleden in de jeugdzorg mag zich zomaar ervaringsdeskundige noemen.', 'deels'],
      ['In het verslag over de jeugdhulp wordt de ervaringsdeskundige van het wijkteam bij naam genoemd.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "experience used beyond one's own; providers' experiences with a contract are not",
    expect: [
      ['Jongeren leren in de training hun ervaringen in de jeugdhulp overstijgend in te zetten voor anderen.', 'deels'],
      ['Aanbieders in de jeugdhulp delen hun ervaringen met het nieuwe contract.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "what participants get back for their input; what the council gets back is not",
    expect: [
      ['Jongeren uit de jeugdraad vragen zich af wat ze ervoor terugkrijgen als ze meedenken over de jeugdhulp.', 'deels'],
      ['Wat de gemeente ervoor terugkrijgt, staat in het contract met de jeugdhulpaanbieder.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "agreements with those who bring in their experiential knowledge",
    expect: [
      ['Met jongeren die hun ervaringskennis inzetten in de jeugdhulp maken we vooraf afspraken over hun uren.', 'aanwezig'],
    ],
  },
  {
    id: 'expert.afspraken-ervaringsdeskundigen',
    why: "debt counselling is another field; the same agreement in youth care counts",
    expect: [
      ['In de schuldhulp spreken we met ervaringsdeskundigen een vergoeding af.', 'ontbreekt'],
      ['Met ervaringsdeskundigen in de jeugdhulp spreken we een vergoeding af.', 'aanwezig'],
    ],
  },
  {
    id: 'expert.in-gesprek-blijven',
    why: "asked only at the start (a mention); a leaflet at the start is not",
    expect: [
      ['Jongeren in de jeugdhulp worden alleen in het begin om hun mening gevraagd.', 'deels'],
      ['Ouders krijgen alleen in het begin van de jeugdhulp een folder.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.in-gesprek-blijven',
    why: "keeping parents and young people aangehaakt during the plan; children at the dinner table are not",
    expect: [
      ['We houden ouders en jongeren ook tijdens de uitvoering van de regiovisie aangehaakt.', 'aanwezig'],
      ['In het pleeggezin blijven de kinderen na het eten nog even aan tafel.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.in-gesprek-blijven',
    why: "what became of young people's input (a mention); what became of money is not",
    expect: [
      ['Jongeren in de jeugdhulp horen zelden wat er met hun inbreng is gedaan.', 'deels'],
      ['Wat er met het geld van de jeugdhulp is gebeurd, staat in de jaarrekening.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.in-gesprek-blijven',
    why: "seeking contact with parents after adoption; contact with providers is not",
    expect: [
      ['Ook na de vaststelling van de visie blijven we contact zoeken met ouders en jongeren.', 'aanwezig'],
      ['Ook na de vaststelling van de visie blijft het contact met de aanbieders zakelijk.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: "a young person's view that barely counts in treatment; providers' views in purchasing are not",
    expect: [
      ['Jongeren zeggen dat hun mening over de behandeling nauwelijks meetelt.', 'deels'],
      ['De mening van de aanbieders telt mee bij de inkoop van jeugdhulp.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: "room to tell what goes on at home; a team briefing the council is not",
    expect: [
      ['Ouders krijgen bij de hulpverlener weinig ruimte om te vertellen wat er thuis speelt.', 'deels'],
      ['Het jeugdteam vertelt de gemeenteraad wat er speelt in de wijken.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: "saying what one finds important or what helps (questions: deels); what helps against bullying is not",
    expect: [
      ['Vraagt de jeugdhulp een kind aan het begin wel wat het belangrijk vindt?', 'deels'],
      ['Wordt jongeren tijdens de behandeling gevraagd wat wel helpt?', 'deels'],
      ['De gemeente vertelt scholen wat helpt tegen pesten.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: "asking the child about its wishes for care; asking providers about theirs is not",
    expect: [
      ['De hulpverlener vraagt elk kind bij de start naar zijn wensen voor de hulp.', 'aanwezig'],
      ['De gemeente vraagt aanbieders naar hun wensen voor het nieuwe contract.', 'not aanwezig'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: "listening to stories in the library is not listening to a child in care",
    expect: [
      ['Kinderen luisteren in de bibliotheek elke week naar voorleesverhalen.', 'ontbreekt'],
      ['De jeugdconsulent luistert eerst naar wat het kind wil.', 'aanwezig'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "how many places are needed; the places of a car park are not",
    expect: [
      ['Niemand weet hoeveel plekken voor crisisopvang in de jeugdhulp we straks nodig hebben.', 'deels'],
      ['Hoeveel plekken de nieuwe parkeergarage heeft, is nog niet bekend.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "how many young people use care; using care as such is no demand figure",
    expect: [
      ['We weten niet hoeveel jongeren een beroep doen op jeugdhulp na hun achttiende.', 'deels'],
      ['Jongeren doen een beroep op de jeugdhulp als het thuis misgaat.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "a small municipality that cannot organise specialist care alone; a sports day is not",
    expect: [
      ['Voor een kleine gemeente is hoogspecialistische jeugdhulp nauwelijks te organiseren.', 'deels'],
      ['Een kleine gemeente kan een sportdag voor de jeugd goed zelf organiseren.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "care in one's own village rather than travelling; a bus to school is not",
    expect: [
      ['Gezinnen willen opvoedhulp in hun eigen dorp, zonder ver te reizen naar de jeugdhulp in de stad.', 'deels'],
      ['Jongeren uit het eigen dorp reizen met de bus naar school.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "scarce care at a larger scale; scarce housing is not",
    expect: [
      ['Schaarse jeugdhulp organiseren we op grotere schaal, samen met het landsdeel.', 'aanwezig'],
      ['Schaarse woningen voor jongeren verdelen we op grotere schaal.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.behoefte-en-schaal',
    why: "the demand for youth care 'in beeld'; a family's situation in beeld is not",
    expect: [
      ['Elk jaar brengen we de vraag naar jeugdhulp in onze gemeenten in beeld.', 'aanwezig'],
      ['De jeugdconsulent brengt samen met het gezin in beeld wat er speelt.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "parents not knowing which support exists; not knowing which school fits is not",
    expect: [
      ['Veel ouders weten niet welke ondersteuning de jeugdhulp in hun gemeente biedt.', 'deels'],
      ['Ouders weten niet welke school het beste bij hun kind past.', 'ontbreekt'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "one fixed number to go to; a team's planning number is not",
    expect: [
      ['Voor jeugdhulp hebben ouders één vast nummer waar ze terechtkunnen.', 'aanwezig'],
      ['Elk team in de jeugdhulp heeft één nummer voor de planning.', 'not aanwezig'],
    ],
  },
  {
    id: 'passend.duidelijk-aanbod',
    why: "a brochure on which support there is; a brochure on waste is not",
    expect: [
      ['We maken een brochure waarin staat welke begeleiding er voor gezinnen is.', 'aanwezig'],
      ['De brochure over de nieuwe afvalregels ligt in het gemeentehuis.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "a say in how youth-care money is spent (a wish: deels); a say in a school band is not",
    expect: [
      ['Jongeren willen een stem in hoe het geld voor jeugdhulp wordt besteed.', 'deels'],
      ['Jongeren willen een stem in de schoolband.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "a place at the table for purchasing; the maatwerktafel about one family is not policy",
    expect: [
      ['Bij de inkoop van jeugdhulp krijgen ouders en jongeren een plek aan tafel.', 'aanwezig'],
      ['Aan de maatwerktafel bespreken ouders met de jeugdconsulent hun plan.', 'not aanwezig'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "giving one's opinion on the regiovisie; on the plans for a park is not",
    expect: [
      ['Jongeren kunnen via de app hun mening geven over de regiovisie.', 'aanwezig'],
      ['Inwoners konden hun mening geven over de plannen voor het park.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "involving young people in policy; parents involved in their child's treatment are not",
    expect: [
      ['We betrekken jongeren bij het beleid voor de jeugdhulp.', 'aanwezig'],
      ['Ouders zijn betrokken bij de behandeling van hun kind.', 'not aanwezig'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "parents and young people in the working group; officials alone are not",
    expect: [
      ['Twee ouders en twee jongeren nemen deel aan de werkgroep die de regiovisie bijstelt.', 'aanwezig'],
      ['Twee beleidsmedewerkers nemen deel aan de werkgroep jeugdhulp.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "young people judging tenders; officials judging them is not",
    expect: [
      ['Jongeren met ervaring in de jeugdhulp beoordelen bij de aanbesteding de inschrijvingen van aanbieders.', 'aanwezig'],
      ['Ambtenaren beoordelen de offertes van de jeugdhulpaanbieders.', 'ontbreekt'],
    ],
  },
  {
    id: 'expert.betrokken-bij-beleid',
    why: "a school's participation council is not youth-care policy",
    expect: [
      ['In de medezeggenschapsraad van de basisschool praten ouders mee over het schoolreisje.', 'ontbreekt'],
    ],
  },
];

describe('mentions and commitments of six items in other words, and their near misses', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.why}`, () => {
      expectVerdicts(c.id, c.expect);
    });
  }
});
