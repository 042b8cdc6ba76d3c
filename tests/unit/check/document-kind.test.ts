import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { recogniseDocument, type DocumentCounts } from '../../../lib/check/document-kind';
import { locChecklist } from '../../../lib/checklist';
import defaultWeights from '../../../lib/check/weights.json';
import { doc } from './helpers';

const w = defaultWeights.regiovisie;
const counts = (over: Partial<DocumentCounts>): DocumentCounts => ({
  onTopic: true,
  sentences: 40,
  commitments: 10,
  reporting: 2,
  secondPerson: 0,
  firstPerson: 10,
  articles: 0,
  speakers: 0,
  newsMarks: 0,
  ownOrganisation: 0,
  namesItself: true,
  namesOther: false,
  accountQuestions: 0,
  regional: 10,
  generic: 0,
  ...over,
});

describe('recogniseDocument: a regiovisie, or what else, and why', () => {
  it('a region that commits to its own plan is a regiovisie', () => {
    expect(recogniseDocument(counts({}), w)).toEqual({ regiovisie: true });
  });

  it.each([
    ['off-topic', { onTopic: false }],
    ['too-short', { sentences: 2, commitments: 2 }],
    ['ordinance', { articles: 8 }],
    ['minutes', { speakers: 9 }],
    ['news', { reporting: 25, commitments: 3 }],
    ['information', { commitments: 0, secondPerson: 12, firstPerson: 1 }],
    ['provider', { namesItself: false, ownOrganisation: 5, regional: 2 }],
    ['other-document', { namesOther: true }],
    ['account', { accountQuestions: 2, namesItself: false }],
    ['general', { regional: 12, generic: 8, firstPerson: 2 }],
    ['no-plan', { commitments: 0 }],
  ] as const)('%s', (reason, over) => {
    expect(recogniseDocument(counts(over), w)).toEqual({ regiovisie: false, reason });
  });
});

