import { describe, it } from 'vitest';
import { expectVerdicts } from './helpers';

/**
 * The kwaliteit.* items mentioned in other words — as a problem, a question, a wish of parents or
 * young people, what the Rijk or a study says — on sentences written for these tests (never taken
 * from a corpus or a bank): the mention is found (deels), and a near miss (another sense, other
 * people, or the same words without the item's concept) stays ontbreekt. A passage is judged on
 * its own, as part of a regiovisie, against the LOC checklist as it ships.
 */

type Case = { id: string; why: string; expect: [string, 'aanwezig' | 'deels' | 'ontbreekt' | 'not aanwezig'][] };
const cases: Case[] = [
  {
    id: 'kwaliteit.wie-bepaalt',
    why: 'families who want a say in the norms for good care (a wish)',
    expect: [
      ['Jongeren willen meer zeggenschap over de eisen die we aan hulpverleners stellen.', 'deels'],
      ['Jongeren willen meer zeggenschap over de inrichting van het jongerencentrum bij de aanbieder.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.wie-bepaalt',
    why: 'agreements with parents on good youth care (a question)',
    expect: [
      ['Hoe maken we met ouders afspraken over goede jeugdhulp?', 'deels'],
      ['Hoe maken we met ouders afspraken over de ophaaltijden van de jeugdhulp op school?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.wie-bepaalt',
    why: 'every municipality with its own yardstick for youth care (a problem)',
    expect: [
      ['Gemeenten in Zuiderveen hanteren verschillende maatstaven voor jeugdhulp.', 'deels'],
      ['Gemeenten in Zuiderveen hanteren verschillende openingstijden voor het wijkteam.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.wie-bepaalt',
    why: 'clients among those with whom the standards are written (national)',
    expect: [
      ['Het Rijk vraagt regio’s om met cliënten te beschrijven waaraan goede jeugdhulp moet voldoen.', 'deels'],
      ['Het Rijk vraagt regio’s om met cliënten te praten over de jeugdhulp.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: 'helpers who do not ask what is going on (a problem)',
    expect: [
      ['De behandelaar vraagt te weinig wat er speelt.', 'deels'],
      ['Behandelaars van de aanbieder werken in het gebouw waar ook de bibliotheek zit.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: 'what young people themselves find important at the start of care (a hedge)',
    expect: [
      ['Wellicht kan de hulpverlener bij de start meer aandacht geven aan wat jongeren zelf belangrijk vinden.', 'deels'],
      ['Wellicht kan de hulpverlener bij de start meer aandacht geven aan de administratie.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: 'a council that hears what residents think of a policy is no listening in care',
    expect: [['De gemeenteraad wil horen wat inwoners vinden van de plannen voor de jeugdhulp in de wijk.', 'not aanwezig']],
  },
  {
    id: 'kwaliteit.een-aanspreekpunt',
    why: 'who holds the threads for a family (a question)',
    expect: [
      ['Wie houdt voor het gezin de touwtjes in handen als er drie aanbieders betrokken zijn?', 'deels'],
      ['De wethouder houdt de touwtjes in handen bij de inkoop van de aanbieders.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.een-aanspreekpunt',
    why: 'parents who coordinate all the helpers themselves (a problem)',
    expect: [
      ['Ouders moeten nu zelf alle hulpverleners coördineren.', 'deels'],
      ['De regio moet nu zelf alle inkoop coördineren.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.contact-bij-wachttijd',
    why: 'nobody watching over a family on the waiting list (a problem)',
    expect: [
      ['Als een gezin wacht op een behandelaar, heeft niemand zicht op hoe het thuis gaat.', 'deels'],
      ['Bij de aanbieder heeft niemand zicht op de kosten van het gebouw.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.contact-bij-wachttijd',
    why: 'what is offered while treatment cannot start yet (a question)',
    expect: [
      ['Welke steun bieden we ouders zolang de behandeling nog niet kan beginnen?', 'deels'],
      ['Welke steun bieden we ouders zolang de verbouwing van de school duurt?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.bijsturen',
    why: 'going back to the same helper after care ended (a question)',
    expect: [
      ['Kan een kind na afsluiting terugkeren bij dezelfde hulpverlener?', 'deels'],
      ['De hulpverlener keert na haar verlof terug op dezelfde afdeling.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.bijsturen',
    why: 'care that moves with a changing situation (a wish)',
    expect: [
      ['Ouders willen dat de behandelaar de hulp aanpast wanneer hun situatie verandert.', 'deels'],
      ['Ouders willen dat de behandelaar de hulp start wanneer de vakantie voorbij is.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.bijsturen',
    why: 'talking over whether care should be lighter or heavier',
    expect: [
      ['Elk kwartaal bekijken we of de begeleiding lichter of zwaarder kan.', 'aanwezig'],
      ['Elk kwartaal bekijken we of de begroting lichter kan.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.match',
    why: 'another helper when it does not click (a question)',
    expect: [
      ['Krijgt een kind een andere behandelaar als het contact niet goed loopt?', 'deels'],
      ['Mag een jongere de hulpverlener bellen als de bus niet goed loopt?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.match',
    why: 'a helper who knows where a family comes from (a wish)',
    expect: [
      ['Gezinnen willen een hulpverlener die snapt waar zij vandaan komen.', 'deels'],
      ['De hulpverlener vroeg waar zij vandaan komen met de auto.', 'not aanwezig'],
    ],
  },
  {
    id: 'kwaliteit.leefomgeving',
    why: 'children placed far from home (a problem)',
    expect: [
      ['Nog te vaak worden jongeren ver van huis geplaatst bij een aanbieder.', 'deels'],
      ['De aanbieder heeft een locatie ver van het station.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.leefomgeving',
    why: 'young people moved from group to group (a problem)',
    expect: [
      ['Sommige kinderen gaan bij de aanbieders van groep naar groep.', 'deels'],
      ['De aanbieders sturen hun nieuwsbrief van groep naar groep.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.leefomgeving',
    why: 'a helper who comes to the family’s home (a wish)',
    expect: [
      ['Ouders zouden graag zien dat de behandelaar vaker langskomt.', 'deels'],
      ['Ouders zouden graag zien dat de behandelaar vaker op tijd is.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.leefomgeving',
    why: 'fewer children growing up outside their own family (national)',
    expect: [
      ['Het Rijk wil dat minder kinderen buiten het eigen gezin opgroeien in de jeugdhulp.', 'deels'],
      ['Het Rijk wil dat minder kinderen buiten spelen zonder toezicht van de aanbieder.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.hele-gezin',
    why: 'the parents’ own problems out of view (a problem)',
    expect: [
      ['De problemen van de ouders blijven bij de behandelaar vaak buiten beeld.', 'deels'],
      ['De problemen met de parkeerplaats blijven bij de aanbieder vaak buiten beeld.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.hele-gezin',
    why: 'a mother who wanted help herself too (a wish)',
    expect: [
      ['Een moeder gaf aan dat zij zelf ook begeleiding had willen krijgen van het wijkteam.', 'deels'],
      ['Een moeder gaf aan dat zij het wijkteam niet kon bereiken.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.samen-leren',
    why: 'looking back together on a case that went wrong',
    expect: [
      ['Hulpverleners blikken zelden samen terug op een vastgelopen casus.', 'deels'],
      ['Hulpverleners blikken zelden terug op hun eigen opleiding.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.samen-leren',
    why: 'colleagues exchanging thoughts about difficult families (a question)',
    expect: [
      ['Waar kunnen jeugdteams met elkaar sparren over lastige situaties?', 'deels'],
      ['Waar kunnen jeugdteams hun fietsen kwijt in lastige situaties?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.toetsing',
    why: 'someone outside the provider who checks the care',
    expect: [
      ['Iemand buiten de aanbieder beoordeelt of de zorg goed genoeg is.', 'aanwezig'],
      ['Iemand buiten de aanbieder regelt het vervoer naar de zorg.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.toetsing',
    why: 'not knowing what the care yields (a problem)',
    expect: [
      ['We weten te weinig over wat de jeugdhulp oplevert bij aanbieders.', 'deels'],
      ['We weten te weinig over wat de verkoop van het pand oplevert voor de aanbieders.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.toetsing',
    why: 'keeping an eye on providers whose care falls short (a question)',
    expect: [
      ['Hoe houden we vinger aan de pols bij zorgaanbieders die onvoldoende presteren?', 'deels'],
      ['Hoe houden we vinger aan de pols bij de bouw van het nieuwe zwembad van de aanbieder?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.klachten-en-signalen',
    why: 'a child who cannot say it feels unsafe (a question)',
    expect: [
      ['Kan een jongere bij de aanbieder laten weten dat hij zich onveilig voelt?', 'deels'],
      ['Kan een jongere bij de aanbieder laten weten dat hij later komt?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.luisteren',
    why: 'young people not taken seriously by their helper (a problem)',
    expect: [
      ['Jongeren vinden dat hun hulpverlener hen niet serieus genomen heeft.', 'deels'],
      ['De aanbieders vinden dat hun offerte niet serieus genomen is.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.een-aanspreekpunt',
    why: 'someone who oversees the whole for a family (a question)',
    expect: [
      ['Heeft elk gezin iemand die het geheel overziet?', 'deels'],
      ['Heeft elk gezin een tuin die het geheel overziet?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.contact-bij-wachttijd',
    why: 'families left alone while they wait (a problem)',
    expect: [
      ['Ouders die wachten op de aanbieder voelen zich in de steek gelaten.', 'deels'],
      ['Ouders voelen zich door de aanbieder in de steek gelaten bij de verhuizing.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.bijsturen',
    why: 'checking whether the goals still hold',
    expect: [
      ['Hulpverleners gaan elke drie maanden na of de doelen nog kloppen.', 'aanwezig'],
      ['Hulpverleners gaan elke drie maanden na of de adressen nog kloppen.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.bijsturen',
    why: 'more help without a new application (a wish)',
    expect: [
      ['Ouders willen dat de hulp kan worden uitgebreid zonder nieuwe aanvraag.', 'deels'],
      ['Ouders willen dat de speeltuin kan worden uitgebreid.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.bijsturen',
    why: 'starting all over again after care was closed (a problem)',
    expect: [
      ['Na afsluiting van de hulp moeten gezinnen bij een terugval nu vaak weer opnieuw beginnen.', 'deels'],
      ['Het gezin moet na de verhuizing weer opnieuw beginnen met zoeken naar een school.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.match',
    why: 'a helper with whom a child feels at home (a question)',
    expect: [
      ['Krijgt elk kind een behandelaar bij wie het zich thuis voelt?', 'deels'],
      ['Voelt elk kind zich thuis in de nieuwe klas?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.match',
    why: 'a helper who respects a family’s faith (a wish)',
    expect: [
      ['Ouders vragen om een hulpverlener die hun geloof respecteert.', 'deels'],
      ['Ouders vragen om een hulpverlener die op zaterdag werkt.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.leefomgeving',
    why: 'children who can go on living with their parents',
    expect: [
      ['Met steun van de behandelaar kunnen kinderen bij hun ouders blijven wonen.', 'aanwezig'],
      ['Met steun van de behandelaar kunnen kinderen bij hun ouders blijven eten.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.leefomgeving',
    why: 'young people ending up in an institution far away (a problem)',
    expect: [
      ['Te vaak belanden jongeren bij een aanbieder ver van huis.', 'deels'],
      ['Te vaak belanden de brieven van de aanbieder bij het verkeerde huis.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.samen-leren',
    why: 'professionals of different organisations going through cases together',
    expect: [
      ['Professionals van verschillende organisaties nemen maandelijks casussen door.', 'aanwezig'],
      ['Professionals van verschillende organisaties nemen maandelijks de post door.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.ervaringen-ophalen',
    why: 'young people telling in their own words how the care was (a wish)',
    expect: [
      ['Jongeren vertellen liever in eigen woorden hoe de hulp was.', 'deels'],
      ['Jongeren vertellen liever hoe de vakantie was.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.klachten-en-signalen',
    why: 'parents who disagree with the helper and do not know where to turn (a question)',
    expect: [
      ['Tot wie kunnen ouders zich wenden als ze het niet eens zijn met de hulpverlener?', 'deels'],
      ['Tot wie kunnen ouders zich wenden voor een parkeervergunning?', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.klachten-en-signalen',
    why: 'someone outside the institution to speak to',
    expect: [
      ['Jongeren kunnen iemand buiten de instelling spreken als iets niet goed gaat.', 'aanwezig'],
      ['Jongeren kunnen buiten de instelling sporten.', 'ontbreekt'],
    ],
  },
  {
    id: 'kwaliteit.een-aanspreekpunt',
    why: 'one face instead of changing helpers (a wish)',
    expect: [
      ['Jongeren willen één gezicht in plaats van steeds wisselende hulpverleners.', 'deels'],
      ['Op de poster van het wijkteam staat één gezicht.', 'ontbreekt'],
    ],
  },
];

describe('kwaliteit items mentioned in other words, and their near misses', () => {
  for (const c of cases) {
    it(`${c.id}: ${c.why}`, () => {
      expectVerdicts(c.id, c.expect);
    });
  }
});