describe('analyze: texts that are not a regiovisie say why, and carry no aanwezig', () => {
  it('an ordinance of articles and clauses', () => {
    const text = [
      '# Verordening jeugdhulp Voorbeeldgemeente',
      '',
      'Artikel 1 Begrippen. In deze verordening wordt verstaan onder jeugdhulp: hulp aan jeugdigen en ouders.',
      '',
      'Artikel 2 Toegang. Lid 1 Het college zorgt voor een wachtlijst voor jeugdhulp. Lid 2 De jeugdige krijgt een beschikking.',
      '',
      'Artikel 3 Klachten. Lid 1 Ouders kunnen een klacht indienen bij het college. Lid 2 Het college beslist binnen zes weken.',
      '',
      'Artikel 4 Inwerkingtreding. Deze verordening treedt in werking op 1 januari 2026.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.notRegiovisie).toBe('ordinance');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
    // what would be a commitment in a regiovisie is capped, and says so
    expect(r.items.some((i) => i.capped === true && i.verdict === 'deels')).toBe(true);
  });

  it('the minutes of a council meeting', () => {
    const text = [
      '# Verslag van de commissie Samenleving',
      '',
      'De voorzitter opent de vergadering om 19.30 uur. Mevrouw Jansen (fractie Groen) vraagt hoe lang de wachtlijst voor jeugdhulp is.',
      '',
      'De heer Pieters (fractie Midden) zegt dat ouders één aanspreekpunt willen. Wethouder De Boer antwoordt dat de regio daar aan werkt.',
      '',
      'Mevrouw Jansen vraagt of de cliëntenraad wordt betrokken. De voorzitter sluit de vergadering om 21.00 uur.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.notRegiovisie).toBe('minutes');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });
});

describe('a text whose title names another kind of document is not a regiovisie', () => {
  // the body reads like a region's plan: only the title says what the text is
  const body = [
    'De zes gemeenten van de regio werken samen aan de jeugdhulp. We zorgen ervoor dat elk gezin één vaste contactpersoon krijgt.',
    '',
    'Vanaf 2026 spreken we met aanbieders af dat de wachttijd niet langer is dan zes weken. We gaan de administratie voor hulpverleners halveren.',
    '',
    'We betrekken ouders en jongeren bij het nieuwe beleid en bespreken elk jaar met hen hoe het gaat.',
  ];
  it.each(['Vacature: beleidsmedewerker jeugd', 'Jaarverslag 2025 sociaal domein', 'Persbericht', 'Nieuwsbericht: regio stelt regiovisie jeugdhulp vast'])('"%s"', (title) => {
    const r = analyze(doc(['# ' + title, '', ...body].join('\n')), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.notRegiovisie).toBe('other-document');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });

  it.each([
    'Stichting Jeugdhulp De Linde – Jaarverslag 2025',
    'Gemeente Oostervaart | Persbericht over de jeugdhulp',
    'Jeugdteam Noord: nieuwsbrief voor ouders',
    'Home › Werken bij › Beleidsadviseur jeugd',
    'Home > Vacatures > Beleidsadviseur jeugd',
  ])('the genre after the maker’s name, or as a step of a menu path: "%s"', (title) => {
    const r = analyze(doc(['# ' + title, '', ...body].join('\n')), locChecklist);
    expect(r.notRegiovisie).toBe('other-document');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });

  it.each([
    'Jeugdhulp in de regio – wat gaat er veranderen',
    'Home › Zorg en ondersteuning › Jeugdhulp',
    'Samen opgroeien: de koers van de zes gemeenten',
    'Regiovisie jeugdhulp – nieuwsbrief van de regio',
  ])('a later part or menu step that names no other genre, or a line that names the regiovisie itself: "%s"', (title) => {
    const r = analyze(doc(['# ' + title, '', ...body].join('\n')), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(true);
  });

  it('a menu step "Nieuws" gives way to a heading that names the regiovisie, as a bare genre word does', () => {
    const text = ['# Home › Nieuws › Jeugd en gezin', '', '## Regiovisie jeugdhulp Oostervaart vastgesteld', '', ...body].join('\n');
    expect(analyze(doc(text), locChecklist).looksLikeRegiovisie).toBe(true);
    const news = ['# Home › Nieuws › Jeugd en gezin', '', '## Nieuwe afspraken over de jeugdhulp', '', ...body].join('\n');
    expect(analyze(doc(news), locChecklist).notRegiovisie).toBe('other-document');
  });

  it('the same text under a title of its own is a regiovisie; a genre word later in the text changes nothing', () => {
    const text = ['# Samen sterk voor jeugd: onze koers 2026-2030', '', ...body, '', '## Nieuwsbrief', '', 'Wilt u op de hoogte blijven? Op de website leest u hoe u zich aanmeldt.'].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(true);
    expect(r.notRegiovisie).toBeUndefined();
  });
});

describe('the annual accounts of a municipality: the three questions in the past tense', () => {
  const part = (q1: string, q2: string) =>
    [
      '# Programma 2 Jeugd',
      '',
      `## ${q1}`,
      '',
      'Kinderen groeien veilig op. De gemeenten van de regio kopen de specialistische jeugdhulp samen in en we zorgen ervoor dat elk gezin één vaste contactpersoon heeft.',
      '',
      `## ${q2}`,
      '',
      'We spreken met aanbieders af dat de wachttijd niet langer is dan zes weken. We betrekken ouders en jongeren elk jaar bij het beleid. We gaan de administratie voor hulpverleners halveren.',
    ].join('\n');

  it('"Wat wilden we bereiken?" and "Wat hebben we daarvoor gedaan?": an account of a past year', () => {
    const r = analyze(doc(part('Wat wilden we bereiken?', 'Wat hebben we daarvoor gedaan?')), locChecklist);
    expect(r.notRegiovisie).toBe('account');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });

  it('the same questions opening a paragraph', () => {
    const text = part('Wat wilden we bereiken?', 'Wat heeft het gekost?').replace(/## (Wat [^\n]+)\n\n/g, '$1 ');
    expect(analyze(doc(text), locChecklist).notRegiovisie).toBe('account');
  });

  it('in the present or future they are a plan; one look back in a plan changes nothing', () => {
    expect(analyze(doc(part('Wat willen we bereiken?', 'Wat gaan we daarvoor doen?')), locChecklist).looksLikeRegiovisie).toBe(true);
    expect(analyze(doc(part('Wat willen we bereiken?', 'Wat hebben we gedaan?')), locChecklist).looksLikeRegiovisie).toBe(true);
  });
});

describe('a text about regions in general is not a regiovisie', () => {
  it('lessons for regions, written by an institute, say so', () => {
    const text = [
      '# Tien lessen voor een sterke regiovisie',
      '',
      'Regio’s die hun visie samen met jongeren schrijven, krijgen betere plannen. Elke regio moet vastleggen welke hulp zij samen inkoopt.',
      '',
      'Veel regio’s maken nog geen afspraken over wachttijden. Een regio die wachtenden elke maand belt, voorkomt dat gezinnen afhaken.',
      '',
      'Wij adviseren regio’s om ervaringsdeskundigen een vaste plek te geven. Sommige regio’s doen dat al in hun toegangsteams.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.notRegiovisie).toBe('general');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });

  it('a regiovisie with a background paragraph about regions in general stays one: its own "we" sentences count', () => {
    const text = [
      '# Regiovisie Jeugdhulp Noorderland 2025-2029',
      '',
      '## Aanleiding',
      '',
      'Regio’s moeten volgens de Hervormingsagenda een regiovisie vaststellen. Elke regio legt vast welke hulp zij samen inkoopt. Veel regio’s werken al jaren samen. Een regio die dat goed doet, kent de vraag van gezinnen.',
      '',
      '## Onze keuzes',
      '',
      'Wij zorgen ervoor dat elk gezin één vaste contactpersoon krijgt. We spreken met aanbieders af dat niemand langer dan zes weken wacht. We betrekken ouders en jongeren elk jaar bij het beleid.',
      '',
      'We maken één website met alle hulp. We verminderen de administratie voor hulpverleners door één formulier per jaar. We organiseren elk kwartaal een leertafel voor professionals.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(true);
  });

  it('a regiovisie that mentions other regions now and then is still one', () => {
    const text = [
      '# Regiovisie jeugdhulp Westerkwartier 2026-2030',
      '',
      'De zes gemeenten van onze regio kopen de zware hulp samen in. Wij zorgen ervoor dat elk gezin één vaste contactpersoon krijgt.',
      '',
      'Vanaf 2026 spreken we met aanbieders af dat niemand langer dan zes weken wacht. Voor crisisopvang werken we samen met andere regio’s.',
      '',
      'De regio betrekt ouders en jongeren bij het beleid: twee keer per jaar bespreken we met hen hoe het gaat.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(true);
  });
});

describe('a dated plan of the region counts as its own plan; the perfect tense of a past year does not', () => {
  const chapter = (lines: string[]) => analyze(doc(['# 6. Snel de juiste hulp voor jeugd', '', ...lines].join('\n\n')), locChecklist);
  const filler = [
    'Veel gezinnen in de regio wachten lang op specialistische jeugdhulp, vooral op behandeling voor jonge kinderen.',
    'Ouders en jongeren vertelden op drie avonden hoe dat wachten voor hen was.',
    'Huisartsen en scholen zien dezelfde kinderen vaak terug.',
  ];
  it('"Vanaf maart 2026 houden de gemeenten bij …", "In 2027 bespreekt de regio …": plans', () => {
    const r = chapter([
      ...filler,
      'Vanaf maart 2026 houden de gemeenten en de aanbieders elke maand bij hoeveel kinderen op jeugdhulp wachten.',
      'In het najaar van 2027 bespreekt de regio die cijfers met de jongerenraad en de ouderraad.',
    ]);
    expect(r.looksLikeRegiovisie).toBe(true);
  });
  it('"In 2023 is een evaluatie gehouden": what happened, no plan', () => {
    const r = chapter([
      ...filler,
      'In 2023 is door de gemeenten een evaluatie van de inkoop van jeugdhulp gehouden.',
      'In 2024 hebben de gemeenten de uitkomsten van die evaluatie met aanbieders besproken.',
    ]);
    expect(r.looksLikeRegiovisie).toBe(false);
  });
});

describe('a promise about an item in plain words is the text’s own plan, however it is worded', () => {
  const text = (promises: string[]) =>
    analyze(
      doc(
        [
          '# De jeugdhulp in onze regio, kort uitgelegd',
          'Soms heeft een kind meer hulp nodig dan ouders of school kunnen geven.',
          'De vier gemeenten van onze regio regelen die hulp samen.',
          'Dan kunt u terecht bij het wijkteam van uw gemeente.',
          'Het wijkteam kijkt samen met u wat er nodig is.',
          'Hieronder leest u wat er voor u verandert.',
          ...promises,
        ].join('\n\n'),
      ),
      locChecklist,
    );
  it('two promises about the items make a summary for residents a regiovisie', () => {
    const r = text([
      'Vanaf 2026 krijgt elk gezin één vaste contactpersoon die alle hulp regelt.',
      'Vanaf 2026 belt het wijkteam elke twee weken met gezinnen die op jeugdhulp wachten.',
    ]);
    expect(r.looksLikeRegiovisie).toBe(true);
  });
  it('a provider’s page that promises the same, without the region, is no regiovisie', () => {
    const r = analyze(
      doc(
        [
          '# Welkom bij Jeugdzorg De Linde',
          'De Linde biedt ambulante jeugdhulp aan gezinnen in het hele land.',
          'Bij De Linde krijgt elk gezin één vaste contactpersoon die alle hulp regelt.',
          'Moet u wachten, dan belt uw contactpersoon u elke twee weken.',
          'Onze hulpverleners komen bij u thuis.',
        ].join('\n\n'),
      ),
      locChecklist,
    );
    expect(r.looksLikeRegiovisie).toBe(false);
  });
  it('promises about other things (a park, a sports field) do not', () => {
    const r = text([
      'Na klachten over overlast zet de gemeente deze zomer extra boa’s in het park in.',
      'Het sportveld krijgt volgend jaar nieuw kunstgras, zodat de club er het hele jaar kan spelen.',
    ]);
    expect(r.looksLikeRegiovisie).toBe(false);
  });
});

describe('a care provider writing about its own offer is not a regiovisie', () => {
  const provider = [
    '# Jeugd-ggz De Meerpaal',
    '',
    'Loopt uw kind vast op school of thuis? Ons team van behandelaars helpt kinderen tot achttien jaar.',
    '',
    'Onze behandelaars komen bij u thuis als dat beter werkt. We kijken samen met u naar het hele gezin.',
    '',
    'Aanmelden kan via de huisarts of het wijkteam. Tijdens het wachten kunt u bellen met ons inloopspreekuur.',
    '',
    'Niet tevreden? Dan kunt u terecht bij onze klachtencommissie. We vragen ieder gezin na afloop om een korte vragenlijst.',
  ].join('\n');

  it('says so, and nothing in it is aanwezig', () => {
    const r = analyze(doc(provider), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.notRegiovisie).toBe('provider');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });

  it('a provider about its clients, its residential groups, its locations and its waiting list', () => {
    const text = [
      '# Jeugdhulp De Wissel',
      '',
      'Onze cliënten zijn kinderen en jongeren van vier tot achttien jaar. In onze woongroepen wonen twaalf jongeren.',
      '',
      'Op onze locatie aan de haven is ook daghulp. De wachttijd voor onze wachtlijst is acht weken; we bellen iedereen die wacht elke maand.',
      '',
      'We vragen ieder gezin na afloop wat het van de hulp vond.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.notRegiovisie).toBe('provider');
    expect(r.items.filter((i) => i.verdict === 'aanwezig')).toEqual([]);
  });

  it('a region that writes "ons aanbod", "onze medewerkers" and "onze teams" is no provider', () => {
    const text = [
      '# Samen voor de jeugd in Noorderland 2025-2028',
      '',
      'Ons aanbod voor gezinnen wordt eenvoudiger. Onze medewerkers in de wijkteams krijgen de ruimte om zelf hulp in te zetten.',
      '',
      'Onze teams werken vanaf 2026 met één plan per gezin. We spreken met aanbieders af dat niemand langer dan zes weken wacht.',
      '',
      'De gemeenten oormerken het geld voor jeugdhulp. We betrekken ouders en jongeren elk jaar bij het beleid.',
    ].join('\n');
    expect(analyze(doc(text), locChecklist).notRegiovisie).not.toBe('provider');
  });

  it('the provider test gives way to a text that names itself a regiovisie, or names its region more often', () => {
    const counts = { onTopic: true, sentences: 30, commitments: 2, reporting: 0, secondPerson: 10, firstPerson: 10, articles: 0, speakers: 0, newsMarks: 0, ownOrganisation: 4, namesOther: false, accountQuestions: 0, generic: 0 };
    expect(recogniseDocument({ ...counts, namesItself: false, regional: 1 }, w).reason).toBe('provider');
    expect(recogniseDocument({ ...counts, namesItself: true, regional: 1 }, w).reason).not.toBe('provider');
    expect(recogniseDocument({ ...counts, namesItself: false, regional: 6 }, w).reason).not.toBe('provider');
  });

  it('a regiovisie that names the region and has one line about a provider team stays a regiovisie', () => {
    const text = [
      '# Regiovisie Jeugdhulp Noorderland 2025-2029',
      '',
      'De zeven gemeenten van regio Noorderland kopen de specialistische jeugdhulp samen in. Wij zorgen ervoor dat elk gezin één vaste contactpersoon krijgt.',
      '',
      'We spreken met aanbieders af dat niemand langer dan zes weken wacht. De regio betrekt ouders en jongeren elk jaar bij het beleid.',
      '',
      'Onze medewerkers in de wijkteams krijgen de ruimte om zelf hulp in te zetten. De gemeenten in de regio oormerken het geld voor jeugdhulp.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(true);
  });
});

describe('a newspaper article: its dateline or byline (own text)', () => {
  const article = [
    'Raad wil snellere jeugdhulp',
    '',
    'Door onze verslaggever Anna de Wit',
    '',
    'VELDHOVEN – De gemeenteraad van Veldhoven sprak dinsdag over de regiovisie jeugdhulp. De regio wil de wachttijden verkorten, zei wethouder Jansen.',
    '',
    "'Kinderen wachten veel te lang', zei raadslid Bos. Volgens haar staan tweehonderd kinderen op een wachtlijst. Een moeder vertelde dat niemand haar belde.",
    '',
    'De fractie van de VVD vroeg om meer geld voor ervaringsdeskundigen. De wethouder zei dat hij daar serieus naar kijkt.',
  ].join('\n');
  it('with more reporting than promises is a news item, also below the share of reporting a text without those marks needs', () => {
    expect(recogniseDocument(counts({ newsMarks: 1, reporting: 6, commitments: 2, sentences: 40 }), w)).toEqual({ regiovisie: false, reason: 'news' });
    expect(recogniseDocument(counts({ newsMarks: 0, reporting: 6, commitments: 2, sentences: 40 }), w).reason).not.toBe('news');
    expect(analyze(doc(article), locChecklist).notRegiovisie).toBe('news');
  });
  it('an abbreviation defined with a dash in a glossary is no dateline', () => {
    const glossary = [
      '# Regiovisie jeugdhulp Veldhoven',
      '',
      'De zes gemeenten kopen de jeugdhulp samen in. Wij zorgen dat elk gezin één vaste contactpersoon krijgt. We verkorten de wachttijd tot zes weken.',
      '',
      'IVRK – het verdrag over de rechten van het kind.',
    ].join('\n');
    expect(analyze(doc(glossary), locChecklist).notRegiovisie).toBeUndefined();
  });
});

describe('a page about support for adults (the Wmo) is not about youth care', () => {
  const wmo = [
    '# Hulp en ondersteuning voor volwassenen',
    '',
    'Lukt het niet meer om zelf uw huis schoon te houden? Dan kunt u huishoudelijke hulp aanvragen via de Wmo.',
    '',
    'Zorgt u voor een naaste? Als mantelzorger kunt u bij het steunpunt mantelzorg terecht voor advies en een luisterend oor.',
    '',
    'Voor dagbesteding en begeleiding thuis maakt de consulent samen met u een plan. U kunt kiezen voor zorg in natura of een persoonsgebonden budget.',
    '',
    'Hulpmiddelen zoals een rolstoel of een woningaanpassing vraagt u ook aan bij het Wmo-loket. Volwassenen met een beperking krijgen binnen zes weken een besluit.',
    '',
    'Heeft u een klacht over de Wmo-ondersteuning? Dan kunt u die indienen bij de klachtencoördinator.',
    '',
    'Heeft u een vraag over uw kind of over opvoeden? Daarvoor gaat u naar het jeugdteam.',
  ].join('\n');

  it('says it is not about youth care, and finds nothing', () => {
    const r = analyze(doc(wmo), locChecklist);
    expect(r.notRegiovisie).toBe('off-topic');
    expect(r.items.filter((i) => i.id !== 'algemeen.begrijpelijk' && i.verdict !== 'ontbreekt')).toEqual([]);
  });

  it('a regiovisie with a part on the Wmo stays a regiovisie: its title names it (the same text under a neutral title is a Wmo page)', () => {
    const body = [
      '',
      'De zeven gemeenten van regio Noorderland kopen de specialistische jeugdhulp samen in. Wij zorgen ervoor dat elk gezin één vaste contactpersoon krijgt.',
      '',
      'De Wmo-consulent schuift bij de overgang naar achttien aan. Dagbesteding loopt door onder de Wmo. Mantelzorgers krijgen één aanspreekpunt bij het Wmo-loket. Huishoudelijke hulp vraagt u aan bij de Wmo.',
    ];
    expect(analyze(doc(['# Regiovisie jeugdhulp Noorderland 2025-2029', ...body].join('\n')), locChecklist).looksLikeRegiovisie).toBe(true);
    expect(analyze(doc(['# Samen verder in Noorderland', ...body].join('\n')), locChecklist).notRegiovisie).toBe('off-topic');
  });
});

describe('a second reader\'s texts on the document rules of stop 22', () => {
  it('a regiovisie that looks back on the one before it, with the questions of an account, stays a regiovisie', () => {
    const text = [
      '# Regiovisie jeugdhulp Westerveld 2025-2028',
      '',
      'De gemeenten in de regio werken samen aan de specialistische jeugdhulp. We spreken met de aanbieders een maximale wachttijd van acht weken af. De regio richt een jongerenpanel op dat elk half jaar met de wethouders in gesprek gaat.',
      '',
      '## Terugblik op de vorige regiovisie',
      '',
      '### Wat wilden we bereiken?',
      '',
      'Met de vorige regiovisie wilden we de wachttijden verkorten en de hulp dichter bij huis organiseren.',
      '',
      '### Wat hebben we gedaan?',
      '',
      'We hebben met 200 ouders gesproken en de wijkteams versterkt.',
    ].join('\n');
    const r = analyze(doc(text), locChecklist);
    expect(r.looksLikeRegiovisie).toBe(true);
  });

  it('numbered account questions with "wij" still make an account', () => {
    const text = ['# Programma 2 Jeugd', '', '## 2.1 Wat wilden wij bereiken?', '', 'Kinderen groeien veilig op. De gemeenten kopen de jeugdhulp samen in.', '', '## 2.2 Wat hebben wij daarvoor gedaan?', '', 'We hebben de wachttijden gemeten en de wijkteams versterkt. We spraken met de aanbieders over de tarieven.'].join('\n');
    expect(analyze(doc(text), locChecklist).notRegiovisie).toBe('account');
  });

  it('a job advert under its own headline that names the regiovisie stays a job advert', () => {
    const body = ['', 'De zeven gemeenten van de regio werken samen aan de jeugdhulp. We zorgen ervoor dat elk gezin één vaste contactpersoon krijgt.', '', 'Vanaf 2026 spreken we met aanbieders af dat de wachttijd niet langer is dan zes weken.'];
    const r = analyze(doc(['# Home › Werken bij › Projectleider regiovisie jeugdhulp (32-36 uur)', ...body].join('\n')), locChecklist);
    expect(r.notRegiovisie).toBe('other-document');
  });
});

describe('a second reader\'s texts on the Wmo rule of stop 22', () => {
  it('a regiovisie with a part on the Wmo and turning eighteen stays a regiovisie', () => {
    const text = [
      '# Regiovisie Jeugd en Wmo Westerveld',
      '',
      'De gemeenten in de regio werken samen aan de jeugdhulp. We zorgen ervoor dat elk gezin één vaste contactpersoon krijgt.',
      '',
      'Bij de overgang naar volwassenheid stopt de Jeugdwet en begint de Wmo. De Wmo-consulent schuift vanaf zeventien jaar aan. Dagbesteding loopt door na de achttiende verjaardag. Mantelzorgers krijgen één aanspreekpunt bij de Wmo. Huishoudelijke hulp vraagt u aan bij het Wmo-loket. Ouderen krijgen binnen zes weken een besluit.',
    ].join('\n');
    expect(analyze(doc(text), locChecklist).looksLikeRegiovisie).toBe(true);
  });
});
