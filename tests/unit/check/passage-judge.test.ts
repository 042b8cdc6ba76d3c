import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/check';
import { locChecklist } from '../../../lib/checklist';
import type { PassageKind } from '../../../lib/check/types';
import { doc, itemVerdictCases, judgePassage, miniChecklist, passageVerdict, REGIO_INTRO } from './helpers';
import defaultWeights from '../../../lib/check/weights.json';

/**
 * The passage judge on sentences written for these tests (never taken from the corpus): the
 * same word promised and only mentioned, each other sense of a word, each kind of passage.
 * A passage is judged on its own, as part of a regiovisie (assumeRegiovisie), against the
 * LOC checklist as it ships.
 */
const judge = judgePassage;
const verdict = (text: string, id: string) => passageVerdict(text, id);

describe('a word in another sense does not count for the item', () => {
  const cases: { id: string; other: string; own: string }[] = [
    {
      id: 'kwaliteit.een-aanspreekpunt',
      other: 'De jongerenraad heeft een vast aanspreekpunt op het gemeentehuis: de beleidsmedewerker jeugd.',
      own: 'Elk gezin krijgt één vast aanspreekpunt dat alle hulp regelt.',
    },
    {
      id: 'vertrouwen.gelijkwaardige-samenwerking',
      other: 'De gemeenten zorgen voor gelijkwaardige voorzieningen voor de jeugd in alle dorpen, hoe klein ook.',
      own: 'Gemeenten en aanbieders werken samen als gelijkwaardige partners.',
    },
    {
      id: 'passend.duidelijk-aanbod',
      other: 'Eén vaste hulpverlener houdt het overzicht over alle hulp die het gezin krijgt.',
      own: 'We maken een overzicht van alle jeugdhulp in de regio, zodat ouders weten waar ze terechtkunnen.',
    },
    {
      id: 'passend.beschikbaar-in-regio',
      other: 'De samenvatting van deze visie op de jeugdhulp is beschikbaar als pdf onderaan deze pagina.',
      own: 'Gesloten jeugdhulp blijft in de regio beschikbaar; daarvoor sluiten we contracten voor tien jaar.',
    },
    {
      id: 'kwaliteit.wie-bepaalt',
      other: 'Voor het nieuwe gebouw van het jeugdteam gelden strenge kwaliteitseisen: goed geïsoleerd en toegankelijk.',
      own: 'Samen met ouders en jongeren stellen we de kwaliteitseisen voor de jeugdhulp op.',
    },
    {
      id: 'kwaliteit.bijsturen',
      other: 'Wie wacht op specialistische hulp, krijgt in de tussentijd steun van het wijkteam.',
      own: 'Elke drie maanden bekijken het gezin en de hulpverlener samen of de hulp nog past.',
    },
    {
      id: 'expert.ervaringsdeskundigheid',
      other: 'Het crisisteam bestaat uit ervaren professionals die zelf hulp mogen inzetten.',
      own: 'In elk wijkteam werkt een ervaringsdeskundige die zelf jeugdhulp heeft gehad.',
    },
    {
      id: 'passend.doorbraak',
      other: 'Vastgelopen met de aangifte bij de Belastingdienst? Het jongerenloket helpt jongeren daarbij.',
      own: 'Loopt de hulp voor een gezin vast, dan beslist het regionale doorbraakteam binnen een week.',
    },
    {
      id: 'passend.duidelijk-aanbod',
      other: 'Alleen de jeugdarts en de gezinscoach hebben toegang tot het dossier van een jongere.',
      own: 'Op de nieuwe wegwijzer staat per gemeente welke hulp er is en hoe je die krijgt.',
    },
    {
      id: 'kwaliteit.kinderrechten',
      other: 'Het jongerenpanel heeft sinds dit jaar instemmingsrecht op de begroting voor jeugdhulp.',
      own: 'Kinderen hebben recht op een veilig thuis.',
    },
    {
      id: 'passend.beschikbaar-in-regio',
      other: 'Het wijkteam stuurt elke beschikking voor jeugdhulp in de regio binnen vijf dagen naar de ouders.',
      own: 'We zorgen dat crisisopvang voor jeugdigen in de regio beschikbaar blijft.',
    },
    {
      id: 'kwaliteit.samen-leren',
      other: 'Eens per maand bespreken de hulpverlener en de ouders samen hoe het gaat.',
      own: 'Hulpverleners uit drie teams bespreken elke maand samen wat ze in hun gesprekken tegenkomen.',
    },
    {
      id: 'vertrouwen.gelijkwaardige-samenwerking',
      other: 'Voor de jeugdconsulent is elke moeder een gelijkwaardige gesprekspartner.',
      own: 'Gemeenten en aanbieders werken als gelijkwaardige partners samen aan de hulp voor jeugdigen.',
    },
    {
      id: 'algemeen.vraaggericht',
      other: 'Na de aanvraag door een gezin start de hulp binnen vier weken.',
      own: 'We starten bij de vraag van het gezin en kijken pas daarna welke hulp past.',
    },
    {
      id: 'kwaliteit.leefomgeving',
      other: 'De hulp stopt pas als het hele gezin weer vooruitgaat.',
      own: 'Onze hulpverleners komen bij het gezin thuis, zodat kinderen thuis kunnen blijven wonen.',
    },
    {
      id: 'kwaliteit.klachten-en-signalen',
      other: 'Veel jongeren met psychische klachten slapen slecht en hebben vaak hoofdpijn.',
      own: 'Ouders en jongeren die niet tevreden zijn, kunnen een klacht indienen bij de onafhankelijke klachtencommissie van de regio.',
    },
    {
      id: 'kwaliteit.match',
      other: 'Na afloop speelden de wethouders een voetbalmatch tegen de jongerenraad.',
      own: 'We zorgen voor een goede match tussen het gezin en de hulpverlener, ook in taal en cultuur.',
    },
    {
      id: 'passend.wachtlijsten',
      other: 'De wachtlijst voor een sociale huurwoning in onze gemeenten is opgelopen tot acht jaar.',
      own: 'We brengen de wachtlijsten voor specialistische jeugdhulp terug tot hoogstens zes weken.',
    },
    {
      id: 'passend.wachtlijsten',
      other: 'Bij de zwemvereniging staan veel kinderen op de wachtlijst voor zwemles.',
      own: 'We brengen de wachtlijsten voor specialistische jeugdhulp terug tot hoogstens zes weken.',
    },
    {
      id: 'kwaliteit.toetsing',
      other: 'In het stadspark is in de zomeravonden extra toezicht door boa’s vanwege overlast.',
      own: 'Een onafhankelijke toezichthouder beoordeelt elk jaar de kwaliteit van de jeugdhulp die aanbieders leveren.',
    },
    {
      id: 'kwaliteit.een-aanspreekpunt',
      other: 'Aanbieders hebben bij het inkoopbureau één aanspreekpunt voor hun facturen en productcodes.',
      own: 'Elk gezin krijgt één aanspreekpunt dat alle hulp voor het gezin overziet.',
    },
    {
      id: 'kwaliteit.contact-bij-wachttijd',
      other: 'Aanbieders die door de nieuwe contracten in geldnood komen, kunnen een beroep doen op een tijdelijke overbruggingsregeling.',
      own: 'Gezinnen die op hulp wachten, krijgen overbruggingszorg van het wijkteam tot de hulp kan starten.',
    },
    {
      id: 'vertrouwen.ruimte-professionals',
      other: 'In de begroting van 2026 is geen ruimte voor nieuwe uitgaven aan het zwembad.',
      own: 'Professionals krijgen de ruimte om samen met het gezin te doen wat nodig is.',
    },
    {
      id: 'vertrouwen.basis',
      other: 'We gaan vertrouwelijk om met de gegevens van inwoners en bewaren ze niet langer dan nodig.',
      own: 'We organiseren de jeugdhulp zo dat we uitgaan van wat ouders en professionals zelf weten en kunnen.',
    },
    {
      id: 'passend.behoefte-en-schaal',
      other: 'In het landelijk gebied van onze regio rijdt de bus maar één keer per uur.',
      own: 'Per vorm van hulp leggen we vast of we die lokaal, regionaal of bovenregionaal organiseren.',
    },
    {
      id: 'expert.ervaringsdeskundigheid',
      other: 'Medewerkers met jaren ervaring in het vak verlaten de jeugdzorg.',
      own: 'In elk wijkteam werkt een ervaringsdeskundige mee die zelf jeugdhulp heeft gehad.',
    },
    {
      id: 'vertrouwen.keuzevrijheid',
      other: 'Hoe een gemeente haar eigen toegang inricht, blijft een eigen keuze van de gemeente.',
      own: 'Ouders kiezen zelf bij welke aanbieder hun kind hulp krijgt.',
    },
    {
      id: 'kwaliteit.hele-gezin',
      other: 'In de zomervakantie kan het hele gezin gratis naar het zwembad.',
      own: 'De hulpverlener kijkt naar het hele gezin: ook ouders, broers en zussen krijgen steun.',
    },
    {
      id: 'passend.doorbraak',
      other: 'Met de woningcorporatie is een doorbraak bereikt over de bouw van nieuwe huurwoningen.',
      own: 'Als de hulp voor een kind vastloopt, heeft het doorbraakteam het mandaat om passende hulp direct in te zetten.',
    },
  ];
  for (const c of cases) {
    it(`${c.id}: "${c.other.slice(0, 50)}…" is another sense; the own sense is aanwezig`, () => {
      expect(verdict(c.other, c.id)).toBe('ontbreekt');
      expect(verdict(c.own, c.id)).toBe('aanwezig');
    });
  }

  it('a passage about another policy field counts for no item, unless it is about youth too', () => {
    const elderly = 'Ouderen met een Wmo-indicatie krijgen huishoudelijke hulp thuis; de thuiszorg komt elke week langs.';
    expect(verdict(elderly, 'kwaliteit.leefomgeving')).toBe('ontbreekt');
    expect(verdict('De hulpverlener komt bij het gezin thuis, zodat het kind thuis kan blijven wonen.', 'kwaliteit.leefomgeving')).toBe('aanwezig');
  });
  it('a counter at the town hall or care for adults is another field: its wachttijd or centrumgemeente is not the item', () => {
    expect(verdict('Voor een nieuw paspoort is de wachttijd bij burgerzaken nu tien minuten.', 'passend.wachtlijsten')).toBe('ontbreekt');
    expect(verdict('Voor een gesprek met de jeugdconsulent is de wachttijd nu tien werkdagen.', 'passend.wachtlijsten')).toBe('aanwezig');
    expect(verdict('Oosterburg is centrumgemeente voor beschermd wonen en de maatschappelijke opvang van dak- en thuislozen.', 'passend.regio-afbakening')).toBe('ontbreekt');
    expect(verdict('Oosterburg is centrumgemeente voor de specialistische jeugdhulp van de zes gemeenten.', 'passend.regio-afbakening')).toBe('aanwezig');
    // young adults are no other field: "jongvolwassenen" does not switch the item off
    expect(verdict('Voor jongvolwassenen van 18 tot 23 jaar geldt dezelfde maximale wachttijd van vier weken.', 'passend.wachtlijsten')).not.toBe('ontbreekt');
  });
});

describe('a separable verb split by "te" is the verb itself', () => {
  it('"bij te sturen" counts as bijsturen, "af te stemmen" as afstemmen', () => {
    expect(verdict('Elk halfjaar kijken we samen met het gezin of het nodig is om de hulp bij te sturen.', 'kwaliteit.bijsturen')).toBe('aanwezig');
    expect(verdict('We vragen scholen en wijkteams om hun aanpak voor een leerling beter op elkaar af te stemmen.', 'passend.afstemming')).toBe('aanwezig');
  });
  it('a particle at the end of the clause belongs to the verb before it ("stuurt … bij")', () => {
    expect(verdict('De consulent stuurt de hulp samen met het gezin tijdig bij.', 'kwaliteit.bijsturen')).toBe('aanwezig');
    expect(verdict('Elk halfjaar sturen we samen met het gezin de hulp bij.', 'kwaliteit.bijsturen')).toBe('aanwezig');
    // "bij" inside the clause is a preposition
    expect(verdict('We sturen de folder over jeugdhulp bij elk gezin thuis langs.', 'kwaliteit.bijsturen')).toBe('ontbreekt');
  });
});

describe('a verb in the present tense is the same verb as its infinitive', () => {
  it('"spreekt" counts where the item names "spreken"', () => {
    expect(verdict('Hoe vaak spreekt een consulent eigenlijk een gezin dat op hulp wacht?', 'kwaliteit.contact-bij-wachttijd')).toBe('deels');
  });
});

describe('a vertrouwenspersoon is the contact for a complaint, not the family\'s coordinator', () => {
  it('"aanspreekpunt" next to a vertrouwenspersoon does not count for één aanspreekpunt', () => {
    const ID = 'kwaliteit.een-aanspreekpunt';
    expect(verdict('Wie een klacht heeft over de hulp, kan terecht bij een vertrouwenspersoon; die is het aanspreekpunt voor ouders en jongeren.', ID)).toBe('ontbreekt');
    expect(verdict('Elk gezin krijgt één vast aanspreekpunt dat de hulp van alle hulpverleners coördineert.', ID)).toBe('aanwezig');
  });
});

describe('"geen van …" says what no one can do now: a problem, not an arrangement', () => {
  it('an arrangement that no party has is a problem; the same arrangement held by a team, or promised, counts', () => {
    const ID = 'passend.doorbraak';
    const r = judge('Nu is geen van de partijen bevoegd om bij een vastgelopen zorgvraag de knoop door te hakken.', ID);
    expect(r.verdict).toBe('deels');
    expect(r.basis).toBe('problem');
    expect(verdict('Het doorbraakteam is bevoegd om bij een vastgelopen zorgvraag de knoop door te hakken.', ID)).toBe('aanwezig');
    expect(verdict('We zorgen ervoor dat geen van de gezinnen langer dan zes weken op de wachtlijst voor jeugdhulp staat.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
});

describe('a question and its answer ("…? Dan …") are one passage', () => {
  it('the topic in the question and the promise in the answer make the item, quoted as both', () => {
    const text = 'Bent u ontevreden over uw hulpverlener? Dan kunt u ons altijd bellen of mailen.';
    const r = judge(text, 'kwaliteit.klachten-en-signalen');
    expect(r.verdict).toBe('aanwezig');
    expect(r.evidence[0]!.quote).toBe(text);
  });
  it('the question alone promises nothing', () => {
    expect(verdict('Moet je op hulp wachten?', 'kwaliteit.contact-bij-wachttijd')).toBe('ontbreekt');
    expect(verdict('Moet je op hulp wachten? Dan bellen we je elke twee weken.', 'kwaliteit.contact-bij-wachttijd')).toBe('aanwezig');
  });
});

describe('what another document says is reported, not the region’s own arrangement', () => {
  const ID = 'kwaliteit.kinderrechten';
  it('"Daarin staat", "In het verdrag staat", "De wet zegt": reported, at most deels', () => {
    for (const text of [
      'Daarin staat dat ieder kind recht heeft op bescherming en op een eigen stem.',
      'In het internationale verdrag staat dat kinderen recht hebben op de beste zorg die er is.',
      'Het verdrag zegt dat kinderen recht hebben op hulp die bij hen past.',
    ]) {
      const r = judge(text, ID);
      expect(r.verdict, text).toBe('deels');
      expect(['reported', 'national'], text).toContain(r.basis);
    }
  });
  it('the region’s own text that says the same is its own arrangement', () => {
    for (const text of [
      'In deze visie spreken we af dat wij ieder besluit over jeugdhulp toetsen aan de kinderrechten.',
      'Wij zorgen ervoor dat ieder kind in onze regio zijn rechten kent en weet waar het terecht kan.',
    ]) {
      const r = judge(text, ID);
      expect(r.verdict, text).toBe('aanwezig');
      expect(r.basis, text).not.toBe('reported');
    }
    // the region's own document is not another document
    expect(judge('In deze visie staat dat wij elk besluit toetsen aan de kinderrechten.', ID).basis).not.toBe('reported');
  });
});

describe('the same words promised, and only mentioned', () => {
  const ID = 'passend.wachtlijsten';
  const promised = 'We zorgen ervoor dat geen kind langer dan zes weken op de wachtlijst voor jeugdhulp staat.';
  const mentioned: { kind: PassageKind; text: string }[] = [
    { kind: 'list', text: 'Onderwerpen van de avond: wachtlijsten, vervoer, tarieven en inkoop.' },
    { kind: 'question', text: 'Hoe lang zijn de wachtlijsten voor jeugdhulp in onze regio?' },
    { kind: 'problem', text: 'De wachtlijsten voor jeugd-ggz zijn te lang en lopen nog steeds op.' },
    { kind: 'glossary', text: 'Wachtlijst: een lijst van kinderen die zijn aangemeld maar nog geen hulp krijgen.' },
    { kind: 'national', text: 'Het Rijk verwacht dat alle regio’s de wachttijden in de jeugdhulp verkorten.' },
    { kind: 'study', text: 'We onderzoeken of de wachtlijsten voor jeugdhulp korter kunnen worden.' },
    { kind: 'hedge', text: 'Misschien kunnen de wachttijden voor jeugdhulp later korter worden.' },
    { kind: 'placeholder', text: 'Aanpak wachtlijsten jeugdhulp: nog uit te werken.' },
    { kind: 'wish', text: 'Ouders zeggen dat de wachtlijst voor jeugdhulp veel te lang is.' },
    { kind: 'informed', text: 'De gemeenteraden worden elk kwartaal geïnformeerd over de wachtlijsten in de jeugdhulp.' },
    { kind: 'reported', text: 'Volgens de onderzoekers zijn de wachttijden in de hele provincie gestegen.' },
  ];

  it('promised as the region’s own commitment: aanwezig, standing on that passage', () => {
    const r = judge(promised, ID);
    expect(r.verdict).toBe('aanwezig');
    expect(r.basis).toBe('commitment');
    expect(r.evidence[0]!.quote).toBe(promised);
  });

  for (const m of mentioned) {
    it(`only mentioned as ${m.kind}: deels, and the evidence says so`, () => {
      const r = judge(m.text, ID);
      expect(r.verdict, m.text).toBe('deels');
      expect(r.basis, m.text).toBe(m.kind);
      expect(r.evidence[0]!.kind).toBe(m.kind);
    });
  }

  it('a heading and a contents line name the topic: deels, labelled as such', () => {
    const heading = analyze(doc(`${REGIO_INTRO}\n## Wachtlijsten\n\nDit hoofdstuk gaat over de hulp.`), locChecklist).items.find((i) => i.id === ID)!;
    expect(heading.verdict).toBe('deels');
    expect(heading.basis).toBe('heading');
    expect(judge('4. Wachtlijsten en wachttijden ........ 17', ID).basis).toBe('toc');
  });

  it('regional cooperation is the item only when the passage says which municipalities or how they work together', () => {
    const id = 'passend.regio-afbakening';
    expect(verdict('Vijf gemeenten werken samen in de jeugdregio Kromwaard: Aldam, Bevel, Cranen, Dorpel en Eik.', id)).toBe('aanwezig');
    expect(verdict('De zeven gemeenten van onze regio kopen de specialistische jeugdhulp samen in.', id)).toBe('aanwezig');
    // who works together as partners is another item; a plain mention of working together is deels at most
    expect(verdict('Gemeenten, zorgaanbieders en ouderorganisaties werken samen als partners die elkaar vertrouwen.', id)).not.toBe('aanwezig');
    expect(verdict('We versterken de regionale samenwerking tussen de gemeenten in de jeugdhulp.', id)).toBe('deels');
    expect(verdict('Net als alle andere jeugdhulpregio’s maken we een plan voor de komende jaren.', id)).toBe('deels');
  });

  it('a heading that names an item in the words of its title is deels', () => {
    expect(judge('Hoofdstuk 4 Ouders met elkaar verbinden', 'vertrouwen.ouders-verbinden')).toMatchObject({ verdict: 'deels', basis: 'heading' });
    expect(judge('Bijlage B – De afbakening van de regio Westerland', 'passend.regio-afbakening')).toMatchObject({ verdict: 'deels', basis: 'heading' });
    expect(judge('We verbinden ouders met elkaar in een vaste groep per gemeente.', 'vertrouwen.ouders-verbinden').verdict).toBe('aanwezig');
    // other things joined, with parents named beside them, are not parents brought together
    expect(judge('We verbinden onderwijs en jeugdhulp met elkaar, zodat ouders één aanspreekpunt hebben.', 'vertrouwen.ouders-verbinden').verdict).toBe('ontbreekt');
  });

  it('navigation text is never evidence', () => {
    expect(verdict('Download de wachtlijstmonitor (pdf, 230 kB)', ID)).toBe('ontbreekt');
    expect(verdict('Klik hier voor meer over wachtlijsten', ID)).toBe('ontbreekt');
  });

  it('a table row with an owner and a deadline is an action; the header row is a heading', () => {
    const table = 'Actie | Trekker | Gereed\nWachttijd voor jeugd-ggz terugbrengen tot zes weken | regiobureau | Q3 2026';
    const r = judge(table, ID);
    expect(r.verdict).toBe('aanwezig');
    expect(r.basis).toBe('action-row');
    expect(r.evidence[0]!.quote).toContain('regiobureau');
    // a row whose deadline is still open is a placeholder
    expect(judge('Actie | Trekker | Gereed\nWachttijd voor jeugd-ggz terugbrengen | regiobureau | PM', ID).basis).toBe('placeholder');
  });

  it('a list item takes the commitment of its lead-in; a bare word in a list does not', () => {
    const listed = 'Dit gaan we doen:\n\n- de wachttijden voor jeugdhulp terugbrengen tot zes weken\n- vaker overleggen met scholen';
    expect(judge(listed, ID).verdict).toBe('aanwezig');
    const bare = 'Thema’s van dit hoofdstuk:\n\n- wachtlijsten\n- inkoop';
    expect(judge(bare, ID).verdict).toBe('deels');
  });

  it('a first column that only numbers the rows does not hide the action beside it', () => {
    const numbered = 'Nr | Actie | Trekker | Gereed\n3 | Wachttijd voor jeugd-ggz terugbrengen tot zes weken | regiobureau | Q3 2026';
    expect(judge(numbered, ID)).toMatchObject({ verdict: 'aanwezig', basis: 'action-row' });
    const coded = 'Code | Actie | Eigenaar | Klaar\nB2 | Wachttijd voor jeugd-ggz terugbrengen tot zes weken | regiobureau | eind 2026';
    expect(judge(coded, ID)).toMatchObject({ verdict: 'aanwezig', basis: 'action-row' });
    // a numbered row whose action is only a word stays a bare word
    expect(judge('Nr | Thema | Trekker | Gereed\n4 | Wachtlijsten | regiobureau | 2026', ID).verdict).not.toBe('aanwezig');
  });

  it('a one-word table cell is never evidence for aanwezig', () => {
    const cells = 'Thema | Stand\nWachtlijsten | 2026';
    expect(judge(cells, ID).verdict).not.toBe('aanwezig');
  });
});

describe('a paraphrase says the relation, not two words side by side', () => {
  it('"hulpvraag" next to "eerst" is no demand-led promise; the question leading the help is', () => {
    const ID = 'algemeen.vraaggericht';
    expect(verdict('Bij elke hulpvraag kijkt het wijkteam eerst of het netwerk van het gezin kan helpen.', ID)).not.toBe('aanwezig');
    expect(verdict('Bij elke hulpvraag kijken we eerst wat het gezin vraagt; de hulp volgt daarna.', ID)).toBe('aanwezig');
    expect(verdict('We vragen eerst wat jullie nodig hebben en zoeken daarna pas een aanbieder.', ID)).toBe('aanwezig');
  });
});

describe('a diagnosis named is no promise not to label', () => {
  it('"diagnose" beside "jongeren" is a mention; not labelling too soon is the item', () => {
    const ID = 'vertrouwen.niet-te-snel-labelen';
    expect(verdict('Jongeren met een diagnose krijgen bij hun achttiende een overdracht naar de volwassenenzorg.', ID)).toBe('deels');
    expect(verdict('Een jongen die veel ruzie maakt, krijgt bij ons niet meteen een diagnose.', ID)).toBe('aanwezig');
    expect(verdict('We plakken kinderen niet zomaar een etiket op.', ID)).toBe('aanwezig');
  });
});

describe('a website the region makes, and the providers families choose from', () => {
  const ID = 'passend.duidelijk-aanbod';
  it('"We maken één website …" is a promise; a page that points to itself is not', () => {
    expect(judge('We maken één website waarop ouders zien welke hulp er is en hoe je die krijgt.', ID)).toMatchObject({ verdict: 'aanwezig', basis: 'commitment' });
    expect(judge('Op deze website leest u welke hulp er is voor ouders en hoe u die krijgt.', ID).verdict).not.toBe('aanwezig');
  });
  it('providers named for families count; a desk for providers does not', () => {
    expect(verdict('Op de wegwijzer zien ouders welke aanbieders in de regio hulp bieden en hoe je je aanmeldt.', ID)).toBe('aanwezig');
    expect(verdict('Het loket voor aanbieders beantwoordt vragen over jeugdhulp en contracten.', ID)).toBe('ontbreekt');
  });
});

describe('weak hints never add up to aanwezig', () => {
  it('several weak words of an item in one sentence give at most deels', () => {
    const c = miniChecklist({ 'x.item': { strong: ['overbruggingszorg'], weak: ['wachten', 'contact', 'steun', 'tussentijds'] } });
    const text = 'We geven gezinnen steun en houden tussentijds contact met wie moet wachten.';
    const withPairs = analyze(doc(text), c, { assumeRegiovisie: true, weights: { ...defaultWeights, weakPairScore: 0.5 } });
    expect(withPairs.items.find((i) => i.id === 'x.item')!.verdict).toBe('deels');
    expect(judge(text, 'x.item', c).verdict).toBe('ontbreekt');
  });

  it('weak words in different sentences do not add up', () => {
    const c = miniChecklist({ 'x.item': { strong: ['overbruggingszorg'], weak: ['wachten', 'contact'] } });
    const r = judge('We houden contact met jongeren. Niemand hoeft lang te wachten.', 'x.item', c);
    expect(r.verdict).toBe('ontbreekt');
  });
});

describe('paraphrase carries an item without its key terms', () => {
  it.each([
    ['kwaliteit.een-aanspreekpunt', 'Elk gezin krijgt één vaste contactpersoon die samen met de ouders het plan maakt.'],
    ['vertrouwen.gelijkwaardige-samenwerking', 'Gemeenten, aanbieders en cliëntenorganisaties werken op voet van gelijkheid samen.'],
    ['vertrouwen.niet-te-snel-labelen', 'Zorgen over je kind horen bij opgroeien; we plakken er niet meteen een label op.'],
    ['passend.wachtlijsten', 'Vanaf 2027 begint de hulp binnen vier weken na de aanmelding.'],
    ['vertrouwen.keuzevrijheid', 'Jongeren kiezen zelf welke hulpverlener hen helpt.'],
  ])('%s: "%s"', (id, text) => {
    expect(verdict(text, id)).toBe('aanwezig');
  });
});

describe('a second checklist, or a council’s own points, is data', () => {
  it('judges an item that exists only as data: concept, paraphrase, about, other sense', () => {
    const own = miniChecklist({
      'raad.vervoer': {
        strong: ['leerlingenvervoer'],
        weak: [],
        about: ['kind|kinderen|jongere|jongeren'],
        exclude: ['==vervoersbedrijf'],
        paraphrase: ['taxi|busje + school + kind|kinderen|jongeren'],
      },
    });
    expect(judge('We regelen leerlingenvervoer voor elk kind dat dat nodig heeft.', 'raad.vervoer', own).verdict).toBe('aanwezig');
    expect(judge('Kinderen met een beperking gaan met een taxi naar school; de regio betaalt dat.', 'raad.vervoer', own).verdict).toBe('aanwezig');
    // without the people it is about, the word does not count
    expect(judge('Het leerlingenvervoer kost de gemeente veel geld.', 'raad.vervoer', own).verdict).toBe('ontbreekt');
  });
});

describe('kinds of passage: the finer rules', () => {
  it('families being informed is an arrangement; only a council that is informed is "geinformeerd"', () => {
    expect(judge('Ouders krijgen bij de start van de hulp schriftelijk uitleg over de klachtenregeling en worden geïnformeerd over de vertrouwenspersoon.', 'kwaliteit.klachten-en-signalen').basis).not.toBe('informed');
    expect(judge('De gemeenteraad wordt jaarlijks geïnformeerd over de klachten van ouders over de jeugdhulp.', 'kwaliteit.klachten-en-signalen').basis).toBe('informed');
  });

  it('a study is the region studying, not a professional who looks at something', () => {
    expect(judge('We onderzoeken of er een meldpunt voor klachten over jeugdhulp kan komen.', 'kwaliteit.klachten-en-signalen').basis).toBe('study');
    expect(
      judge('De hulpverlener bekijkt of de hulp nog past en schaalt de hulp af of op zonder nieuwe aanmelding.', 'kwaliteit.bijsturen').verdict,
    ).toBe('aanwezig');
  });

  it('"Vraag? Dan …" answers with a promise', () => {
    const r = judge('Moet uw kind op hulp wachten? Dan krijgt u overbruggingszorg van het wijkteam.', 'kwaliteit.contact-bij-wachttijd');
    expect(r.verdict).toBe('aanwezig');
    expect(r.basis).toBe('commitment');
  });

  it('a commitment that ends in the question it checks is no question', () => {
    const r = judge('Bij elk besluit toetsen we de kinderrechten: is het kind zelf gehoord en staat zijn belang voorop?', 'kwaliteit.kinderrechten');
    expect(r.verdict).toBe('aanwezig');
  });

  it('the region acting on money from the Rijk is its own arrangement; what the Rijk expects is national', () => {
    expect(judge('De gemeenten oormerken het geld dat zij van het Rijk voor jeugdhulp krijgen.', 'passend.geld-geoormerkt').verdict).toBe('aanwezig');
    expect(judge('Het Rijk verwacht dat gemeenten het geld voor jeugdhulp oormerken.', 'passend.geld-geoormerkt').basis).toBe('national');
    expect(judge('Op grond van de Jeugdwet zijn gemeenten verantwoordelijk voor het oormerken van geld voor jeugdhulp.', 'passend.geld-geoormerkt').basis).toBe('national');
  });

  it('what the Rijk and the municipalities agreed nationally is national, though municipalities are among the parties', () => {
    const ID = 'passend.geld-geoormerkt';
    expect(judge('Het Rijk en de gemeenten hebben landelijk afgesproken dat het geld voor jeugdhulp wordt geoormerkt.', ID)).toMatchObject({ verdict: 'deels', basis: 'national' });
    expect(judge('De VNG en het Rijk spraken af dat gemeenten het geld voor jeugdhulp oormerken.', ID)).toMatchObject({ verdict: 'deels', basis: 'national' });
    expect(judge('De gemeenten in onze regio hebben afgesproken dat het geld voor jeugdhulp wordt geoormerkt.', ID).verdict).toBe('aanwezig');
    expect(judge('Er is landelijk afgesproken dat gemeenten het geld voor jeugdhulp oormerken.', ID)).toMatchObject({ verdict: 'deels', basis: 'national' });
  });
  it('the Rijk named later in the sentence, or beside our own region, does not make the region\'s own act national', () => {
    const ID = 'passend.geld-geoormerkt';
    expect(judge('De gemeenten in Regio Oosterland oormerken het geld voor jeugdhulp, ook het extra geld dat het Rijk en de VNG beschikbaar stellen.', ID).verdict).toBe('aanwezig');
    expect(judge('De gemeenten en het Rijk trekken samen op, maar de gemeenten in onze regio oormerken het geld voor jeugdhulp zelf.', ID).verdict).toBe('aanwezig');
  });

  it('an action whose deadline is open, or that is a study, is not yet an action', () => {
    const open = 'Actie | Trekker | Gereed\nWachttijd voor jeugd-ggz terugbrengen tot zes weken | regiobureau | te bepalen';
    expect(judge(open, 'passend.wachtlijsten').basis).toBe('placeholder');
    const study = 'Actie | Trekker | Gereed\nOnderzoek naar de wachtlijsten voor jeugd-ggz | regiobureau | 2026';
    expect(judge(study, 'passend.wachtlijsten').basis).toBe('study');
  });

  it('"Voor de regio geldt: …" is a sentence, not a glossary entry; "Term: uitleg" is', () => {
    expect(judge('Voor onze regio geldt: geen besluit over jeugdhulp zonder inspraak van jongeren en ouders.', 'expert.betrokken-bij-beleid').basis).not.toBe('glossary');
    expect(judge('Inspraak: het recht om mee te praten over beleid.', 'expert.betrokken-bij-beleid').basis).toBe('glossary');
  });

  it('a long run of chapter titles without a verb is a contents line', () => {
    const run =
      'Inleiding Aanleiding en Doel Wettelijke Kaders Rol van de Gemeente Wachtlijsten in de Jeugdhulp Stand van Zaken in de Regio Huidige Samenwerking Regionale Inkoop Uitgangspunten Ambitie Doelen voor Lokale Taken Doelen voor Regionale Taken Financiën Bijlagen';
    expect(judge(run, 'passend.wachtlijsten').basis).toBe('toc');
  });
  it('a sentence full of names, with a verb and a full stop, is no contents line', () => {
    const r = judge('De Ouderraad Noord en de Jeugdraad Zuid krijgen vanaf 2027 inspraak in elk Besluit van het Regionaal Bestuur Jeugd Oostland.', 'expert.betrokken-bij-beleid');
    expect(r).toMatchObject({ verdict: 'aanwezig', basis: 'commitment' });
  });
  it('a long flattened contents list keeps only some titles capitalised, and is still a contents line', () => {
    const run =
      '2 4.1.1 Aanmelden bij het wijkteam: route en termijnen Wachten op hulp en wat er dan gebeurt Overzicht van de hulp in de regio Afspraken met scholen en huisartsen Kwaliteit Inleiding Toezicht op de kwaliteit van de hulp Klachten en signalen van ouders en jongeren Wachtlijsten voor specialistische jeugdhulp en de aanpak Monitoring Bijlagen Colofon';
    expect(judge(run, 'passend.wachtlijsten').basis).toBe('toc');
    const sentence =
      'In de gemeenten Almere, Lelystad en Dronten en in de kleinere kernen van Noordoostpolder en Urk zijn de wachtlijsten voor specialistische jeugdhulp de afgelopen jaren verder opgelopen, vooral voor kinderen met een Lichte Verstandelijke Beperking en voor jongeren met ernstige psychische problemen.';
    expect(judge(sentence, 'passend.wachtlijsten').basis).not.toBe('toc');
    // a long promise full of names, with "we" and a full stop, is a sentence too
    const names = 'Samen met Aldeburg, Westervoort, Noordkamp, Zuidwolde en Middelkerk verkorten we in 2026 en 2027 de wachttijd voor de Jeugd-GGZ, zetten we de Ouderraad Jeugd en de Jongerenraad Aldeburg in bij elke keuze over Inkoop en investeren we in het Lerend Netwerk Jeugd Aldeburg en in het Regionaal Expertteam voor alle Kinderen.';
    expect(judge(names, 'passend.wachtlijsten')).toMatchObject({ verdict: 'aanwezig', basis: 'commitment' });
  });
});

describe('a passage of two sentences: the topic named, then promised', () => {
  it('"… Wij zorgen dat …" right after the topic makes one passage, quoted whole', () => {
    const text = 'Zoekt u contact met andere ouders in dezelfde situatie? Wij regelen dat, dicht bij huis.';
    const r = judge(text, 'vertrouwen.ouders-verbinden');
    expect(r.verdict).toBe('aanwezig');
    expect(r.evidence[0]!.quote).toBe(text);
  });

  it('a next sentence that does not continue it, or that is no promise, changes nothing', () => {
    expect(judge('Zoekt u contact met andere ouders in dezelfde situatie? Die vraag kregen we vaak.', 'vertrouwen.ouders-verbinden').verdict).toBe('deels');
    expect(judge('Zoekt u contact met andere ouders in dezelfde situatie? Wij weten het nog niet.', 'vertrouwen.ouders-verbinden').verdict).toBe('deels');
  });
});

describe('small words that look alike', () => {
  it('"een" is not "één": a helper who suits the family is no single contact point', () => {
    expect(verdict('Bij de start van de hulp zoeken we een hulpverlener die bij het gezin past.', 'kwaliteit.een-aanspreekpunt')).not.toBe('aanwezig');
  });

  it('an aspiration ("we streven ernaar") is a hedge, not a commitment', () => {
    const r = judge('We streven ernaar dat zoveel mogelijk jeugdhulp in de eigen regio beschikbaar is.', 'passend.beschikbaar-in-regio');
    expect(r.verdict).toBe('deels');
    expect(r.basis).toBe('hedge');
  });

  it('what a school "kan betekenen" is no definition', () => {
    expect(judge('Het wijkteam kijkt met ouders wat de school kan betekenen, en maakt daar afspraken over met de intern begeleider.', 'passend.afstemming').basis).not.toBe('glossary');
  });
});

describe('rules found on new full-length texts (stop 15)', () => {
  it('"dit betekent dat" draws a consequence; "X betekent: …" defines a word', () => {
    expect(judge('Wat een kind nodig heeft, bepaalt welke jeugdhulp de regio inkoopt; dit betekent dat sommige producten verdwijnen.', 'algemeen.vraaggericht')).toMatchObject({ verdict: 'deels', basis: 'statement' });
    expect(judge('Voor ouders betekent dit dat zij één vast aanspreekpunt krijgen.', 'kwaliteit.een-aanspreekpunt')).toMatchObject({ verdict: 'aanwezig' });
    expect(judge('Vraaggericht werken betekent: uitgaan van de vraag van het gezin.', 'algemeen.vraaggericht')).toMatchObject({ verdict: 'deels', basis: 'glossary' });
  });

  it('"de mogelijke inzet van …" in a list of plans is a possibility, not a plan', () => {
    const id = 'expert.ervaringsdeskundigheid';
    expect(judge('In 2026 werken we deze punten verder uit:\n\n• de mogelijke inzet van ervaringsdeskundigen in de wijkteams', id)).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    expect(verdict('In 2026 werken we deze punten verder uit:\n\n• de inzet van ervaringsdeskundigen in elk wijkteam', id)).toBe('aanwezig');
  });

  it('a lead-in that announces topics makes its items topics; one that announces actions makes them actions', () => {
    const id = 'expert.ervaringsdeskundigheid';
    expect(judge('In het uitvoeringsprogramma van 2026 besteden we aandacht aan de volgende onderwerpen:\n\n• de inzet van ervaringsdeskundigen in elk wijkteam', id)).toMatchObject({ verdict: 'deels', basis: 'list' });
    expect(verdict('Dit gaan we doen:\n\n• in elk wijkteam zetten we een ervaringsdeskundige in', id)).toBe('aanwezig');
  });

  it('the items of a list say what its lead-in says: a wish of parents, what a plan says, or our own action', () => {
    const id = 'vertrouwen.minder-administratie';
    expect(judge('Ouders noemden in de gesprekken:\n\n• minder formulieren en minder verantwoording voor hulpverleners', id)).toMatchObject({ verdict: 'deels', basis: 'wish' });
    expect(judge('Volgens het nieuwe plan:\n\n• moeten hulpverleners veel minder formulieren invullen', id)).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(verdict('Dit gaan we doen:\n\n• hulpverleners vullen veel minder formulieren in', id)).toBe('aanwezig');
  });

  it('a list item of one topic is read as a whole: a word of another sense in it rules the item out', () => {
    expect(verdict('Speerpunten van de gemeente:\n\n• Wachtlijst voor sociale huurwoningen', 'passend.wachtlijsten')).toBe('ontbreekt');
    expect(verdict('Speerpunten van de gemeente:\n\n• Wachtlijst voor jeugdhulp', 'passend.wachtlijsten')).not.toBe('ontbreekt');
  });

  it('a website the municipality fills is an arrangement; "op deze website leest u" is the text about itself', () => {
    const id = 'passend.wachtlijsten';
    expect(verdict('Vanaf april 2026 zet de gemeente elke maand de wachttijden voor jeugdhulp op de website.', id)).toBe('aanwezig');
    expect(judge('Op deze website leest u meer over wachttijden in de jeugdhulp.', id)).toMatchObject({ verdict: 'deels', basis: 'statement' });
  });

  it('"ouders willen …" is their wish; "ouders die dat willen, …" is an arrangement for them', () => {
    const id = 'vertrouwen.keuzevrijheid';
    expect(judge('Ouders willen zelf kunnen kiezen welke aanbieder hun kind helpt.', id)).toMatchObject({ verdict: 'deels', basis: 'wish' });
    expect(verdict('Ouders die dat willen, kiezen zelf een aanbieder uit de lijst van gecontracteerde aanbieders.', id)).toBe('aanwezig');
  });

  it('a statement that announces a question ("… stelt één vraag: …?") is no question itself; a question before the colon is', () => {
    const id = 'kwaliteit.luisteren';
    expect(judge('Bij elke bespreking stelt de hulpverlener één vraag: luisteren we genoeg naar het kind?', id)).toMatchObject({ verdict: 'aanwezig', basis: 'commitment' });
    // parents who ask are not us arranging a question
    expect(judge('Veel ouders stellen de wijkteams dezelfde vraag: waarom heb ik niet één vast aanspreekpunt?', 'kwaliteit.een-aanspreekpunt')).toMatchObject({ verdict: 'deels', basis: 'question' });
    expect(judge('Wat vragen we bij elke bespreking: luisteren we genoeg naar het kind?', id).basis).toBe('question');
  });

  it('a finding or a past figure is no plan: "Vastgesteld is dat … te hoog", "In 2024 bedroeg …"', () => {
    expect(judge('Vastgesteld is dat de regeldruk voor aanbieders in onze regio onevenredig hoog is.', 'vertrouwen.minder-administratie')).toMatchObject({ verdict: 'deels', basis: 'problem' });
    expect(judge('In 2024 bedroeg de wachttijd voor jeugdhulp gemiddeld twaalf weken.', 'passend.wachtlijsten').verdict).not.toBe('aanwezig');
    expect(verdict('Vanaf 2027 werken alle gemeenten met één set declaratievoorschriften voor aanbieders.', 'vertrouwen.minder-administratie')).toBe('aanwezig');
    expect(verdict('Het college stelt uniforme voorschriften vast voor het parkeren in de binnenstad.', 'vertrouwen.minder-administratie')).toBe('ontbreekt');
  });

  it('a table row with a short label cell is judged by the sentence in its next cell', () => {
    const id = 'vertrouwen.minder-administratie';
    expect(judge('Ambitie | Wat betekent dit | Wanneer\nMinder papier | De maandelijkse voortgangsrapportage voor aanbieders vervalt. | 2026', id)).toMatchObject({ verdict: 'aanwezig', basis: 'action-row' });
    expect(judge('Ambitie | Wat betekent dit | Wanneer\nMinder papier | minder formulieren | 2026', id)).toMatchObject({ verdict: 'deels', basis: 'list' });
  });

  it('"uitwerking volgt" leaves a gap to fill', () => {
    expect(judge('Hoe we na de vaststelling met ouders en jongeren in gesprek blijven: uitwerking volgt.', 'expert.in-gesprek-blijven')).toMatchObject({ verdict: 'deels', basis: 'placeholder' });
  });

  it('parents who speak after a phrase in front ("In de gesprekken vertelden jongeren …") voice a wish; "vertellen we" is what we do', () => {
    expect(judge('In de gesprekken vertelden jongeren dat ze te lang op jeugdhulp wachten.', 'passend.wachtlijsten')).toMatchObject({ verdict: 'deels', basis: 'wish' });
    expect(verdict('Daarom vertellen we ouders elke maand hoe lang de wachttijd voor jeugdhulp is.', 'passend.wachtlijsten')).toBe('aanwezig');
  });

  it('more words in other senses and paraphrases, found on a concept text and a council proposal', () => {
    // aldermen of the municipalities deciding together is no partnership of different parties
    expect(verdict('De wethouders van de zes gemeenten nemen samen de besluiten over de jeugdhulp.', 'vertrouwen.gelijkwaardige-samenwerking')).toBe('ontbreekt');
    // an interim evaluation is no "meanwhile"; secondary school is no continued conversation
    expect(verdict('In 2028 wordt de visie op de jeugdhulp tussentijds geëvalueerd.', 'kwaliteit.contact-bij-wachttijd')).toBe('ontbreekt');
    expect(verdict('In de gesprekken met ouders ging het vaak over de overstap naar het voortgezet onderwijs.', 'expert.in-gesprek-blijven')).toBe('ontbreekt');
    expect(verdict('Het gesprek met ouders en jongeren wordt na de vaststelling voortgezet.', 'expert.in-gesprek-blijven')).toBe('aanwezig');
    // labelling a budget earmarks it; it labels no child
    expect(verdict('De gemeente gaat het jeugdbudget vanaf 2027 in de begroting labelen.', 'vertrouwen.niet-te-snel-labelen')).toBe('ontbreekt');
    expect(verdict('De gemeente gaat het jeugdbudget vanaf 2027 in de begroting labelen.', 'passend.geld-geoormerkt')).toBe('aanwezig');
    expect(verdict('Met de aanbieders leggen we vast dat crisisopvang en pleegzorg binnen onze regio te krijgen blijven.', 'passend.beschikbaar-in-regio')).toBe('aanwezig');
    expect(verdict('We betrekken bij elke aanmelding voor jeugdhulp ook ouders, broers en zussen.', 'kwaliteit.hele-gezin')).toBe('aanwezig');
    expect(verdict('Aanbieders hoeven vanaf 2026 hun uren niet meer per kind te verantwoorden.', 'vertrouwen.minder-administratie')).toBe('aanwezig');
    expect(judge('Een vader zei: zet mensen in die het zelf hebben meegemaakt.', 'expert.ervaringsdeskundigheid').verdict).toBe('deels');
  });

  it('what is still to be looked into is a study: a question put in front, or "Verkennen of …" as an action', () => {
    expect(judge('Of ouders vaker zelf hun hulpverlener kunnen kiezen, bekijken we bij de inkoop van 2026.', 'vertrouwen.keuzevrijheid')).toMatchObject({ verdict: 'deels', basis: 'study' });
    expect(judge('Hoe het geld voor jeugdhulp wordt verdeeld, werken de colleges later dit jaar uit.', 'passend.geld-geoormerkt')).toMatchObject({ verdict: 'deels', basis: 'study' });
    expect(judge('Actie | Wie | Wanneer\nVerkennen of ouders van wachtende kinderen elkaar kunnen ontmoeten | werkgroep ouders | eind 2026', 'vertrouwen.ouders-verbinden')).toMatchObject({ verdict: 'deels', basis: 'study' });
    expect(verdict('Actie | Wie | Wanneer\nOuders van wachtende kinderen elke maand met elkaar in contact brengen | werkgroep ouders | eind 2026', 'vertrouwen.ouders-verbinden')).toBe('aanwezig');
  });

  it('a panel of parents is a body that takes part in policy; gathering experiences of the help needs the conversations', () => {
    expect(verdict('Het ouderpanel praat elk half jaar met de wethouder over de uitvoering van de visie op jeugdhulp.', 'kwaliteit.ervaringen-ophalen')).not.toBe('aanwezig');
    expect(verdict('Elk jaar voeren we met het ouderpanel gesprekken met twintig gezinnen over hoe de hulp ging.', 'kwaliteit.ervaringen-ophalen')).toBe('aanwezig');
  });

  it('what an agenda points at, what is left to each council, what we only look into, what was agreed nationally: no own plan', () => {
    expect(judge('Ook wordt in de landelijke agenda gewezen op gelijkwaardige samenwerking tussen gemeenten en aanbieders.', 'vertrouwen.gelijkwaardige-samenwerking')).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(verdict('We werken met aanbieders samen als gelijkwaardige partners en bespreken elk kwartaal de uitvoering.', 'vertrouwen.gelijkwaardige-samenwerking')).toBe('aanwezig');
    expect(judge('Het geld voor jeugdhulp komt uit het gemeentefonds; of gemeenten het apart zetten voor jeugdhulp, is aan elke gemeenteraad.', 'passend.geld-geoormerkt')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    expect(judge('We onderzoeken een doorbraakteam voor situaties die vastlopen.', 'passend.doorbraak')).toMatchObject({ verdict: 'deels', basis: 'study' });
    expect(verdict('We richten in 2026 een doorbraakteam in voor situaties die vastlopen.', 'passend.doorbraak')).toBe('aanwezig');
    expect(judge('Landelijk is ook afgesproken dat kinderrechten meer aandacht krijgen in de jeugdhulp.', 'kwaliteit.kinderrechten')).toMatchObject({ verdict: 'deels', basis: 'national' });
    expect(judge('De wachttijden voor jeugdhulp zijn in onze regio opgelopen tot twintig weken.', 'passend.wachtlijsten')).toMatchObject({ verdict: 'deels', basis: 'problem' });
    // a budget overrun is steered, not the help; starter homes are housing
    expect(verdict('Bij een dreigende overschrijding van het budget stuurt het bestuur bij.', 'kwaliteit.bijsturen')).toBe('ontbreekt');
    // places of a care home are built down, not a family's help: capacity, not adjusting help
    expect(verdict('We breiden de behandeling thuis uit en bouwen dertig plekken in de gesloten zorg af.', 'kwaliteit.bijsturen')).toBe('ontbreekt');
    expect(verdict('Gaat het beter, dan bouwt de behandelaar de behandeling samen met het gezin af.', 'kwaliteit.bijsturen')).not.toBe('ontbreekt');
    expect(verdict('Samen met de woningcorporaties bouwen we starterswoningen, zodat jongeren dicht bij huis kunnen blijven wonen.', 'kwaliteit.leefomgeving')).toBe('ontbreekt');
  });

  it('a paraphrase marked "~" is a mention: talking with parents once is deels for gathering experiences, a standing practice is aanwezig', () => {
    expect(judge('In het voorjaar spraken we met veertig ouders en twintig jongeren over de jeugdhulp.', 'kwaliteit.ervaringen-ophalen')).toMatchObject({ verdict: 'deels' });
    expect(verdict('We voeren elk jaar gesprekken met gezinnen over hoe de hulp ging.', 'kwaliteit.ervaringen-ophalen')).toBe('aanwezig');
    // thinking along or reacting to the plan is the same kind of mention; advice given to parents is not
    expect(verdict('Ouders en jongeren dachten mee over deze visie op de jeugdhulp.', 'kwaliteit.ervaringen-ophalen')).toBe('deels');
    expect(verdict('Het wijkteam geeft ouders advies over de opvoeding.', 'kwaliteit.ervaringen-ophalen')).toBe('ontbreekt');
    // naming the watch over quality without saying who does it is a passing mention of quality assessment
    expect(verdict('In de volgende paragraaf leest u hoe we de kwaliteit van de jeugdhulp bewaken.', 'kwaliteit.toetsing')).toBe('deels');
  });

  it('the limits of the later rules (a second reader’s sentences, stop 15)', () => {
    const cases: [string, string, string][] = [
      ['kwaliteit.ervaringen-ophalen', 'Wij spraken met de aanbieders af dat ouders binnen zes weken hulp krijgen.', 'ontbreekt'],
      ['kwaliteit.ervaringen-ophalen', 'Ouders kunnen voor een gesprek terecht bij het wijkteam in hun eigen dorp.', 'ontbreekt'],
      ['kwaliteit.ervaringen-ophalen', 'De jeugdconsulent gaat met ouders meedenken over passende hulp voor hun kind.', 'ontbreekt'],
      ['kwaliteit.toetsing', 'De leerkracht en de ouders bewaken samen de kwaliteit van het onderwijs aan het kind.', 'ontbreekt'],
      ['kwaliteit.hele-gezin', 'Welke hulp het hele gezin nodig heeft, bespreken we met de ouders en de kinderen samen.', 'aanwezig'],
      ['kwaliteit.een-aanspreekpunt', 'Wie de vaste contactpersoon van het gezin wordt, bepalen we samen met de ouders.', 'aanwezig'],
      ['vertrouwen.keuzevrijheid', 'Welke aanbieder ouders kiezen, is aan hen zelf.', 'aanwezig'],
      ['kwaliteit.een-aanspreekpunt', 'Alle jongeren die we spraken, hadden een vaste contactpersoon.', 'deels'],
      ['kwaliteit.een-aanspreekpunt', 'Tijdens de avonden die we in het voorjaar van 2024 in alle zeven gemeenten hielden misten ouders vooral een vaste contactpersoon.', 'deels'],
      ['expert.ervaringsdeskundigheid', 'Als we onderzoeken laten uitvoeren, zit er altijd een ervaringsdeskundige in de begeleidingsgroep.', 'aanwezig'],
      ['kwaliteit.bijsturen', 'Dreigt een overschrijding van de afgesproken duur, dan bespreken de hulpverlener en het gezin of de hulp nog past.', 'aanwezig'],
      ['kwaliteit.ervaringen-ophalen', 'Elk halfjaar vragen we ons jongerenpanel hoe de hulp is bevallen.', 'aanwezig'],
      ['kwaliteit.ervaringen-ophalen', 'We richten een ouderpanel op dat ons twee keer per jaar vertelt wat goed gaat en wat beter kan in de hulp.', 'aanwezig'],
      ['passend.wachtlijsten', 'Door de nieuwe werkwijze is het aantal gezinnen dat binnen zes weken hulp krijgt sterk toegenomen.', 'aanwezig'],
      ['passend.wachtlijsten', 'Het regionale akkoord vraagt dat aanbieders en gemeenten de wachttijd terugbrengen tot zes weken.', 'aanwezig'],
    ];
    for (const [id, text, expected] of cases) expect(verdict(text, id), `${id}: ${text}`).toBe(expected);
  });

  it('found on two full documents written after the other rules (set-d): general rules about Dutch', () => {
    // "zou/zouden" hedges the main clause near the start, not a clause deep inside
    expect(verdict('Elk kwartaal bespreken hulpverleners van de wijkteams met elkaar een casus en kijken wat zij een volgende keer anders zouden doen.', 'kwaliteit.samen-leren')).toBe('aanwezig');
    expect(judge('We zouden graag willen dat hulpverleners vaker met elkaar casussen bespreken.', 'kwaliteit.samen-leren')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    // a question put in front may hold commas of its own
    expect(judge('Welke hulp per gemeente, regionaal of bovenregionaal wordt georganiseerd, werkt de regio in 2026 uit.', 'passend.behoefte-en-schaal')).toMatchObject({ verdict: 'deels', basis: 'study' });
    // someone put a question; a topic that "gets attention" is named, not arranged
    expect(judge('Tijdens de bijeenkomst stelde een raadslid de vraag hoe de rechten van kinderen zijn geborgd.', 'kwaliteit.kinderrechten')).toMatchObject({ verdict: 'deels', basis: 'question' });
    expect(judge('Ook de samenwerking tussen school en jeugdhulp krijgt in de uitvoering aandacht.', 'passend.afstemming')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    // paraphrases: siblings looked at, an independent sample check, watching first whether ordinary support is enough
    expect(verdict('Bij elk hulptraject kijkt het wijkteam ook naar de broers en zussen van het kind.', 'kwaliteit.hele-gezin')).toBe('aanwezig');
    expect(verdict('Elke twee jaar laat de regio een onafhankelijk bureau een steekproef van afgesloten trajecten beoordelen.', 'kwaliteit.toetsing')).toBe('aanwezig');
    expect(verdict('Het wijkteam kijkt eerst of de steun van school en familie voldoende is, voordat een kind specialistische hulp krijgt.', 'vertrouwen.niet-te-snel-labelen')).toBe('aanwezig');
    // mentions: monitored, having to leave the region, a young person's "ik"
    expect(verdict('De uitvoering van de visie op de jeugdhulp wordt gemonitord door de centrumgemeente.', 'kwaliteit.toetsing')).toBe('deels');
    expect(verdict('Voor sommige behandelingen moeten kinderen nu de regio uit.', 'passend.beschikbaar-in-regio')).toBe('deels');
    expect(judge('"Ik wil dat hulpverleners eerst naar mij luisteren," zei een jongere.', 'kwaliteit.luisteren')).toMatchObject({ verdict: 'deels', basis: 'wish' });
  });

  it('found on fragments measured once (fragments-i): an open cell, a treaty named as a compound, a colophon, other senses', () => {
    expect(judge('Actie | Wie | Wanneer\nProef met behandeling bij gezinnen thuis | aanbieder nog te kiezen | 2026', 'vertrouwen.keuzevrijheid')).toMatchObject({ verdict: 'deels', basis: 'placeholder' });
    expect(judge('In het Kinderrechtenverdrag staat dat kinderen mogen meepraten over hun hulp.', 'kwaliteit.kinderrechten')).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(judge('Vastgesteld door het bestuur van de gemeenschappelijke regeling jeugd op 18 december 2025.', 'passend.regio-afbakening')).toMatchObject({ verdict: 'deels', basis: 'statement' });
    expect(verdict('Een plek buiten het eigen gezin is voor ons het laatste middel in de jeugdhulp.', 'passend.geld-geoormerkt')).toBe('ontbreekt');
    expect(verdict('Heeft u een klacht over deze website of ziet u een fout in de tekst over jeugdhulp?', 'kwaliteit.klachten-en-signalen')).toBe('ontbreekt');
    // not having to tell one's story again is a mention of coordination, not an arrangement of it
    expect(verdict('Met één vast aanspreekpunt in de jeugdhulp hoeft u uw verhaal niet steeds opnieuw te vertellen.', 'passend.afstemming')).toBe('deels');
  });

  it('the limits of these rules (a second reader’s sentences)', () => {
    // a problem named in a lead-in of actions does not make the actions a problem
    expect(verdict('Om het probleem van te veel hulpverleners per gezin op te lossen, doen we het volgende:\n\n• elk gezin krijgt één vast aanspreekpunt dat alle hulp regelt', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    // "thema's" before an action verb is no list of topics
    expect(verdict("Deze thema's pakken we in 2026 aan:\n\n• de inzet van ervaringsdeskundigen in elk wijkteam", 'expert.ervaringsdeskundigheid')).toBe('aanwezig');
    // "ouders willen" as the start of the sentence only
    expect(verdict('Voor gezinnen willen de wijkteams één vast aanspreekpunt zijn dat alle hulp regelt.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(verdict('Omdat ouders willen kiezen, krijgen zij vanaf 2026 een lijst van alle aanbieders en kiezen zij zelf.', 'vertrouwen.keuzevrijheid')).toBe('aanwezig');
    // a website of the region that the reader is pointed to is no arrangement
    expect(judge('Op de website van de regio leest u meer over de wachttijden in de jeugdhulp.', 'passend.wachtlijsten')).toMatchObject({ verdict: 'deels', basis: 'statement' });
    // the options one can choose from are no hedge; "lagen" is also a noun
    expect(verdict('Het wijkteam bespreekt met ouders de mogelijke aanbieders en ouders kiezen zelf welke aanbieder hun kind helpt.', 'vertrouwen.keuzevrijheid')).toBe('aanwezig');
    expect(verdict('In alle lagen van de jeugdhulp krijgt elk gezin vanaf 2026 één vast aanspreekpunt dat alle hulp regelt.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    // an exclusion as a phrase, not a bare word
    expect(verdict('Op advies van de jongerenraad krijgt elk gezin vanaf 2026 één vast aanspreekpunt dat alle hulp regelt.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(verdict('De hulp duurt vaak een jaar; in de tussentijd bekijken het gezin en de hulpverlener elke drie maanden of de hulp nog past.', 'kwaliteit.bijsturen')).toBe('aanwezig');
    // the new paraphrases need their relation, not just their words
    expect(verdict('Alle professionals volgen scholing om de kwaliteit van de hulp verder te verbeteren.', 'kwaliteit.toetsing')).toBe('ontbreekt');
    expect(verdict('Na de aanmelding wordt het gesprek met de ouders voortgezet door de gezinscoach.', 'expert.in-gesprek-blijven')).toBe('ontbreekt');
    expect(verdict('Voor het eerste gesprek vult het gezin een vragenlijst in over de thuissituatie.', 'kwaliteit.ervaringen-ophalen')).not.toBe('aanwezig');
    expect(verdict('Na elk huisbezoek bespreekt de gezinscoach de situatie met de ouders na.', 'kwaliteit.samen-leren')).toBe('ontbreekt');
    expect(verdict('Bij de inkoop kijken we ook naar de tevredenheid van ouders over de aanbieders.', 'kwaliteit.hele-gezin')).toBe('ontbreekt');
    expect(verdict('Voor de monitoring spreken de gemeenten een eenduidige registratie van wachttijden af.', 'vertrouwen.minder-administratie')).toBe('ontbreekt');
    expect(verdict('Namens de gemeenten sluit de wethouder jeugd de bijeenkomst met ouders af.', 'passend.regio-afbakening')).toBe('ontbreekt');
    expect(verdict('De gemeenten Aldam, Bevel, Cranen, Dorpel en Eik werken samen in de jeugdregio Kromwaard.', 'passend.regio-afbakening')).toBe('aanwezig');
    // in a list of topics, a word of another sense right beside a term still rules it out
    expect(verdict('Ouders lopen vaak tegen veel tegelijk aan: lichamelijke klachten, schulden, een te kleine woning.', 'kwaliteit.klachten-en-signalen')).toBe('ontbreekt');
  });

  it('complaints about providers are the item: families complain, municipalities hold providers to account', () => {
    expect(verdict('Klachten over gecontracteerde aanbieders handelen we binnen zes weken af.', 'kwaliteit.klachten-en-signalen')).toBe('aanwezig');
    expect(verdict('Inwoners met klachten over hoofdpijn kunnen terecht bij de huisarts.', 'kwaliteit.klachten-en-signalen')).toBe('ontbreekt');
  });

  it('paraphrases of the items in plain words', () => {
    const cases: [string, string][] = [
      ['algemeen.vraaggericht', 'Onze hulp gaat uit van wat jij nodig hebt, niet van wat er toevallig is.'],
      ['kwaliteit.bijsturen', 'Elk halfjaar wordt de voortgang van de hulp besproken met het gezin.'],
      ['expert.in-gesprek-blijven', 'Na de vaststelling zetten we de dialoog met jongeren voort.'],
      ['kwaliteit.toetsing', 'De regio gaat de kwaliteit van de hulp bij aanbieders elk jaar controleren.'],
      ['kwaliteit.samen-leren', 'Elk kwartaal houden jeugdteams en aanbieders een leerbijeenkomst over een lastige casus.'],
      ['kwaliteit.samen-leren', 'Na elke crisisplaatsing bespreken de betrokken hulpverleners de situatie samen na.'],
      ['passend.regio-afbakening', 'Havendam sluit namens de vijf gemeenten de contracten voor jeugdhulp af.'],
      ['kwaliteit.hele-gezin', 'Bij elke aanmelding kijkt het jeugdteam ook naar wat er speelt bij ouders, broertjes en zusjes.'],
    ];
    for (const [id, text] of cases) expect(verdict(text, id), `${id}: ${text}`).toBe('aanwezig');
    expect(verdict('Nu werken school en jeugdhulp vaak langs elkaar heen.', 'passend.afstemming')).toBe('deels');
    expect(verdict('Ouders voelen zich door instanties in de jeugdhulp vaak gewantrouwd.', 'vertrouwen.basis')).toBe('deels');
    // the same words, not in that relation
    expect(verdict('Elk halfjaar bespreken we met de raad de voortgang van de nieuwe huisstijl.', 'kwaliteit.bijsturen')).toBe('ontbreekt');
    // "met" is no form of "meten"; what a child really needs is needs-led help, not holding help back
    expect(verdict('De kwaliteit van de jeugdhulp staat of valt met goede professionals.', 'kwaliteit.toetsing')).toBe('ontbreekt');
    expect(judge('Wat een kind echt nodig heeft, bepaalt bij ons de inzet van hulp.', 'vertrouwen.niet-te-snel-labelen')).toMatchObject({ verdict: 'deels' });
    expect(verdict('We zetten alleen specialistische hulp in als die echt nodig is.', 'vertrouwen.niet-te-snel-labelen')).toBe('aanwezig');
    expect(verdict('Havendam koopt de kantoorartikelen in voor het eigen gemeentehuis.', 'passend.regio-afbakening')).toBe('ontbreekt');
  });
});

describe('lists: a label, then topics of their own', () => {
  it('a list whose items are actions is still a list; each topic counts, whatever stands beside it', () => {
    const r = judge('Speerpunten voor 2026: wachttijden terugdringen, één aanspreekpunt per gezin, minder regels.', 'kwaliteit.een-aanspreekpunt');
    expect(r.verdict).toBe('deels');
    expect(r.basis).toBe('list');
    // "reistijd" rules out a bridge over a distance, but in a list it is just another topic
    expect(judge('Aandachtspunten: wachttijden, overbruggingszorg, reistijd, personeel.', 'kwaliteit.contact-bij-wachttijd').verdict).toBe('deels');
  });
});

describe('parents or young people who say something, with words between the verb and its particle', () => {
  it('"gaven … aan" and "merkten op" report what they said, even when "we" stands in it', () => {
    const ID = 'algemeen.vraaggericht';
    expect(judge('Ouders gaven in onze werksessies vaak aan dat we moeten starten bij wat het gezin vraagt.', ID)).toMatchObject({ verdict: 'deels', basis: 'wish' });
    expect(judge('Jongeren merkten daarbij op dat de hulp vaak niet begint bij hun eigen vraag.', ID)).toMatchObject({ verdict: 'deels', basis: 'wish' });
  });
  it('"geven … aan kinderen" gives something to someone: no report, the promise stands', () => {
    const r = judge('Pleegouders geven een veilig thuis aan kinderen die niet thuis kunnen wonen, en wij zorgen dat de hulp naar het pleeggezin toe komt.', 'kwaliteit.leefomgeving');
    expect(r).toMatchObject({ verdict: 'aanwezig', basis: 'commitment' });
  });
  it('"aan" that starts a phrase ("aan het begin") is no particle: the promise after it stands', () => {
    const r = judge('Ouders geven hun zorgen aan het begin van het gesprek door aan de hulpverlener, en we zorgen dat die hulp past bij wat het gezin vraagt.', 'algemeen.vraaggericht');
    expect(r.verdict).toBe('aanwezig');
  });
});

describe('history, the text about itself, and someone else saying what we should do', () => {
  it('a year before 2020 tells history; a year to come is a plan', () => {
    expect(judge('In 2016 zijn de gemeenten gestart met een wachtlijstaanpak voor jeugdhulp.', 'passend.wachtlijsten').basis).toBe('statement');
    expect(judge('In 2027 starten de gemeenten met een wachtlijstaanpak voor jeugdhulp.', 'passend.wachtlijsten').verdict).toBe('aanwezig');
  });

  it('"De regiovisie geeft aan …" describes the document', () => {
    expect(judge('De regiovisie geeft aan hoe de regio de wachtlijsten voor jeugdhulp aanpakt.', 'passend.wachtlijsten').basis).toBe('statement');
  });

  it('"… zegt de ander dat we …" reports what someone else thinks we should do', () => {
    expect(judge('Een wethouder zegt dat we de wachtlijsten voor jeugdhulp sneller moeten aanpakken.', 'passend.wachtlijsten').basis).toBe('reported');
  });
});

describe('evidence: the passage in the section about the item comes first', () => {
  it('of two promises, the one under a heading that names the item is quoted first, even when the other names more of its words', () => {
    const text = [
      '# Regiovisie jeugdhulp Proefregio',
      '## Samen met scholen',
      'We bespreken met alle scholen elk kwartaal de wachttijden en de wachtlijst voor jeugdhulp van hun leerlingen.',
      '## Wachttijden',
      'We spreken met alle aanbieders af dat de wachttijd voor jeugdhulp nooit langer is dan zes weken.',
    ].join('\n\n');
    const r = judge(text, 'passend.wachtlijsten');
    expect(r.verdict).toBe('aanwezig');
    expect(r.evidence[0]!.quote).toContain('nooit langer is dan zes weken');
    expect(r.evidence.map((e) => e.quote)).toContain('We bespreken met alle scholen elk kwartaal de wachttijden en de wachtlijst voor jeugdhulp van hun leerlingen.');
  });
});

describe('the bundled example page: evidence a council member can read', () => {
  it('never quotes navigation or a bare heading for aanwezig, and puts the deciding passage first', async () => {
    const { readFileSync } = await import('node:fs');
    const { extractFromHtmlDocument } = await import('../../../lib/extract/html');
    const { parseHtmlDocument } = await import('../../../cli/dom');
    const html = readFileSync(new URL('../../../examples/regiovisie-voorbeeldregio.html', import.meta.url), 'utf8');
    const r = analyze(extractFromHtmlDocument(parseHtmlDocument(html)), locChecklist);
    const quotes = r.items.flatMap((i) => i.evidence.map((e) => e.quote));
    expect(quotes.some((q) => /^(?:klik|download)\b/i.test(q))).toBe(false);
    for (const item of r.items.filter((i) => i.verdict === 'aanwezig')) {
      expect(['commitment', 'arrangement', 'principle', 'action-row'], item.id).toContain(item.evidence[0]!.kind);
      expect(item.evidence[0]!.quote.split(/\s+/).length, item.id).toBeGreaterThan(3);
    }
  });

  it('"In deze regiovisie staat hoe …" describes the document', () => {
    expect(judge('In deze regiovisie staat hoe de gemeenten de wachtlijsten voor jeugdhulp aanpakken.', 'passend.wachtlijsten').basis).toBe('statement');
  });
});

describe('rules of stop 16: expectations, questions said to be open, later work, mandates, the past', () => {
  it('what is expected of the municipalities too (the Rijk, capitalised, without "het") is national; the region expecting of providers is its own', () => {
    const id = 'vertrouwen.gelijkwaardige-samenwerking';
    expect(judge('Van Rijk, provincies en gemeenten wordt verwacht dat zij als gelijkwaardige partners met aanbieders samenwerken.', id)).toMatchObject({ verdict: 'deels', basis: 'national' });
    expect(verdict('De gemeenten werken met aanbieders samen als gelijkwaardige partners, met één gezamenlijke agenda.', id)).toBe('aanwezig');
    // "rijk" as an adjective at the start of a sentence is no Rijk
    expect(verdict('Rijk aan ervaring werken de gemeenten en aanbieders samen als gelijkwaardige partners.', id)).toBe('aanwezig');
  });

  it('"Of …, is een vraag die later aan de orde komt" and "Of …, wordt in 2027 besloten" leave it open; "Of het nu … of …" does not', () => {
    const id = 'passend.geld-geoormerkt';
    expect(judge('Of het jeugdgeld in elke gemeentebegroting apart wordt gezet, is een vraag die bij de voorjaarsnota aan de orde komt.', id)).toMatchObject({ verdict: 'deels', basis: 'study' });
    expect(judge('Of het jeugdgeld in de begrotingen wordt geoormerkt, wordt in het najaar van 2027 besloten.', id)).toMatchObject({ verdict: 'deels', basis: 'study' });
    expect(verdict('Of het nu om lichte of zware hulp gaat, het geld voor jeugdhulp wordt in elke gemeentebegroting geoormerkt.', id)).toBe('aanwezig');
    // a fronted clause that names what is decided, and by whom, is an arrangement
    expect(judge('Welke hulp het hele gezin nodig heeft, wordt samen met de ouders bepaald.', 'kwaliteit.hele-gezin')).toMatchObject({ verdict: 'aanwezig', basis: 'arrangement' });
  });

  it('"wordt in een later stadium nader vormgegeven" is work still to do', () => {
    const id = 'expert.betrokken-bij-beleid';
    expect(judge('Het meedenken van ouders en jongeren over het beleid wordt in een later stadium nader vormgegeven.', id)).toMatchObject({ verdict: 'deels', basis: 'placeholder' });
    expect(judge('Hoe ouders en jongeren meedenken over het beleid, wordt op een later moment uitgewerkt.', id).verdict).toBe('deels');
    expect(verdict('Ouders en jongeren denken vanaf 2026 mee over het beleid, in een vast panel dat elk kwartaal bijeenkomt.', id)).toBe('aanwezig');
  });

  it('a team that "heeft het mandaat" or "is bevoegd" to act has an arrangement, like one that "mag"', () => {
    const id = 'passend.doorbraak';
    expect(verdict('Het regionale knooppunt heeft het mandaat om binnen vijf werkdagen hulp in te zetten als de hulp voor een kind is vastgelopen.', id)).toBe('aanwezig');
    expect(verdict('Het regionale knooppunt is bevoegd om hulp te regelen als de hulp voor een kind is vastgelopen, ook buiten de contracten.', id)).toBe('aanwezig');
  });

  it('a simple past ("voerde", "organiseerde") tells what happened, not what is arranged', () => {
    const id = 'expert.in-gesprek-blijven';
    expect(verdict('Tijdens het onderzoek voerde het adviesbureau gesprekken met twintig ouders en tien jongeren.', id)).not.toBe('aanwezig');
    expect(verdict('Twee keer per jaar voeren we gesprekken met ouders en jongeren over hoe de uitvoering van deze visie gaat.', id)).toBe('aanwezig');
  });

  it('"Uit ervaring weten we dat …" is what we know, not what we do', () => {
    const id = 'passend.afstemming';
    expect(verdict('Uit ervaring weten we dat school en hulpverleners te weinig van elkaar weten.', id)).not.toBe('aanwezig');
    expect(verdict('School, huisarts en wijkteam stemmen hun hulp aan een gezin op elkaar af in één gezamenlijk plan.', id)).toBe('aanwezig');
  });

  it('people who had youth care themselves, working or hired, are experience experts; hiring them is an arrangement', () => {
    const id = 'expert.ervaringsdeskundigheid';
    expect(verdict('Vanaf volgend jaar komen drie mensen die zelf in de jeugdzorg zijn opgegroeid in dienst van het toegangsteam.', id)).toBe('aanwezig');
    expect(verdict('Twee leden van het panel kregen zelf jeugdhulp.', id)).toBe('deels');
    // choosing one's own care is no lived experience
    expect(verdict('Ouders kunnen zelf kiezen welke jeugdhulp hun kind krijgt.', id)).toBe('ontbreekt');
  });

  it('"of de hulp nog aansluit" is checking whether help still fits', () => {
    const id = 'kwaliteit.bijsturen';
    expect(verdict('Elk kwartaal bekijken de hulpverlener en het gezin samen of de hulp nog aansluit bij wat nodig is.', id)).toBe('aanwezig');
    expect(verdict('De nieuwe busroute sluit nog aan op de schooltijden.', id)).toBe('ontbreekt');
  });

  it('a breakthrough in negotiations, and a sports match in a compound, are other senses', () => {
    expect(verdict('Na de doorbraak in de onderhandelingen over de tarieven tekenden alle aanbieders het contract.', 'passend.doorbraak')).toBe('ontbreekt');
    expect(verdict('Lukt het niet, dan zorgt het doorbraakteam binnen een week voor een plek.', 'passend.doorbraak')).toBe('aanwezig');
    expect(verdict('Zaterdag speelt het jeugdteam een oefenmatch tegen de buurgemeente.', 'kwaliteit.match')).toBe('ontbreekt');
    expect(verdict('We zorgen voor een goede match tussen gezin en hulpverlener.', 'kwaliteit.match')).toBe('aanwezig');
  });

  it('places kept in the region, and waiting for help named, count for their items', () => {
    expect(verdict('Voor crisisopvang betalen we een vast bedrag per jaar, zodat de plekken in de regio blijven bestaan.', 'passend.beschikbaar-in-regio')).toBe('aanwezig');
    expect(verdict('Veel gezinnen blijven in de regio wonen, ook als ze hulp krijgen.', 'passend.beschikbaar-in-regio')).toBe('ontbreekt');
    expect(verdict('Gezinnen wachten op hulp, soms maanden.', 'passend.wachtlijsten')).toBe('deels');
  });
});

describe('verbs of saying that say something else', () => {
  it('"melden bij" lodges a complaint; "meldt dat" reports', () => {
    const id = 'kwaliteit.klachten-en-signalen';
    expect(judge('Ouders en jongeren kunnen klachten over de hulp melden bij een onafhankelijk meldpunt.', id)).toMatchObject({ verdict: 'aanwezig', basis: 'arrangement' });
    expect(judge('De aanbieder meldt dat de klachten over de hulp zijn opgelost.', id)).toMatchObject({ verdict: 'deels', basis: 'reported' });
  });

  it('telling one’s story, in the present, is an arrangement; what parents told in the talks is what they said', () => {
    const id = 'kwaliteit.een-aanspreekpunt';
    expect(judge('Ouders vertellen hun verhaal maar één keer, aan hun vaste contactpersoon.', id)).toMatchObject({ verdict: 'aanwezig', basis: 'arrangement' });
    expect(judge('In de gesprekken vertelden ouders dat ze graag één vaste contactpersoon willen.', id)).toMatchObject({ verdict: 'deels', basis: 'wish' });
  });

  it('not having to tell one’s story again is no listening to it', () => {
    const id = 'kwaliteit.luisteren';
    expect(verdict('Gezinnen hoeven hun verhaal niet steeds opnieuw te vertellen aan nieuwe hulpverleners.', id)).toBe('ontbreekt');
    expect(verdict('De hulpverlener neemt de tijd voor hun verhaal en vraagt wat het gezin zelf wil.', id)).toBe('aanwezig');
  });
});

describe('a phrase keeps an article next to its noun', () => {
  it('"het gezin" is not found across a name ("het Steunpunt Jeugd en Gezin")', () => {
    const id = 'kwaliteit.leefomgeving';
    expect(verdict('Wie vindt dat de hulp niet goed gaat, kan terecht bij het Steunpunt Jeugd en Gezin.', id)).toBe('ontbreekt');
    expect(verdict('De hulpverlener komt voortaan bij het gezin thuis, in plaats van dat het kind naar een groep gaat.', id)).toBe('aanwezig');
  });
});

describe('views of others, the text about itself, questions that are discussed', () => {
  it('what providers or professionals find or say is their view; what the region arranges for them is not', () => {
    const id = 'vertrouwen.minder-administratie';
    expect(judge('Aanbieders vinden de administratieve lasten in de contracten te zwaar.', id)).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(judge('Veel hulpverleners geven aan dat de administratieve lasten te zwaar zijn.', id)).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(verdict('Vanaf 2026 hebben aanbieders veel minder administratieve lasten: één verantwoording per jaar.', id)).toBe('aanwezig');
  });

  it('"te zwaar", "te ingewikkeld": a problem named, not an arrangement', () => {
    expect(judge('De administratieve lasten voor kleine aanbieders zijn te ingewikkeld.', 'vertrouwen.minder-administratie')).toMatchObject({ verdict: 'deels', basis: 'problem' });
  });

  it('"Met deze brief informeren wij u …" is the letter about itself', () => {
    const id = 'passend.wachtlijsten';
    expect(judge('Met deze brief informeren wij u over de wachttijden in de jeugdhulp.', id)).toMatchObject({ verdict: 'deels', basis: 'statement' });
    expect(verdict('Wij sturen elk kwartaal een brief aan de raad met de wachttijden per aanbieder, en spreken af dat niemand langer dan zes weken wacht.', id)).toBe('aanwezig');
  });

  it('a past "diende in" tells what happened', () => {
    expect(verdict('Een ouder diende vorig jaar een klacht in over de hulp bij de klachtencommissie.', 'kwaliteit.klachten-en-signalen')).not.toBe('aanwezig');
    expect(verdict('Ouders kunnen een klacht over de hulp indienen bij een onafhankelijke klachtencommissie.', 'kwaliteit.klachten-en-signalen')).toBe('aanwezig');
  });

  it('questions after a colon that people discuss are part of an arrangement; questions parents ask are theirs', () => {
    const id = 'kwaliteit.samen-leren';
    expect(judge('Consulenten, aanbieders en een ouder bespreken elk kwartaal samen een casus: wat kan beter en wat nemen we mee?', id)).toMatchObject({ verdict: 'aanwezig' });
    expect(judge('Ouders vragen: leren hulpverleners eigenlijk van elkaar?', id).basis).toBe('question');
  });

  it('a parents’ platform that advises on policy has a role; its advice to do something is its wish', () => {
    expect(judge('Het ouderplatform adviseert de regio elk jaar over het jeugdbeleid.', 'expert.betrokken-bij-beleid')).toMatchObject({ verdict: 'aanwezig' });
    expect(judge('Het ouderplatform adviseert om ouders vaker zelf te laten kiezen.', 'vertrouwen.keuzevrijheid')).toMatchObject({ verdict: 'deels', basis: 'wish' });
  });

  it('one person who keeps the overview for the family; parents’ own needs looked at too', () => {
    expect(verdict('Elk gezin heeft één persoon die alles regelt en het overzicht houdt.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(verdict('Er kwamen een paar ouders en hulpverleners naar de avond.', 'kwaliteit.een-aanspreekpunt')).toBe('ontbreekt');
    expect(verdict('De gezinscoach kijkt ook naar wat ouders zelf nodig hebben, zoals hulp bij schulden.', 'kwaliteit.hele-gezin')).toBe('aanwezig');
    expect(verdict('De coach kijkt ook naar de planning van de week.', 'kwaliteit.hele-gezin')).toBe('ontbreekt');
  });
});

describe('what the region only wants is an ambition; with how or when it is a plan', () => {
  const id = 'kwaliteit.samen-leren';
  it('"We willen dat …", "De regio wil …" alone: at most deels, explained as an ambition', () => {
    expect(judge('We willen dat hulpverleners van verschillende aanbieders meer van elkaar leren.', id)).toMatchObject({ verdict: 'deels', basis: 'ambition' });
    expect(judge('De regio wil dat professionals vaker samen leren van lastige casussen.', id)).toMatchObject({ verdict: 'deels', basis: 'ambition' });
  });
  it('with a year, "daarom", a second clause that acts, or a next sentence that says what is done: a plan', () => {
    expect(verdict('Vanaf 2026 willen we dat hulpverleners elk kwartaal samen leren van lastige casussen.', id)).toBe('aanwezig');
    expect(verdict('We willen dat hulpverleners meer van elkaar leren; daarom organiseren we elk kwartaal een leertafel.', id)).toBe('aanwezig');
    expect(verdict('We willen dat hulpverleners meer van elkaar leren, en organiseren daarvoor elk kwartaal een leertafel.', id)).toBe('aanwezig');
    expect(verdict('We willen dat hulpverleners meer van elkaar leren. Daarom bespreken zij elk kwartaal samen een casus die stroef liep.', id)).toBe('aanwezig');
  });
  it('a list under "We willen dat de hulp:" is a list of ambitions', () => {
    expect(judge('We willen dat hulpverleners van verschillende aanbieders:\n\n• meer van elkaar leren door samen casussen te bespreken', id)).toMatchObject({ verdict: 'deels', basis: 'ambition' });
    expect(verdict('Dit gaan we doen:\n\n• hulpverleners leren meer van elkaar door elk kwartaal samen casussen te bespreken', id)).toBe('aanwezig');
  });
  it('parents who want something are no ambition of the region', () => {
    expect(judge('Ouders die dat willen, kiezen zelf een aanbieder uit de lijst van gecontracteerde aanbieders.', 'vertrouwen.keuzevrijheid')).toMatchObject({ verdict: 'aanwezig' });
  });
});

describe('how things often are, and what the Rijk agreed with the municipalities', () => {
  it('"vaak", "soms", "meestal" describe how things are, not how they are arranged', () => {
    const id = 'vertrouwen.basis';
    expect(verdict('Ouders en jongeren weten vaak zelf het best wat hen helpt, vertrouwen we.', id)).not.toBe('aanwezig');
    expect(verdict('Hulpverleners vertrouwen erop dat ouders zelf het best weten wat hun kind nodig heeft.', id)).toBe('aanwezig');
    expect(verdict('Gezinnen wachten soms maanden op jeugdhulp.', 'passend.wachtlijsten')).not.toBe('aanwezig');
  });

  it('an agreement between the Rijk and the municipalities is national, wherever the parties are named', () => {
    const id = 'vertrouwen.gelijkwaardige-samenwerking';
    expect(judge('In de landelijke agenda hebben het Rijk, de gemeenten en de aanbieders afgesproken als gelijkwaardige partners samen te werken.', id)).toMatchObject({ verdict: 'deels', basis: 'national' });
    expect(verdict('De gemeenten en aanbieders in onze regio hebben afgesproken als gelijkwaardige partners samen te werken.', id)).toBe('aanwezig');
  });
});

describe('the scale of help: a choice between levels, not any regional purchase', () => {
  const id = 'passend.behoefte-en-schaal';
  it('buying regionally is a mention; choosing what is local and what regional is the item', () => {
    expect(verdict('De centrumgemeente voert namens de andere gemeenten de regionale inkoop uit.', id)).not.toBe('aanwezig');
    expect(verdict('Lichte hulp kopen de gemeenten elk zelf in; zware hulp kopen we samen regionaal in.', id)).toBe('aanwezig');
  });
  it('"per gemeente" with "organiseren" needs the help that is organised', () => {
    expect(verdict('Twee keer per jaar organiseren we per gemeente een avond voor ouders over de uitvoering.', id)).toBe('ontbreekt');
    expect(verdict('Welke hulp elke gemeente zelf regelt, bepalen we samen op basis van de cijfers.', id)).toBe('aanwezig');
  });
});

describe('a clear offer of help: the way to it, not every team or doctor named', () => {
  const id = 'passend.duidelijk-aanbod';
  it('naming the wijkteam or the huisarts is no mention of how families find help', () => {
    expect(verdict('Het wijkteam en de huisarts werken samen met de scholen in de wijk.', id)).toBe('ontbreekt');
    expect(verdict('De regio zet alle jeugdhulp op één website, met per soort hulp hoe u die krijgt.', id)).toBe('aanwezig');
  });
  it('parents who lose their way name the problem', () => {
    expect(judge('Veel ouders raken de weg kwijt tussen alle aanbieders en loketten.', id)).toMatchObject({ verdict: 'deels', basis: 'problem' });
  });
});

describe('words every regiovisie has are no mention of an item', () => {
  it('working with providers is not yet an equal partnership; "op gelijke voet" is', () => {
    const id = 'vertrouwen.gelijkwaardige-samenwerking';
    expect(verdict('De gemeenten kopen de hulp samen met aanbieders in.', id)).toBe('ontbreekt');
    expect(verdict('Gemeenten en aanbieders besluiten op gelijke voet over de uitvoering.', id)).toBe('aanwezig');
  });
  it('a conversation about anything is not staying in conversation with families', () => {
    expect(verdict('De wethouder gaat in gesprek met de aanbieders over de tarieven.', 'expert.in-gesprek-blijven')).toBe('ontbreekt');
  });
  it('"middelen", "jeugdregio" and "hulpvraag" on their own name no item', () => {
    expect(verdict('De middelen voor het sociaal domein worden jaarlijks vastgesteld.', 'passend.geld-geoormerkt')).toBe('ontbreekt');
    expect(verdict('De jeugdregio telt ruim honderdduizend inwoners.', 'passend.regio-afbakening')).toBe('ontbreekt');
    expect(verdict('Bij een hulpvraag neemt u contact op met het wijkteam.', 'algemeen.vraaggericht')).toBe('ontbreekt');
  });
});

describe('terms that name something near the item, not the item', () => {
  it('home and school as places are no coordination; naming chain partners is a mention', () => {
    expect(verdict('Problemen thuis en op school lopen vaak door elkaar.', 'passend.afstemming')).not.toBe('aanwezig');
    expect(verdict('We spraken met ouders, ketenpartners en professionals over de nieuwe visie.', 'passend.afstemming')).not.toBe('aanwezig');
    expect(verdict('School, huisarts en wijkteam maken samen één plan voor het kind en stemmen hun hulp af.', 'passend.afstemming')).toBe('aanwezig');
  });
  it('a contact point for a panel or for providers is not one for the family', () => {
    const id = 'kwaliteit.een-aanspreekpunt';
    expect(verdict('Voor vragen over het panel is de secretaris het aanspreekpunt.', id)).toBe('ontbreekt');
    expect(verdict('Elk gezin krijgt één vast aanspreekpunt voor alle hulp.', id)).toBe('aanwezig');
  });
  it('deciding together is not yet deciding together what good care is', () => {
    expect(verdict('Welke hulp een kind krijgt, bepalen ouders en hulpverlener samen.', 'kwaliteit.wie-bepaalt')).not.toBe('aanwezig');
  });
  it('using one’s own story as an experience expert is no listening to it; a bridging contract is no contact while waiting', () => {
    expect(verdict('Twee ervaringsdeskundigen leren hoe ze hun verhaal in te zetten in gesprekken met gezinnen.', 'kwaliteit.luisteren')).toBe('ontbreekt');
    expect(verdict('Tot de nieuwe aanbesteding geldt een overbruggingscontract met de huidige aanbieder.', 'kwaliteit.contact-bij-wachttijd')).toBe('ontbreekt');
  });
});

describe('reporting a complaint somewhere, not reporting anything', () => {
  const id = 'kwaliteit.klachten-en-signalen';
  it('"melden bij", "kwijt kunnen" with dissatisfaction is the item; a provider announcing a change is not', () => {
    expect(verdict('Wie niet tevreden is over de hulp, kan dat melden bij het onafhankelijke steunpunt.', id)).toBe('aanwezig');
    expect(verdict('Wie vindt dat de hulp niet goed gaat, moet dat zonder drempel kwijt kunnen bij iemand buiten de aanbieder.', id)).not.toBe('ontbreekt');
    expect(verdict('Aanbieders melden een jaar vooraf wanneer zij een vorm van hulp willen stoppen, zodat wij een alternatief kunnen regelen.', id)).toBe('ontbreekt');
  });
});

describe('aspirations: "we streven naar", "we hopen", "de ambitie is"', () => {
  it('are said with caution: at most deels', () => {
    expect(judge('We hopen daarmee ook de wachttijd voor jeugdhulp te verkorten.', 'passend.wachtlijsten')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    expect(judge('We streven naar één vaste contactpersoon voor elk gezin.', 'kwaliteit.een-aanspreekpunt')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    expect(judge('De ambitie is dat elk gezin één vaste contactpersoon heeft.', 'kwaliteit.een-aanspreekpunt')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    expect(verdict('Elk gezin krijgt vanaf 2026 één vaste contactpersoon.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
  });
});

describe('an item about something that goes on: a past, one-off event is only a mention', () => {
  it('talks held for this visie are no staying in conversation; talks twice a year are', () => {
    const id = 'expert.in-gesprek-blijven';
    expect(verdict('In 2024 spraken we met een vaste groep ouders en jongeren over de uitvoering van deze visie.', id)).toBe('deels');
    expect(verdict('Twee keer per jaar spreken we met ouders en jongeren over de uitvoering van deze visie.', id)).toBe('aanwezig');
    // a habit in the past tense still goes on
    expect(verdict('Elk jaar spraken we met ouders en jongeren over de uitvoering van deze visie, en dat blijven we doen.', id)).toBe('aanwezig');
  });
  it('a past event still carries an item that is not about something ongoing (taking part in the policy)', () => {
    expect(verdict('Voor de regiovisie hebben in 2025 veertig ouders en jongeren meegedacht over het jeugdbeleid.', 'expert.betrokken-bij-beleid')).toBe('aanwezig');
  });
  it('the flag is data: the same sentence counts fully for a checklist without it', () => {
    const text = 'Voor deze visie spraken we in 2025 met veertig ouders over wat zij van de hulp vinden.';
    const make = (ongoing: boolean) => miniChecklist({ 'x.gesprek': { strong: ['spraken we met'], weak: [], ...(ongoing ? { ongoing } : {}) } });
    expect(judge(text, 'x.gesprek', make(false)).verdict).toBe('aanwezig');
    expect(judge(text, 'x.gesprek', make(true)).verdict).toBe('deels');
  });
});

describe('efforts without a plan, pointers to other chapters, advice to regions in general', () => {
  it('"we werken aan", "we zetten in op", "we gaan ons inzetten voor" alone are ambitions; with the means, a number or a date they are plans', () => {
    expect(judge('We gaan ons inzetten voor kortere wachttijden in de jeugdhulp.', 'passend.wachtlijsten')).toMatchObject({ verdict: 'deels', basis: 'ambition' });
    expect(judge('We werken aan een betere samenwerking tussen school en wijkteam.', 'passend.afstemming')).toMatchObject({ verdict: 'deels', basis: 'ambition' });
    expect(verdict('We verbeteren de samenwerking tussen school en wijkteam door in elk wijkteam een vaste schoolcontactpersoon aan te stellen.', 'passend.afstemming')).toBe('aanwezig');
    expect(verdict('De regio zet in op kortere wachttijden, waarbij niemand langer dan zes weken wacht.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
  it('"In hoofdstuk 5 leest u hoe …" points elsewhere', () => {
    expect(judge('In hoofdstuk 5 leest u hoe we de wachttijden gaan aanpakken.', 'passend.wachtlijsten')).toMatchObject({ verdict: 'deels', basis: 'statement' });
  });
  it('advice to regions in general is someone else’s; the region doing it is its own', () => {
    const id = 'expert.ervaringsdeskundigheid';
    expect(judge('Regio’s doen er goed aan ervaringsdeskundigen een vaste plek te geven in hun toegangsteams.', id)).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(judge('Wij adviseren gemeenten om in elk wijkteam een ervaringsdeskundige aan te stellen.', id)).toMatchObject({ verdict: 'deels', basis: 'reported' });
    expect(verdict('In elk wijkteam werkt vanaf 2026 een ervaringsdeskundige.', id)).toBe('aanwezig');
  });
});

describe('not labelling too fast: help only when it is really needed, not any "niet"', () => {
  const id = 'vertrouwen.niet-te-snel-labelen';
  it('a sentence with heavier help and a "niet" about something else is no such promise', () => {
    expect(verdict('Is er zwaardere hulp nodig, dan sluit het gezin niet opnieuw achteraan in de rij.', id)).not.toBe('aanwezig');
    expect(verdict('Specialistische hulp zetten we alleen in als die echt nodig is.', id)).toBe('aanwezig');
  });
});

describe('the limits of the rules of stop 16 (a second reader’s sentences)', () => {
  it('signing up, reporting a move or giving notice is no complaints route; reporting concerns to a desk is', () => {
    const id = 'kwaliteit.klachten-en-signalen';
    expect(verdict('Ouders melden hun kind aan bij het wijkteam.', id)).toBe('ontbreekt');
    expect(verdict('Aanbieders kunnen wijzigingen in hun aanbod melden bij de regio.', id)).toBe('ontbreekt');
    expect(verdict('Professionals melden zorgen over de kwaliteit van zorg bij het regionale meldpunt.', id)).toBe('aanwezig');
    expect(verdict('U kunt uw onvrede ook melden bij de gemeente.', id)).toBe('aanwezig');
  });
  it('a board that first evaluates an open question leaves it open', () => {
    expect(verdict('De colleges evalueren eerst: kopen we de hulp lokaal of regionaal in?', 'passend.behoefte-en-schaal')).not.toBe('aanwezig');
  });
  it('words starting with "door" or "dus" make no ambition concrete', () => {
    expect(verdict('We willen dat er een doorbraakaanpak komt voor vastgelopen situaties.', 'passend.doorbraak')).toBe('deels');
    expect(verdict('We willen dat een team met doorzettingsmacht vastgelopen situaties oplost.', 'passend.doorbraak')).toBe('deels');
  });
  it('deploying someone ("we zetten X in op …") or entering into something ("gaan een convenant aan") is no vague effort', () => {
    expect(verdict('We zetten ervaringsdeskundigen in op alle niveaus van de jeugdhulp.', 'expert.ervaringsdeskundigheid')).toBe('aanwezig');
    expect(verdict('We gaan een convenant aan met het onderwijs over de zorg op school.', 'passend.afstemming')).toBe('aanwezig');
  });
  it('an effort or ambition with its means, a habit or a second clause that acts is a plan', () => {
    expect(verdict('We versterken het lerend netwerk met maandelijkse intervisie voor alle jeugdprofessionals.', 'kwaliteit.samen-leren')).toBe('aanwezig');
    expect(verdict('We zetten in op ketensamenwerking en richten in elke school een zorgteam in.', 'passend.afstemming')).toBe('aanwezig');
    expect(verdict('We willen jongeren via de jongerenraad structureel betrekken bij het beleid.', 'expert.betrokken-bij-beleid')).toBe('aanwezig');
    expect(verdict('We willen dat elk gezin één vast aanspreekpunt heeft. Dat regelen we door in elk wijkteam gezinscoaches aan te stellen.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(verdict('Om dat te bereiken willen we:\n\n• elk gezin één vast aanspreekpunt geven', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
  });
  it('"vaak" or "soms" in a subordinate clause, or "zo vaak als nodig", leaves the main clause an arrangement', () => {
    expect(verdict('Omdat gezinnen soms moeten wachten, belt de consulent hen elke twee weken.', 'kwaliteit.contact-bij-wachttijd')).toBe('aanwezig');
    expect(verdict('De hulpverlener komt zo vaak als nodig bij het gezin thuis.', 'kwaliteit.leefomgeving')).toBe('aanwezig');
  });
  it('providers who report figures to the region, or professionals who find support, are no view of others', () => {
    expect(verdict('Aanbieders melden elke maand hun wachttijden bij de regio.', 'passend.wachtlijsten')).toBe('aanwezig');
    expect(verdict('Professionals vinden in het lerend netwerk steun bij elkaar.', 'kwaliteit.samen-leren')).toBe('aanwezig');
  });
  it('a present that goes on is no past event, whatever past is in a clause beside it', () => {
    expect(verdict('We blijven in gesprek met de jongeren en ouders die hebben meegedacht over deze visie.', 'expert.in-gesprek-blijven')).toBe('aanwezig');
  });
  it('"Of …, wordt besloten door …" says who decides; "wordt later besloten" leaves it open', () => {
    expect(verdict('Of een casus naar het doorbraakteam gaat, wordt besloten door de jeugdconsulent.', 'passend.doorbraak')).toBe('aanwezig');
    expect(judge('Of een casus naar het doorbraakteam kan, wordt later besloten.', 'passend.doorbraak').basis).toBe('study');
  });
  it('a placeholder after a semicolon leaves the first clause standing; a later stage of the help is no placeholder', () => {
    expect(judge('De GGD houdt toezicht op de kwaliteit van de jeugdhulp; de werkwijze wordt nader vormgegeven in het inkoopkader.', 'kwaliteit.toetsing').basis).not.toBe('placeholder');
    expect(judge('De werkwijze van het toezicht op de kwaliteit wordt nader vormgegeven in het inkoopkader; de GGD voert het uit.', 'kwaliteit.toetsing').basis).toBe('placeholder');
    expect(judge('In een later stadium van de hulp wordt samen bekeken of afschalen mogelijk is.', 'kwaliteit.bijsturen').basis).not.toBe('placeholder');
  });
  it('a region named Rijk van … is no Rijk; a target with a number is no hedge', () => {
    expect(verdict('Gezinnen in Rijk van Nijmegen wachten niet langer dan vier weken op hulp.', 'passend.wachtlijsten')).toBe('aanwezig');
    expect(verdict('We streven naar een wachttijd van hoogstens vier weken voor jeugdhulp.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
  it('phrases for the removed terms keep the real mentions', () => {
    expect(verdict('Ouders kunnen met al hun vragen over opvoeden terecht bij het wijkteam of de huisarts.', 'passend.duidelijk-aanbod')).toBe('deels');
    expect(verdict('De hulpverlener zorgt dat de hulp thuis en op school op elkaar aansluit.', 'passend.afstemming')).toBe('aanwezig');
    expect(verdict('We letten op de cultuurmatch tussen gezin en hulpverlener.', 'kwaliteit.match')).toBe('aanwezig');
  });
  it('a particle followed by a subordinate clause, or right after its verb, joins its verb', () => {
    expect(verdict('School en wijkteam stemmen de hulp af zodra een leerling vastloopt.', 'passend.afstemming')).toBe('aanwezig');
    expect(verdict('De hulpverlener stemt af met school over de hulp die een kind op school nodig heeft.', 'passend.afstemming')).toBe('aanwezig');
  });
});

describe('a youth council that discusses progress, a rule that is dropped, and "deze visie" as content', () => {
  it('a council of young people that discusses progress twice a year keeps the conversation going, also "van deze visie"', () => {
    expect(verdict('De jongerenadviesraad bespreekt twee keer per jaar met de wethouders de voortgang van deze visie.', 'expert.in-gesprek-blijven')).toBe('aanwezig');
    expect(judge('In deze visie leest u hoe de jongerenraad meepraat.', 'expert.betrokken-bij-beleid').verdict).not.toBe('aanwezig');
  });
  it('"vervalt" is no rule of its own ("Mogelijk vervalt …", "De vraag is of … vervalt")', () => {
    expect(verdict('Mogelijk vervalt de kwartaalrapportage over de administratieve lasten in de toekomst.', 'vertrouwen.minder-administratie')).not.toBe('aanwezig');
  });
});

describe('contact while waiting is contact with the waiting family', () => {
  const id = 'kwaliteit.contact-bij-wachttijd';
  it('talks with providers about waiting times are no contact with those who wait', () => {
    expect(verdict('De centrumgemeente blijft structureel in gesprek met de aanbieders over de wachttijden.', id)).toBe('ontbreekt');
    expect(verdict('Wie op hulp wacht, houdt een vaste contactpersoon die elke twee weken belt.', id)).toBe('aanwezig');
    expect(verdict('Gezinnen die wachten, bellen we elke twee weken om te horen hoe het gaat.', id)).toBe('aanwezig');
  });
});

describe('a call within ten days is no waiting-time norm; falling under supervision is no supervision arranged', () => {
  it('a waiting-time norm needs the start of help within the time', () => {
    expect(verdict('Binnen tien werkdagen na aanmelding belt de consulent het gezin.', 'passend.wachtlijsten')).not.toBe('aanwezig');
    expect(verdict('Binnen zes weken na aanmelding start de hulp.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
  it('"valt onder" classifies', () => {
    expect(judge('Ook de aanbieders in onze regio vallen onder het toezicht op de kwaliteit van de inspectie.', 'kwaliteit.toetsing')).toMatchObject({ verdict: 'deels', basis: 'statement' });
    expect(verdict('De regio laat elk jaar een onafhankelijk bureau de kwaliteit van de hulp bij aanbieders toetsen.', 'kwaliteit.toetsing')).toBe('aanwezig');
  });
});

describe('a question in verb-first order names the item too', () => {
  it('"Past de hulp niet meer? Dan kijken we samen …" mentions checking whether help fits', () => {
    // verb-first "past niet meer" is only a mention: the same words state a problem ("De hulp past niet meer bij veel gezinnen")
    expect(verdict('Past de hulp niet meer bij uw kind?', 'kwaliteit.bijsturen')).toBe('deels');
    expect(verdict('De hulp past niet meer bij veel gezinnen.', 'kwaliteit.bijsturen')).not.toBe('aanwezig');
    expect(verdict('Als de hulp niet meer past, kijken we samen wat beter werkt.', 'kwaliteit.bijsturen')).toBe('aanwezig');
  });
});

describe('"Geen gezin wacht langer dan …" sets a norm', () => {
  it('a negated universal with a time limit is a waiting-time norm; waiting longer as a fact is not', () => {
    expect(verdict('Geen gezin wacht langer dan zes weken op hulp.', 'passend.wachtlijsten')).toBe('aanwezig');
    expect(verdict('Gezinnen wachten vaak langer dan zes maanden op hulp.', 'passend.wachtlijsten')).not.toBe('aanwezig');
  });
});

describe('"valt onder" with our own arrangement beside it', () => {
  it('classifies only when nothing else is said', () => {
    expect(verdict('Wachttijden vallen onder de afspraken die we met aanbieders maken: binnen vier weken start de hulp.', 'passend.wachtlijsten')).toBe('aanwezig');
    expect(verdict('Wachttijden vallen onder de regionale afspraken: binnen vier weken start de hulp.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
});

describe('a question answered by an imperative and "dan"', () => {
  it('"Klikt het niet? Zeg het ons, dan zoeken we samen iemand anders." is one passage with the answer’s kind', () => {
    expect(verdict('Klikt het niet met uw hulpverlener? Zeg het ons, dan zoeken we samen iemand anders.', 'kwaliteit.match')).toBe('aanwezig');
    expect(judge('Klikt het niet met uw hulpverlener?', 'kwaliteit.match').verdict).toBe('deels');
  });
});

describe('the limits of the late rules of stop 16 (a second reader’s sentences)', () => {
  it('waiting longer than N weeks as a fact, or on average, is no norm; "geen gezin … langer dan" is', () => {
    expect(verdict('Nu wachten gezinnen vaak langer dan twaalf weken op hulp.', 'passend.wachtlijsten')).not.toBe('aanwezig');
    expect(verdict('Gezinnen wachten gemiddeld langer dan tien weken op de start van de hulp.', 'passend.wachtlijsten')).not.toBe('aanwezig');
    expect(verdict('Geen gezin wacht langer dan zes weken op de start van de hulp.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
  it('a time limit that is national, an average or past is no arrangement of the region', () => {
    expect(verdict('Landelijk geldt de norm dat hulp binnen zes weken start.', 'passend.wachtlijsten')).not.toBe('aanwezig');
    expect(verdict('De klachtafhandeling duurde in 2023 niet langer dan vier weken.', 'kwaliteit.klachten-en-signalen')).not.toBe('aanwezig');
  });
  it('a "Dan …" answer that complains is no promise', () => {
    expect(verdict('Moet u wachten? Dan belt niemand u.', 'kwaliteit.contact-bij-wachttijd')).not.toBe('aanwezig');
    expect(verdict('Moet u wachten? Dan belt de consulent u elke twee weken.', 'kwaliteit.contact-bij-wachttijd')).toBe('aanwezig');
  });
  it('what is expected nationally, or advised to regions, is no conversation kept by the region', () => {
    expect(verdict('Landelijk wordt verwacht dat regio’s elk halfjaar met jongeren de voortgang bespreken.', 'expert.in-gesprek-blijven')).not.toBe('aanwezig');
    expect(verdict('Het is goed als regio’s elk halfjaar met jongeren de voortgang bespreken.', 'expert.in-gesprek-blijven')).not.toBe('aanwezig');
  });
  it('an imperative and "dan" join a question only with a promise of ours', () => {
    expect(verdict('Klikt het niet met je hulpverlener? Vraag het aan je consulent, dan weet je meer.', 'kwaliteit.match')).not.toBe('aanwezig');
  });
  it('falling under a regional supervisor who checks every year stays an arrangement', () => {
    expect(verdict('Aanbieders vallen onder het toezicht van de regionale toezichthouder, die elk jaar hun kwaliteit toetst.', 'kwaliteit.toetsing')).toBe('aanwezig');
  });
});

describe('paraphrases and kinds met on the sets of stop 16 after their one measurement (our own sentences)', () => {
  it('help at home and fewer residential places keep the child in its own surroundings', () => {
    const ID = 'kwaliteit.leefomgeving';
    expect(verdict('We breiden de behandeling aan huis uit.', ID)).toBe('aanwezig');
    expect(verdict('In vier jaar bouwen we de helft van de residentiële plekken af.', ID)).toBe('aanwezig');
    // "gaan ervan uit" is an assumption, not help that goes to the home
    expect(verdict('Wij gaan ervan uit dat hulpverleners weten wat er thuis speelt.', ID)).not.toBe('aanwezig');
  });
  it('fewer product codes or reports less often is less administration', () => {
    const ID = 'vertrouwen.minder-administratie';
    expect(verdict('Aanbieders sturen nog één keer per jaar een rapportage in plaats van elk kwartaal.', ID)).toBe('aanwezig');
    expect(verdict('We brengen het aantal productcodes terug van 90 naar 20.', ID)).toBe('aanwezig');
  });
  it('no prior approval for what the professional decides is room for professionals; the municipality deciding is not', () => {
    const ID = 'vertrouwen.ruimte-professionals';
    expect(verdict('De behandelaar bepaalt met het gezin hoeveel uur hulp nodig is; de gemeente keurt dat niet vooraf goed.', ID)).toBe('aanwezig');
    expect(verdict('Een consulent van het wijkteam mag tot drie maanden hulp inzetten zonder goedkeuring van de gemeente.', ID)).toBe('aanwezig');
    expect(verdict('De gemeente bepaalt welke hulpverlener het gezin krijgt.', ID)).toBe('ontbreekt');
  });
  it('first looking at ordinary life before a diagnosis is not labelling too soon', () => {
    expect(verdict('Voordat er een diagnose komt, kijkt de hulpverlener eerst met jou wat thuis en op school kan helpen.', 'vertrouwen.niet-te-snel-labelen')).toBe('aanwezig');
  });
  it('a helper who speaks your language or knows where you come from is a match', () => {
    expect(verdict('Wil je liever een begeleider die Pools spreekt of snapt waar je vandaan komt? Zeg het, dan houden we daar rekening mee.', 'kwaliteit.match')).toBe('aanwezig');
  });
  it('parents who know best what goes on at home: trust as the basis', () => {
    expect(verdict('Wij gaan ervan uit dat ouders het meest weten van hun eigen kind.', 'vertrouwen.basis')).toBe('aanwezig');
  });
  it('pay, a supporter and feedback for those who take part are agreements with experience experts', () => {
    expect(verdict('Wie meedenkt, krijgt een vergoeding en een vaste begeleider en hoort achteraf wat er met de inbreng is gedaan.', 'expert.afspraken-ervaringsdeskundigen')).toBe('aanwezig');
  });
  it('evenings with families as long as the vision runs keep the conversation going', () => {
    expect(verdict('Zolang de regiovisie loopt, organiseren we twee keer per jaar een avond met ouders en jongeren.', 'expert.in-gesprek-blijven')).toBe('aanwezig');
  });
  it('a parent with a vote in a committee is involvement in policy; the board of a sports club is not', () => {
    const ID = 'expert.betrokken-bij-beleid';
    expect(verdict('In elke beoordelingscommissie voor de inkoop zit een ouder met stemrecht.', ID)).toBe('aanwezig');
    expect(verdict('Twee jongeren zijn lid van de stuurgroep jeugd.', ID)).toBe('aanwezig');
    expect(verdict('De ouders van de leden van de voetbalclub zitten in het bestuur.', ID)).toBe('ontbreekt');
  });
  it('"aan tafel" is sitting together, not kitchen tables', () => {
    const ID = 'passend.afstemming';
    expect(verdict('We spreken met huisartsen en met ouders aan keukentafels over de hulp.', ID)).not.toBe('aanwezig');
    expect(verdict('School, wijkteam en ouders zitten bij elk kind met zorgen samen aan tafel.', ID)).toBe('aanwezig');
  });
  it('"In dit hoofdstuk leest u hoe …" points ahead; it promises nothing itself', () => {
    expect(judge('In dit hoofdstuk leest u hoe we de hulp tussentijds bijstellen als die niet meer past.', 'kwaliteit.bijsturen')).toMatchObject({ verdict: 'deels', basis: 'statement' });
  });
  it('items still to be worked out under a lead-in are placeholders; what was worked out is not', () => {
    const ID = 'kwaliteit.bijsturen';
    const open = 'In de eerste agenda worden in elk geval de volgende onderwerpen voor de hulp uitgewerkt:\n\n- hoe vaak met het gezin wordt nagegaan of de hulp nog past;\n- de overdracht naar hulp voor volwassenen.';
    expect(judge(open, ID)).toMatchObject({ verdict: 'deels', basis: 'placeholder' });
    expect(verdict('De afspraken over de hulp zijn in 2024 uitgewerkt: elk halfjaar bekijken we met het gezin of de hulp nog past.', ID)).toBe('aanwezig');
  });
  it('a habit of professionals stays an arrangement, even with past verbs in the questions they ask', () => {
    const ID = 'kwaliteit.samen-leren';
    expect(verdict('Vier keer per jaar bespreken medewerkers van de wijkteams en aanbieders samen een afgerond traject: wat ging goed, wat kon beter?', ID)).toBe('aanwezig');
    expect(verdict('Medewerkers van de wijkteams en aanbieders bespraken samen een afgerond traject: wat ging goed, wat kon beter?', ID)).not.toBe('aanwezig');
  });
});

describe('kinds of passage the judge misread (found with a bank of our own sentences)', () => {
  it('a table row has capitals at its cell starts: it is no contents line', () => {
    expect(judge('Verplichte formulieren per gezin halveren | Werkgroep Inkoop en Contracten | Eind 2026', 'vertrouwen.minder-administratie')).toMatchObject({ verdict: 'aanwezig', basis: 'action-row' });
    // a row of figures still reads as figures, not as evidence of an arrangement
    expect(verdict('Gezinnen langer dan 10 weken wachtend op hulp | 52 | 41', 'kwaliteit.contact-bij-wachttijd')).not.toBe('aanwezig');
  });
  it('a sentence of names with "bestaat uit" and a full stop is a sentence', () => {
    expect(judge('De jeugdregio Noorderveld bestaat uit de gemeenten Aldum, Bekeveen, Croonstad, Drielanden en Ter Marse.', 'passend.regio-afbakening')).toMatchObject({ verdict: 'aanwezig' });
  });
  it('an open point only in a concession ("ook als … nog niet") leaves the arrangement standing', () => {
    const ID = 'passend.doorbraak';
    expect(verdict('Het doorbraakteam mag bij vastgelopen situaties meteen hulp inzetten, ook als de betaling nog niet geregeld is.', ID)).toBe('aanwezig');
    expect(judge('Het is nog niet duidelijk wie bij vastgelopen situaties beslist, ook als het doorbraakteam er is.', ID).verdict).toBe('deels');
  });
  it('an open point in a clause of time put in front ("Zolang … nog niet …,") leaves the main clause arranging', () => {
    const ID = 'kwaliteit.contact-bij-wachttijd';
    expect(verdict('Zolang de hulp nog niet begonnen is, belt de consulent het wachtende gezin elke twee weken.', ID)).toBe('aanwezig');
    expect(verdict('Zolang de hulp loopt, is nog niet duidelijk wie het wachtende gezin belt.', ID)).not.toBe('aanwezig');
  });
  it('a shortfall described ("vaak niet", "De huidige … is versnipperd: …") is a problem, not a plan', () => {
    expect(judge('Jongeren in een instelling kennen hun rechten vaak niet, en in de regio houdt niemand bij of die rechten worden nageleefd.', 'kwaliteit.kinderrechten')).toMatchObject({ verdict: 'deels', basis: 'problem' });
    expect(verdict('We zorgen ervoor dat jongeren in een instelling hun rechten kennen; de regio houdt elk jaar bij of die worden nageleefd.', 'kwaliteit.kinderrechten')).toBe('aanwezig');
    expect(judge('De huidige samenwerking is versnipperd: voor ambulante hulp werken we met vier gemeenten, voor verblijf met zeven.', 'passend.regio-afbakening')).toMatchObject({ verdict: 'deels', basis: 'problem' });
    expect(verdict('De samenwerking is versnipperd; daarom werken de zes gemeenten vanaf 2026 voor alle jeugdhulp samen in één regio.', 'passend.regio-afbakening')).toBe('aanwezig');
  });
  it('a numbered plan line with a title and then a sentence is read as the sentence, not as a list', () => {
    const r = judge('Afspraak 3 – Gelijk aan tafel: gemeenten, aanbieders en ouders werken samen als gelijkwaardige partners, en delen cijfers, kennis en zorgen.', 'vertrouwen.gelijkwaardige-samenwerking');
    expect(r.basis).not.toBe('list');
    expect(r.verdict).toBe('aanwezig');
    // a label with short items stays a list
    expect(judge('Speerpunten 2026: wachttijden, samenwerking met scholen, één contactpersoon', 'passend.wachtlijsten').basis).toBe('list');
  });
  it('what the reader gets in a plain-language text is arranged; what the reader wants is not', () => {
    expect(verdict('Op de Jeugdkaart Noorderveld ziet u per onderwerp welke hulp er is en hoe u die aanvraagt.', 'passend.duidelijk-aanbod')).toBe('aanwezig');
    expect(verdict('Bij het loket hoort u welke hulp er in de regio is en hoe u die krijgt.', 'passend.duidelijk-aanbod')).toBe('aanwezig');
    expect(verdict('Dan wil je niet weer opnieuw achteraan in de rij hoeven aansluiten.', 'kwaliteit.bijsturen')).not.toBe('aanwezig');
  });
  it('the country as subject is national; keeping an option open hedges; "veel ouders weten nu niet" is a shortfall', () => {
    expect(judge('Nederland heeft het VN-Kinderrechtenverdrag ondertekend, dus ook gemeenten zijn aan de rechten van het kind gebonden.', 'kwaliteit.kinderrechten').basis).toBe('national');
    expect(judge('Ervaringsdeskundigen kunnen soms van waarde zijn in de wijkteams; we houden die mogelijkheid open.', 'expert.ervaringsdeskundigheid').verdict).not.toBe('aanwezig');
    expect(judge('Veel ouders weten nu niet waar ze met een klacht over de jeugdhulp terecht kunnen.', 'kwaliteit.klachten-en-signalen')).toMatchObject({ verdict: 'deels', basis: 'problem' });
    expect(verdict('Ouders met een klacht over de jeugdhulp kunnen terecht bij een onafhankelijke klachtencommissie.', 'kwaliteit.klachten-en-signalen')).toBe('aanwezig');
  });
  it('families "die nog niet" helped are those waiting: the arrangement for them stands; "is nog niet geregeld" stays open', () => {
    const ID = 'kwaliteit.contact-bij-wachttijd';
    expect(verdict('Gezinnen die nog niet geholpen zijn, krijgen tijdelijke steun van het wijkteam tot de hulp begint.', ID)).toBe('aanwezig');
    expect(verdict('Voor gezinnen die wachten is nog niet geregeld wie contact houdt.', ID)).not.toBe('aanwezig');
  });
  it('a past verb only in a concession leaves the arrangement standing', () => {
    expect(verdict('Jouw begeleider mag samen met jou kiezen wat werkt, ook als dat niet zo in het plan stond.', 'vertrouwen.ruimte-professionals')).toBe('aanwezig');
  });
  it('a lead that speaks to the reader ("Jij kunt ook aanschuiven:") is a clause, not a label of a list or a glossary entry', () => {
    const ID = 'vertrouwen.gelijkwaardige-samenwerking';
    expect(verdict('Jij kunt ook aanschuiven: aan de regiotafel zitten gemeenten, aanbieders en jongeren, en niemand is daar de baas.', ID)).toBe('aanwezig');
    expect(judge('Partnerschap: een manier van samenwerken waarbij gemeenten en aanbieders gelijkwaardig zijn.', ID).basis).toBe('glossary');
  });
  it('a table row with figures in its action is no contents line; a row ending in a number cell may be', () => {
    expect(verdict('Verplichte velden per declaratie terugbrengen van 40 naar 15 | Inkoopbureau Jeugd | 31 december 2026', 'vertrouwen.minder-administratie')).toBe('aanwezig');
  });
  it('"Jouw mening telt: …" is a clause; "Nu moeten gezinnen …" is how it is now; a habit of the colleges stays one', () => {
    expect(verdict('Jouw mening telt: je hulpverlener vraagt bij de start en daarna elke maand wat jij nodig hebt.', 'kwaliteit.luisteren')).toBe('aanwezig');
    expect(judge('Nu moeten gezinnen die na afsluiting terugvallen opnieuw achteraan in de rij aansluiten.', 'kwaliteit.bijsturen')).toMatchObject({ verdict: 'deels', basis: 'problem' });
    expect(verdict('De colleges organiseren elk kwartaal een bijeenkomst waar wijkteams en aanbieders samen een casus bespreken: wat ging goed, wat kon beter?', 'kwaliteit.samen-leren')).toBe('aanwezig');
  });
  it('learning from stuck cases in a meeting is learning together, not a breakthrough route', () => {
    expect(verdict('Elk halfjaar bespreken wijkteams en aanbieders in leerbijeenkomsten vastgelopen situaties en welke lessen ze eruit trekken.', 'passend.doorbraak')).not.toBe('aanwezig');
    expect(verdict('Het doorbraakteam pakt vastgelopen situaties binnen vijf werkdagen op en mag zelf hulp inzetten.', 'passend.doorbraak')).toBe('aanwezig');
  });
  it('"Het komt voor dat …" tells what happens: a shortfall', () => {
    expect(judge('Het komt voor dat een jongere maandenlang zonder passende plek zit omdat geen aanbieder hem wil opnemen.', 'passend.doorbraak')).toMatchObject({ verdict: 'deels', basis: 'problem' });
  });
  it('what families asked, found by a habit of ours, is our arrangement, not their wish', () => {
    const ID = 'passend.behoefte-en-schaal';
    expect(verdict('Elk jaar brengen we met cijfers van wijkteams in kaart welke hulp gezinnen vroegen en niet kregen, en passen we de inkoop daarop aan.', ID)).toBe('aanwezig');
  });
  it('parents who want something are its subject, even when the region is named later in the sentence', () => {
    const ID = 'passend.duidelijk-aanbod';
    expect(judge('Ouders willen één loket waar ze zien welke hulp er in de regio is.', ID)).toMatchObject({ verdict: 'deels', basis: 'wish' });
    expect(judge('De regio zorgt voor één loket waar ouders zien welke hulp er is.', ID).verdict).toBe('aanwezig');
  });
  it('what the reform agenda agrees, and a region that only follows a national development, are national', () => {
    expect(judge('In de Hervormingsagenda spreken Rijk, gemeenten en aanbieders af dat zij als gelijkwaardige partners samenwerken.', 'vertrouwen.gelijkwaardige-samenwerking').basis).toBe('national');
    expect(verdict('In lijn met de Hervormingsagenda spreken de gemeenten met aanbieders af dat zij als gelijkwaardige partners samenwerken.', 'vertrouwen.gelijkwaardige-samenwerking')).toBe('aanwezig');
    expect(judge('Landelijk wordt gewerkt aan een kwaliteitskader voor de jeugdhulp; de regio volgt die ontwikkeling.', 'kwaliteit.wie-bepaalt').basis).toBe('national');
  });
  it('a reduction with its figures is a target; the same figures as a trend or in the past are not', () => {
    const ID = 'passend.wachtlijsten';
    expect(verdict('De wachttijd voor jeugd-ggz gaat terug van twaalf naar zes weken.', ID)).toBe('aanwezig');
    expect(verdict('De wachttijd voor jeugd-ggz groeit van twaalf naar zestien weken.', ID)).not.toBe('aanwezig');
    expect(verdict('De wachttijd voor jeugd-ggz ging in 2023 van twaalf naar zestien weken.', ID)).not.toBe('aanwezig');
  });
  it('the Rijk or the reform agenda as the subject is national, whatever municipalities it names', () => {
    expect(judge('Het Rijk geeft gemeenten geld voor jeugdhulp via het gemeentefonds.', 'passend.geld-geoormerkt').basis).toBe('national');
    expect(judge('De Hervormingsagenda Jeugd spreekt over partnerschap tussen gemeenten en aanbieders.', 'vertrouwen.gelijkwaardige-samenwerking').basis).toBe('national');
    // the Rijk beside the region's own municipalities, acting together, is not
    expect(verdict('Het Rijk en de gemeenten in onze regio oormerken samen het geld voor jeugdhulp.', 'passend.geld-geoormerkt')).toBe('aanwezig');
  });
  it('"waar het kan" hedges; "Wij willen: …" wants what follows the colon', () => {
    expect(judge('Waar het kan, vragen we een jongere of een ouder om mee te praten over het beleid.', 'expert.betrokken-bij-beleid')).toMatchObject({ verdict: 'deels', basis: 'hedge' });
    expect(judge('Wij willen: één plek online waar je ziet welke hulp er is.', 'passend.duidelijk-aanbod')).toMatchObject({ verdict: 'deels', basis: 'ambition' });
    // a lead-in "willen we:" before actions still announces them
    expect(verdict('Om dat te bereiken willen we:\n\n- in 2026 één website maken met alle hulp in de regio\n- een folder maken voor huisartsen', 'passend.duidelijk-aanbod')).toBe('aanwezig');
  });
  it('a link still to come in brackets is a placeholder', () => {
    expect(judge('Hier komt een overzicht van alle hulp in de regio en hoe je die aanvraagt [link volgt].', 'passend.duidelijk-aanbod')).toMatchObject({ verdict: 'deels', basis: 'placeholder' });
    expect(verdict('Op de website Jeugdwijzer Noorderveld staat een overzicht van alle hulp in de regio en hoe je die aanvraagt [zie bijlage 2].', 'passend.duidelijk-aanbod')).toBe('aanwezig');
  });
  it('a website named by its name or address is an arrangement; "deze website" is the page itself', () => {
    const ID = 'passend.duidelijk-aanbod';
    expect(verdict('Op de website jeugdhulpnoorderveld.nl staat welke hulp er is en hoe je je aanmeldt.', ID)).toBe('aanwezig');
    expect(verdict('Op de website Jeugdwijzer Noorderveld ziet u per wijk welke hulp er is en hoe u die aanvraagt.', ID)).toBe('aanwezig');
    expect(verdict('Op deze website ziet u welke hulp er is en hoe u die aanvraagt.', ID)).toBe('deels');
  });
});

describe('"kiezen ervoor" decides; it is no choice of the family', () => {
  it('municipalities that "kiezen ervoor" to build on what parents know give parents no choice of provider', () => {
    const ID = 'vertrouwen.keuzevrijheid';
    expect(verdict('De gemeenten kiezen er nadrukkelijk voor om de jeugdhulp in te richten op wat ouders en jongeren zelf weten van hun hulpverlener.', ID)).toBe('ontbreekt');
    expect(verdict('Ouders kiezen zelf bij welke aanbieder hun kind hulp krijgt.', ID)).toBe('aanwezig');
  });
});

describe('the limits of the rules of stop 17 (a second reader’s sentences)', () => {
  it('a figure going up is no target; only a verb of reduction makes one', () => {
    const ID = 'passend.wachtlijsten';
    expect(verdict('De gemiddelde wachttijd gaat van zes naar tien weken.', ID)).not.toBe('aanwezig');
    expect(verdict('Als er niets verandert, gaat de wachttijd van twaalf naar twintig weken.', ID)).not.toBe('aanwezig');
  });
  it('"die … nog niet" names who waits only right after the pronoun; a main clause that is open stays open', () => {
    expect(verdict('Ouders die hulp zoeken weten nog niet waar ze terecht kunnen.', 'passend.duidelijk-aanbod')).not.toBe('aanwezig');
    expect(verdict('Gezinnen die zich aanmelden horen nog niet wie hen in de wachttijd belt.', 'kwaliteit.contact-bij-wachttijd')).not.toBe('aanwezig');
  });
  it('a wish answered by the region in the same sentence stays the region’s plan', () => {
    expect(verdict('Ouders willen één plek waar ze zien welke hulp er is; daarom maakt de regio vanaf 2026 een sociale kaart.', 'passend.duidelijk-aanbod')).toBe('aanwezig');
  });
  it('"nu niet meer" is an improvement, not a shortfall; "nu niet" is', () => {
    expect(verdict('Gezinnen hoeven nu niet meer hun verhaal steeds opnieuw te vertellen, want elk gezin heeft één vaste contactpersoon.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(judge('Ouders weten nu niet waar ze met een klacht over de jeugdhulp terecht kunnen.', 'kwaliteit.klachten-en-signalen').basis).toBe('problem');
  });
  it('"Dan hoeft u niets …" promises; "Dan belt niemand u" complains', () => {
    expect(verdict('Heeft u meerdere hulpverleners? Dan hoeft u niets zelf te regelen: uw vaste contactpersoon doet dat.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(judge('Moet u wachten? Dan belt niemand u.', 'kwaliteit.contact-bij-wachttijd').verdict).not.toBe('aanwezig');
  });
  it('a named website is an arrangement unless it is said to fall short', () => {
    const ID = 'passend.duidelijk-aanbod';
    expect(verdict('Op de website Jeugdwijzer Noorderveld staat per wijk welke hulp er is en hoe die aan te vragen.', ID)).toBe('aanwezig');
    expect(verdict('De website Jeugdwijzer is verouderd; ouders klagen dat ze er niet vinden welke hulp er is.', ID)).not.toBe('aanwezig');
  });
  it('only work still to be done under a lead-in is a placeholder; work done in a contract or plan is not', () => {
    expect(verdict('De wachttijdnorm van zes weken wordt door de regio en aanbieders samen in het contract uitgewerkt.', 'passend.wachtlijsten')).toBe('aanwezig');
  });
  it('the Rijk or the country first, then the region acting after ";" or "daarom": the region’s plan', () => {
    expect(verdict('Nederland is een land waar kinderrechten belangrijk zijn, daarom stellen de gemeenten een kinderrechtentoets in.', 'kwaliteit.kinderrechten')).toBe('aanwezig');
    expect(verdict('De wet geeft gemeenten ruimte; de regio oormerkt het geld voor jeugdhulp vanaf 2026.', 'passend.geld-geoormerkt')).toBe('aanwezig');
  });
  it('the reader who has no idea is a shortfall; a door kept open is welcome, not a hedge; a real link is no placeholder', () => {
    expect(verdict('Je hebt geen idee welke hulp er is of waar je terecht kunt.', 'passend.duidelijk-aanbod')).not.toBe('aanwezig');
    expect(verdict('Het wijkteam houdt de deur open: wie na afloop weer hulp nodig heeft, kan snel terug zonder opnieuw aanmelden.', 'kwaliteit.bijsturen')).toBe('aanwezig');
    expect(judge('Op de sociale kaart ziet u welke hulp er is en waar u terecht kunt ([info en aanmelden]).', 'passend.duidelijk-aanbod').basis).not.toBe('placeholder');
  });
  it('"In deze paragraaf staat hoe …" points ahead', () => {
    expect(judge('In deze paragraaf staat hoe we de hulp elk halfjaar samen met het gezin bijstellen.', 'kwaliteit.bijsturen')).toMatchObject({ verdict: 'deels', basis: 'statement' });
  });
});

describe('a study done every year is a habit; a habit in what is studied is not', () => {
  it('"elk jaar" far after the study verb belongs to what is studied', () => {
    expect(judge('We onderzoeken in 2025 samen met de buurregio welke hulp we beter samen kunnen inkopen, en hoeveel kinderen die hulp elk jaar nodig hebben.', 'passend.behoefte-en-schaal').basis).toBe('study');
    expect(verdict('We bekijken elk halfjaar met het gezin of de hulp nog past.', 'kwaliteit.bijsturen')).toBe('aanwezig');
  });
});

describe('paraphrases too loose, and excludes too wide (a second reader’s sentences)', () => {
  it('ordinary sentences that only share words with a paraphrase carry no item', () => {
    const cases: [string, string][] = [
      ['De gemeenten zetten de komende jaren stappen in de samenwerking met het onderwijs.', 'passend.regio-afbakening'],
      ['Jeugdhulp wordt net als andere taken betaald uit de algemene middelen van de gemeente.', 'passend.geld-geoormerkt'],
      ['Jongeren die meedoen op school krijgen begeleiding; daarover maken we afspraken met het onderwijs.', 'expert.afspraken-ervaringsdeskundigen'],
      ['De hulpverlener blijft in contact met ouders zolang de hulp loopt.', 'expert.in-gesprek-blijven'],
      ['In de werkgroep zitten medewerkers van de gemeenten die veel contact hebben met ouders.', 'expert.betrokken-bij-beleid'],
      ['Bij conflicten tussen ouders en kinderen zoekt het wijkteam samen met de gemeente naar een oplossing.', 'vertrouwen.gelijkwaardige-samenwerking'],
      ['Met ouders bespreken we waaraan de jeugdhulp voor hun kind moet bijdragen.', 'kwaliteit.wie-bepaalt'],
      ['De hulpverlener krijgt samen met het gezin een goed beeld van wat nodig is.', 'passend.behoefte-en-schaal'],
      ['Het wijkteam bepaalt samen met het gezin welke hulp nodig is.', 'vertrouwen.ruimte-professionals'],
      ['Het oordeel van de rechter is leidend voor ouders in een scheiding.', 'vertrouwen.basis'],
    ];
    for (const [text, id] of cases) expect(verdict(text, id), text).not.toBe('aanwezig');
  });
  it('the item’s own sense is not excluded: a parent who chooses a provider, staff who raise the alarm', () => {
    expect(verdict('Kiest u ervoor om zelf een zorgaanbieder te kiezen, dan kan dat met een persoonsgebonden budget.', 'vertrouwen.keuzevrijheid')).toBe('aanwezig');
    // (staff who go to their own manager stay excluded: that is mostly a grievance route of staff)
    expect(verdict('Medewerkers van aanbieders kunnen signalen over de kwaliteit van de hulp melden bij de gemeente.', 'kwaliteit.klachten-en-signalen')).not.toBe('ontbreekt');
  });
  it('a shortfall is found whatever the case of its words', () => {
    expect(judge('Nu weten ouders niet waar ze met een klacht over de jeugdhulp terecht kunnen.', 'kwaliteit.klachten-en-signalen').basis).toBe('problem');
    expect(judge('Ouders weten vaak NIET waar ze met een klacht over de jeugdhulp terecht kunnen.', 'kwaliteit.klachten-en-signalen').basis).toBe('problem');
  });
});

describe('what a clause inside an arrangement says does not make the passage a problem or a wish', () => {
  it('how many wait, counted and passed on by the region or providers, is an arrangement; not known, or fronted, it is not', () => {
    const id = 'passend.wachtlijsten';
    expect(judge('Elke maand houden de aanbieders bij hoeveel jongeren op de wachtlijst staan en nog niet zijn gestart; die cijfers zetten we op de website.', id).verdict).toBe('aanwezig');
    expect(judge('Aanbieders geven elke maand door hoeveel kinderen op de wachtlijst staan en nog niet geholpen zijn.', id).verdict).toBe('aanwezig');
    expect(judge('Niemand weet hoeveel kinderen op de wachtlijst nog niet geholpen zijn.', id).basis).toBe('problem');
    expect(judge('Hoe lang kinderen op de wachtlijst nog niet geholpen worden, verschilt sterk per aanbieder.', id).verdict).toBe('deels');
    expect(judge('We weten nog niet hoeveel kinderen op de wachtlijst staan.', id).verdict).toBe('deels');
  });
  it('parents or young people speaking at a meeting the region holds are heard there, not reported as a wish', () => {
    const id = 'kwaliteit.ervaringen-ophalen';
    expect(judge('Twee keer per jaar houdt de regio een bijeenkomst waar jongeren vertellen hoe zij de hulp hebben ervaren.', id).verdict).toBe('aanwezig');
    expect(judge('Elk jaar organiseren we een avond waarop ouders vertellen hoe zij de hulp ervaren.', id).verdict).toBe('aanwezig');
    // what they said there, in the past or as their own statement, stays reported
    expect(judge('Jongeren vertellen dat ze hun ervaringen met de hulp nergens kwijt kunnen.', id).verdict).toBe('deels');
    expect(judge('Volgens de regio is er een avond waar ouders vertellen hoe zij de hulp ervaren.', id).verdict).toBe('deels');
  });
  it('a website named by whose it is exists: what the reader finds there is arranged', () => {
    const id = 'passend.duidelijk-aanbod';
    expect(judge('Op de website van het Jeugdloket leest u in eenvoudige woorden welke hulp er in de regio is en hoe u die aanvraagt.', id).verdict).toBe('aanwezig');
    expect(judge('Op de website van uw gemeente ziet u welke hulp er is en hoe u die aanvraagt.', id).verdict).toBe('aanwezig');
    expect(judge('Op de website van de gemeente is niet te vinden welke hulp er is en hoe u die aanvraagt.', id).verdict).not.toBe('aanwezig');
    expect(judge('Op deze website leest u welke hulp er is en hoe u die aanvraagt.', id).verdict).toBe('deels');
  });
});

describe('a short question that opens a paragraph is the topic of the sentence after it', () => {
  it('an item said by the question and its answer together is found in both, as one passage with the answer’s kind', () => {
    const waiting = judge('Moet u lang op hulp wachten? Een vaste medewerker belt u elke twee weken om te horen hoe het gaat.', 'kwaliteit.contact-bij-wachttijd');
    expect(waiting.verdict).toBe('aanwezig');
    expect(waiting.evidence[0]!.quote).toBe('Moet u lang op hulp wachten? Een vaste medewerker belt u elke twee weken om te horen hoe het gaat.');
    expect(judge('Wat vindt u van de voortgang? Twee keer per jaar nodigen we ouders en jongeren uit om met ons terug te kijken.', 'expert.in-gesprek-blijven').verdict).toBe('aanwezig');
  });
  it('not when the answer says too little, the question is a statement with a question in it, or the topic is another one', () => {
    expect(verdict('Moet u lang op hulp wachten? Bel ons.', 'kwaliteit.contact-bij-wachttijd')).toBe('ontbreekt');
    expect(verdict('Wat vindt u van de voortgang: gaat het snel genoeg? Twee keer per jaar nodigen we ouders en jongeren uit om met ons terug te kijken.', 'expert.in-gesprek-blijven')).toBe('ontbreekt');
    expect(verdict('Wat vindt u van de nieuwe sporthal? Twee keer per jaar nodigen we de buurt uit om met ons terug te kijken.', 'expert.in-gesprek-blijven')).toBe('ontbreekt');
    // the question is read once, as a question, for what it names alone
    expect(judge('Hoe lang is de wachtlijst voor jeugdhulp? Een vaste medewerker belt u elke twee weken.', 'passend.wachtlijsten').basis).toBe('question');
  });
});

describe('kinds of passage a helper found misread (own sentences)', () => {
  it('a shortfall described: nobody who does it, people who dare not, lose track or do not know where to go', () => {
    expect(judge('Er is nu niemand die nagaat of de hulp aan een gezin na een half jaar nog past.', 'kwaliteit.bijsturen').basis).toBe('problem');
    expect(judge('Jongeren durven niet aan de bel te trekken als de hulp niet goed gaat.', 'kwaliteit.klachten-en-signalen').basis).toBe('problem');
    expect(judge('Ouders raken het overzicht kwijt als er vijf hulpverleners bij hun gezin betrokken zijn.', 'kwaliteit.een-aanspreekpunt').basis).toBe('problem');
    expect(judge('Ouders weten niet tot wie ze zich kunnen wenden met een klacht over de jeugdhulp.', 'kwaliteit.klachten-en-signalen').basis).toBe('problem');
  });
  it('not when nobody loses track, the not-knowing is only who is helped, or the region answers', () => {
    expect(verdict('Zo raakt geen gezin het overzicht kwijt: er is één contactpersoon die alle hulp regelt.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
    expect(verdict('Ouders die niet weten waar ze met een klacht heen kunnen, bellen het Jeugdloket.', 'kwaliteit.klachten-en-signalen')).toBe('aanwezig');
    expect(verdict('Jongeren durven niet aan de bel te trekken; daarom komt er een vertrouwenspersoon op elke groep.', 'kwaliteit.klachten-en-signalen')).toBe('aanwezig');
  });
  it('what organisations and councils of clients want is their wish, not an arrangement; their role is one', () => {
    expect(judge('Cliëntenorganisaties willen net zo zwaar meebeslissen over het jeugdbeleid als de aanbieders.', 'expert.betrokken-bij-beleid').basis).toBe('wish');
    expect(judge('Leden van de cliëntenraad willen niet alleen gehoord worden, maar ook meebeslissen over de inkoop van jeugdhulp.', 'expert.betrokken-bij-beleid').basis).toBe('wish');
    expect(verdict('De cliëntenraad adviseert het college over het jeugdbeleid en mag meebeslissen over de inkoop.', 'expert.betrokken-bij-beleid')).toBe('aanwezig');
    // also under their own name, and the young people's council like parents
    expect(judge('De Cliëntenraad Jeugd Oostland wil meebeslissen over de inkoop van jeugdhulp.', 'expert.betrokken-bij-beleid').basis).toBe('wish');
    expect(judge('Leden van de jongerenraad vragen om een vaste contactpersoon voor elk gezin.', 'kwaliteit.een-aanspreekpunt').basis).toBe('wish');
  });
  it('"Mogelijk …" first is a hedge', () => {
    expect(judge('Mogelijk helpt het als we op één plek laten zien welke hulp er voor gezinnen is.', 'passend.duidelijk-aanbod').basis).toBe('hedge');
  });
  it('the Inspectie is national: what it expects or does is no arrangement of the region, what the region does with it is', () => {
    expect(judge('De Inspectie verwacht dat gemeenten de kwaliteit van de jeugdhulp regelmatig toetsen.', 'kwaliteit.toetsing').basis).toBe('national');
    expect(judge('De inspectie Gezondheidszorg en Jeugd houdt toezicht op de kwaliteit van de jeugdhulp.', 'kwaliteit.toetsing').verdict).toBe('deels');
    expect(verdict('Calamiteiten meldt de regio altijd bij de inspectie; daarnaast toetst een eigen kwaliteitsteam elk jaar de hulp.', 'kwaliteit.toetsing')).toBe('aanwezig');
  });
  it('a calendar is another sense of room for professionals, the reform agenda is not', () => {
    expect(verdict('Hulpverleners hebben weinig ruimte in hun agenda voor overleg met gezinnen.', 'vertrouwen.ruimte-professionals')).toBe('ontbreekt');
    expect(judge('De Hervormingsagenda Jeugd vraagt gemeenten om hulpverleners meer vrijheid te geven in hun werk met gezinnen.', 'vertrouwen.ruimte-professionals').basis).toBe('national');
  });
});

describe('kinds of passage misread in plain web and youth styles (own sentences)', () => {
  it('a numbered section title with a sub-number is a heading', () => {
    expect(judge('Paragraaf 4.3 Eén aanspreekpunt en één plan voor elk gezin dat hulp krijgt', 'kwaliteit.een-aanspreekpunt').basis).toBe('heading');
    expect(judge('Hoofdstuk 2.1 Eén aanspreekpunt voor elk gezin', 'kwaliteit.een-aanspreekpunt').basis).toBe('heading');
  });
  it('what there is, or a region named, is no definition; a term explained is', () => {
    expect(verdict('Er is een commissie die los van de gemeente en de aanbieders nagaat of de jeugdhulp goed genoeg is.', 'kwaliteit.toetsing')).not.toBe('deels');
    expect(verdict('De regio Oostermark is een samenwerking van vijf gemeenten die samen de jeugdhulp inkopen.', 'passend.regio-afbakening')).toBe('aanwezig');
    expect(judge('Een regiovisie is een plan waarin gemeenten samen beschrijven hoe ze de jeugdhulp regelen.', 'passend.regio-afbakening').verdict).not.toBe('aanwezig');
  });
  it('after a label and a colon, a clause whose subject acts is a sentence, not a definition', () => {
    expect(verdict('Goed nieuws voor ouders: de regio schaft het aanvraagformulier af, zodat u niet meer alles opnieuw hoeft in te vullen.', 'vertrouwen.minder-administratie')).toBe('aanwezig');
    expect(judge('Ervaringsuitwisseling: ouders die elkaar ontmoeten om te praten over hun kind.', 'vertrouwen.ouders-verbinden').basis).toBe('glossary');
  });
  it('"om te vragen" is a purpose, not parents or young people asking', () => {
    expect(verdict('Geen enquête: jongeren bellen andere jongeren om te vragen hoe zij de hulp hebben beleefd.', 'kwaliteit.ervaringen-ophalen')).toBe('aanwezig');
    expect(judge('Jongeren vragen om een vaste hulpverlener die ze kunnen bellen als het misgaat.', 'kwaliteit.een-aanspreekpunt').basis).toBe('wish');
  });
  it('the Rijk after a semicolon does not answer for the region; the region does', () => {
    expect(judge('De Jeugdwet gaat uit van vrije keuze voor ouders; het Rijk wil dat gemeenten daar bij de inkoop rekening mee houden.', 'vertrouwen.keuzevrijheid').basis).toBe('national');
    expect(verdict('Ouders willen zelf hun aanbieder kiezen; daarom maakt de regio een overzicht van alle aanbieders.', 'vertrouwen.keuzevrijheid')).toBe('aanwezig');
  });
  it('"zonder dat iemand …" describes a shortfall; "zonder dat ouders opnieuw …" promises', () => {
    expect(judge('Gezinnen hebben soms met zes verschillende hulpverleners te maken, zonder dat iemand het overzicht houdt.', 'kwaliteit.een-aanspreekpunt').basis).toBe('problem');
  });
  it('what professionals told us is their view, what we tell parents is ours', () => {
    expect(judge('Hulpverleners vertelden ons dat ze meer vrijheid willen om af te wijken van het plan, maar nu vastlopen op vaste producten.', 'vertrouwen.ruimte-professionals').basis).toBe('reported');
    expect(verdict('Daarom vertellen we ouders altijd welke aanbieders zij zelf kunnen kiezen.', 'vertrouwen.keuzevrijheid')).toBe('aanwezig');
  });
});

describe('open questions, two national subjects and one person’s view (own sentences)', () => {
  it('"Of …, bespreken we nog" and "…, is een vraag die nog …" are open; "Welke hulp …, bepalen we samen met het gezin" arranges', () => {
    expect(judge('Of gezinnen straks zelf een aanbieder kunnen kiezen, bespreken we nog met de gemeenteraden.', 'vertrouwen.keuzevrijheid').basis).toBe('study');
    expect(judge('Welke hulp we dichtbij kunnen houden en welke we met buurregio’s regelen, is een vraag die nog openligt.', 'passend.behoefte-en-schaal').basis).toBe('study');
    expect(verdict('Welke specialistische hulp we dichtbij organiseren en welke bovenregionaal, bepalen we samen met de buurregio’s in het regioplan.', 'passend.behoefte-en-schaal')).toBe('aanwezig');
  });
  it('the law and the reform agenda together are national; the Rijk and the municipalities agreeing too', () => {
    expect(judge('De Jeugdwet en de Hervormingsagenda vragen regio’s om vast te leggen welke hulp zij lokaal of regionaal regelen.', 'passend.behoefte-en-schaal').basis).toBe('national');
  });
  it('a councillor or an alderman who thinks or says something gives a view; one who arranges something arranges it', () => {
    expect(judge('Raadslid Anke de Wit (Lokaal Belang) vindt dat kinderen te snel een etiket krijgen.', 'vertrouwen.niet-te-snel-labelen').basis).toBe('reported');
    expect(judge('De wethouder zegt dat kinderen niet te snel een etiket mogen krijgen.', 'vertrouwen.niet-te-snel-labelen').basis).toBe('reported');
    expect(verdict('De wethouder zorgt ervoor dat kinderen niet te snel een etiket krijgen.', 'vertrouwen.niet-te-snel-labelen')).toBe('aanwezig');
  });
});

describe('a report written as a task, and how it went told at the end (own sentences)', () => {
  it('someone who writes a report every year does something; what a report says is reported', () => {
    expect(verdict('Een onafhankelijk bureau bezoekt elk jaar de aanbieders, praat met gezinnen en schrijft er een openbaar rapport over.', 'kwaliteit.toetsing')).toBe('aanwezig');
    expect(judge('Volgens het rapport van een onafhankelijk bureau toetst de regio de kwaliteit van de jeugdhulp te weinig.', 'kwaliteit.toetsing').verdict).toBe('deels');
  });
  it('a past verb only in a last clause of how it went leaves a present arrangement standing; a past main verb does not', () => {
    expect(verdict('Je hulpverleners zitten regelmatig met elkaar om tafel om te leren van wat goed en fout ging.', 'kwaliteit.samen-leren')).toBe('aanwezig');
    expect(verdict('Hulpverleners zaten vorig jaar met elkaar om tafel om te leren van wat fout ging.', 'kwaliteit.samen-leren')).toBe('deels');
  });
});

describe('an action row counts by what is done, not by who does it or when', () => {
  it('a word only in the owner’s cell is a mention; in the action’s cell it carries the row', () => {
    expect(judge('Actie | Wie | Wanneer\nEen vast overleg voor vastgelopen situaties starten | Centrumgemeente Dalmark | juni 2026', 'passend.regio-afbakening').verdict).toBe('deels');
    expect(judge('Actie | Wie | Wanneer\nDe centrumgemeente koopt namens alle zes gemeenten de hulp in | Centrumgemeente Dalmark | juni 2026', 'passend.regio-afbakening').verdict).toBe('aanwezig');
  });
});

describe('an FAQ answer after "Ja." or "Nee.", and a board that decides (own sentences)', () => {
  it('after a bare yes or no, the next sentence answers the question’s own item', () => {
    const yes = judge('Moet ik voor elke hulp opnieuw formulieren invullen? Nee. U vertelt uw verhaal één keer en wij zorgen dat de juiste mensen het weten.', 'vertrouwen.minder-administratie');
    expect(yes.verdict).toBe('aanwezig');
    expect(yes.evidence[0]!.quote.startsWith('Moet ik voor elke hulp')).toBe(true);
    expect(judge('Moet ik voor elke hulp opnieuw formulieren invullen? Ja. Dat is helaas nog zo.', 'vertrouwen.minder-administratie').verdict).toBe('deels');
    // without the bare answer, the question's own item stays the question's
    expect(judge('Staat u op een wachtlijst? Bel ons dan gerust op het bekende nummer.', 'passend.wachtlijsten').verdict).toBe('deels');
  });
  it('a board of the region that decides something commits the region; one that will decide whether does not yet', () => {
    expect(verdict('Het algemeen bestuur besluit de rijksmiddelen voor jeugd te oormerken en wat overblijft in een reserve voor jeugdhulp te storten.', 'passend.geld-geoormerkt')).toBe('aanwezig');
    expect(verdict('De colleges besluiten het VN-Kinderrechtenverdrag als toetssteen op te nemen in alle contracten voor jeugdhulp.', 'kwaliteit.kinderrechten')).toBe('aanwezig');
    expect(judge('Het algemeen bestuur besluit in 2027 of de middelen voor jeugdhulp worden geoormerkt.', 'passend.geld-geoormerkt').basis).toBe('study');
  });
});

describe('another policy field, with no word of youth care, carries no item (own sentences)', () => {
  it('a football club, a provincial road, water, parking money, a community centre, an events site or the town hall counter', () => {
    const cases: [string, string][] = [
      ['De gemeente gaat een partnerschap aan met de voetbalclub om meer inwoners aan het bewegen te krijgen.', 'vertrouwen.gelijkwaardige-samenwerking'],
      ['Gemeente en provincie werken als gelijkwaardige partners aan de verbreding van de provinciale weg.', 'vertrouwen.gelijkwaardige-samenwerking'],
      ['Een adviesteam van het waterschap helpt gemeenten bij klimaatadaptatie en wateroverlast.', 'passend.doorbraak'],
      ['Een deel van de parkeeropbrengsten is geoormerkt voor het onderhoud van fietspaden.', 'passend.geld-geoormerkt'],
      ['Na de verbouwing start het buurthuis opnieuw met een open dag in september.', 'kwaliteit.bijsturen'],
      ['Klachten over geluid van het evenemententerrein kunt u melden bij de gemeente.', 'kwaliteit.klachten-en-signalen'],
      ['De wachttijd aan de balie van het gemeentehuis is door werken op afspraak bijna nul.', 'passend.wachtlijsten'],
    ];
    for (const [text, id] of cases) expect(verdict(text, id), text).toBe('ontbreekt');
  });
  it('with a word of youth care the field does not rule the item out', () => {
    expect(verdict('In het buurthuis houdt het jeugdteam elke week een spreekuur waar ouders met klachten over de jeugdhulp terechtkunnen.', 'kwaliteit.klachten-en-signalen')).not.toBe('ontbreekt');
  });
});

describe('open points in a youth version, parents who asked us, a region made of municipalities (own sentences)', () => {
  it('under a heading of open points, whatever is said is still open; under a heading of plans it is not', () => {
    expect(judge('Dit weten we nog niet\n\nEr komt een team dat mag ingrijpen als de hulp aan een jongere vastloopt.', 'passend.doorbraak').basis).toBe('study');
    expect(judge('Nog uit te werken\n\nElk gezin krijgt één vaste contactpersoon voor alle hulp.', 'kwaliteit.een-aanspreekpunt').basis).toBe('study');
    expect(verdict('Wat we nog gaan doen\n\nEr komt een team dat mag ingrijpen als de hulp aan een jongere vastloopt.', 'passend.doorbraak')).toBe('aanwezig');
  });
  it('"Of …." as a sentence of its own is open; "Of het nu … of …, …" is not', () => {
    expect(judge('Of er een team komt dat mag ingrijpen als de hulp aan een jongere vastloopt.', 'passend.doorbraak').basis).toBe('study');
    expect(verdict('Of het nu om een baby gaat of om een tiener, elk gezin krijgt één vaste contactpersoon voor alle hulp.', 'kwaliteit.een-aanspreekpunt')).toBe('aanwezig');
  });
  it('parents who have asked us something voice a wish', () => {
    expect(judge('Ouders hebben ons gevraagd om vaker ervaringsdeskundigen in te zetten bij de jeugdhulp.', 'expert.ervaringsdeskundigheid').basis).toBe('wish');
  });
  it('"X bestaat uit vijf gemeenten: A, B, …" says what the region is, not a list of topics', () => {
    expect(verdict('Kustveld bestaat uit vijf gemeenten: Aarveen, Bosdal, Duinkerk, Helmond aan Zee en Oostrand.', 'passend.regio-afbakening')).toBe('aanwezig');
  });
});

describe('a second reader’s sentences on this stop’s passage kinds (each failed before its mend)', () => {
  itemVerdictCases([
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Het gezin besluit na afloop of het een andere jeugdhulpaanbieder kiest.', 'a family that decides is no board that will decide'],
    ['deels', 'passend.geld-geoormerkt', 'De raad beslist later of de regio het geld voor jeugdhulp oormerkt.', '"beslist … of" is reached by its cheap test'],
    ['deels', 'passend.geld-geoormerkt', 'In 2027 besluit het algemeen bestuur of de regio het geld voor jeugdhulp oormerkt.', 'the board after its verb'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'De wethouder stelt het budget voor de vertrouwenspersoon elk jaar beschikbaar.', '"stelt … beschikbaar" is no view'],
    ['aanwezig', 'vertrouwen.minder-administratie', 'Hulpverleners vertelden ons dat zij te veel tijd kwijt zijn aan formulieren, dus schrappen we vanaf 2026 de helft van de formulieren.', 'what they told us, then what we do'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Jongeren kunnen anoniem een klacht indienen bij de vertrouwenspersoon, zonder dat iemand van de instelling dat te weten komt.', '"zonder dat iemand … te weten komt" protects, no shortfall'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Jongeren die 18 worden, raken hun vaste hulpverlener niet kwijt.', '"niet kwijt" is a promise'],
    ['deels', 'passend.wachtlijsten', 'Gemeenten delen niet met elkaar hoeveel jongeren op de wachtlijst nog niet geholpen zijn.', 'a count not shared is a shortfall'],
    ['deels', 'passend.wachtlijsten', 'Ouders zien nergens hoe lang hun kind op de wachtlijst nog niet geholpen is.', 'a count shown nowhere is a shortfall'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'De Kinderombudsman stelt in zijn rapport dat elk kind een vaste contactpersoon moet hebben.', 'what a report says, not a report written'],
    ['aanwezig', 'kwaliteit.toetsing', 'De inspectie van de groepen gebeurt elk jaar door de gemeenten zelf, samen met ouders en jongeren.', 'an inspection is not the Inspectie'],
    ['aanwezig', 'kwaliteit.leefomgeving', 'Of een kind thuis kan blijven wonen, bepalen we altijd samen met het gezin.', 'a decision always taken with the family is a habit, not a study'],
    ['deels', 'kwaliteit.klachten-en-signalen', 'Vertrouwenspersoon: medewerkers buiten de instelling bij wie jongeren een klacht kunnen melden.', '"buiten" is a preposition, not a verb: a definition'],
    ['aanwezig', 'kwaliteit.samen-leren', 'Hulpverleners van verschillende aanbieders zitten na elke casus met elkaar om tafel om te leren van wat goed en fout was gegaan.', '"was gegaan" reaches the last-clause test'],
    ['aanwezig', 'passend.regio-afbakening', 'De jeugdregio is een samenwerking van acht gemeenten die samen de specialistische jeugdhulp inkopen.', 'a region without its name is no definition either'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Kan ik zelf een andere zorgaanbieder kiezen? Nee. Het jeugdteam bepaalt samen met de gemeente welke aanbieder de hulp geeft.', '"Nee." to a question about a right denies it'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Kan ik zelf een andere zorgaanbieder kiezen? Helaas. Het jeugdteam bepaalt samen met de gemeente welke aanbieder de hulp geeft.', '"Helaas." is no yes'],
    ['aanwezig', 'passend.wachtlijsten', 'Actie | Resultaat | Trekker | Gereed\nOverbruggingszorg voor iedereen | Wachtende gezinnen bellen | Jeugdteam | 2026', 'a second cell that says what is done is no owner cell'],
  ]);
});

describe('a chapter that holds, a rule followed, a council that advises (own sentences, found on set-k)', () => {
  itemVerdictCases([
    ['aanwezig', 'passend.wachtlijsten', 'In 2027 hebben we de wachttijd voor specialistische hulp gehalveerd.', 'a result we will have reached is a goal'],
    ['deels', 'kwaliteit.wie-bepaalt', 'Hoofdstuk 4 bevat de eisen die wij aan aanbieders stellen over de kwaliteit van de jeugdhulp.', 'a chapter that holds something points ahead'],
    ['deels', 'vertrouwen.minder-administratie', 'Volgens de aanbieders is de administratieve last nog steeds te hoog.', 'according to someone is reported'],
    ['deels', 'expert.ervaringsdeskundigheid', 'De Cliëntenraad Jeugd Lindeveld adviseert om ervaringsdeskundigen in te zetten bij de toegang.', 'a client council that advises to do something voices a wish'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'De cliëntenraad adviseert het college over het jeugdbeleid en mag meebeslissen over de inkoop.', 'one that advises about the policy has a role'],
    ['ontbreekt', 'vertrouwen.basis', 'De gemeenteraden hebben er vertrouwen in dat de begroting voor jeugdhulp de komende jaren sluitend blijft.', 'confidence in a budget is another sense'],
    ['aanwezig', 'vertrouwen.basis', 'Wij hebben vertrouwen in wat ouders en hulpverleners zelf weten en kunnen.', 'trust in parents and professionals is the item'],
  ]);
  it('delivering a report in line with a format is a task, not what a report says', () => {
    expect(judge('Aanbieders leveren één keer per jaar een korte rapportage aan volgens het regionale format.', 'vertrouwen.minder-administratie').basis).not.toBe('reported');
  });
});

describe('a second reader’s sentences on the last rules (each failed before its mend)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.contact-bij-wachttijd', 'In 2027 hebben we elk gezin dat op de wachtlijst stond gebeld en overbruggingszorg aangeboden, zoals besproken met de aanbieders.', 'a goal stays a goal whatever participle stands after "zoals"'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'De cliëntenraad adviseert het algemeen bestuur gevraagd en ongevraagd bij elk besluit over de jeugdhulp.', 'a council that advises, with no "om" or "dat", has a role'],
    ['aanwezig', 'passend.wachtlijsten', 'Aanbieders leveren elk kwartaal een rapportage over de wachttijden aan volgens het door de regio vastgestelde format.', '"volgens het … vastgestelde format" is a rule, with more words before it'],
    ['deels', 'passend.wachtlijsten', 'Bijlage 3 geeft een overzicht van de wachttijden per aanbieder.', 'an appendix that gives something points ahead'],
    ['aanwezig', 'vertrouwen.basis', 'Vanuit vertrouwen in professionals geven we hen de ruimte om binnen de begroting zelf te bepalen welke hulp een gezin nodig heeft.', 'a budget named beside trust in professionals does not rule trust out'],
    ['ontbreekt', 'vertrouwen.basis', 'De gemeenteraden hebben er vertrouwen in dat de begrotingen voor jeugdhulp de komende jaren sluitend blijven.', 'confidence that the budgets close is another sense'],
  ]);
});


describe('work left for later, a question put to the colleges (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'passend.wachtlijsten', 'Hoe hoog de norm voor de wachttijd wordt en wie hem bewaakt: dat zoeken we met de aanbieders uit.', '"dat zoeken we … uit" after a colon leaves it for later'],
    ['deels', 'kwaliteit.klachten-en-signalen', 'Wat er gebeurt als je niet tevreden bent over je hulp, is nu nog niet goed geregeld. Dit werken we volgend jaar uit met de vertrouwenspersonen en de jongerenraad.', '"Dit werken we volgend jaar uit" arranges nothing yet'],
    ['deels', 'passend.geld-geoormerkt', 'Of we het geld voor jeugdhulp apart zetten in de begroting, leggen we in 2026 voor aan de colleges.', 'a question put to the colleges is still open'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Bij wie kun je terecht als je een klacht hebt over je hulp? Dat regelen we met een vertrouwenspersoon die je altijd mag appen.', '"Dat regelen we" answers it'],
    ['aanwezig', 'passend.wachtlijsten', 'We werken een plan tegen de wachttijd uit en voeren het in 2026 in.', 'the work itself is promised'],
    ['aanwezig', 'passend.wachtlijsten', 'Dat de wachttijd omlaag moet, werken we uit in vaste afspraken met elke aanbieder.', '"Dat de …, werken we uit in" is no "dat" that points back'],
    ['aanwezig', 'passend.wachtlijsten', 'Of een gezin op de wachtlijst komt, leggen we altijd uit in een brief aan de ouders.', '"leggen … uit" is no putting before the colleges'],
  ]);
});

describe('what providers or professionals asked for (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'vertrouwen.ruimte-professionals', 'Aanbieders hebben in de gesprekken gevraagd om meer regelruimte voor hun hulpverleners.', 'what they have asked for is their wish'],
    ['deels', 'vertrouwen.minder-administratie', 'Professionals vroegen om minder formulieren en minder verantwoording.', '"vroegen om" too'],
    ['deels', 'vertrouwen.minder-administratie', 'Hulpverleners hebben ons gevraagd om minder formulieren.', '"ons" is whom they asked'],
    ['aanwezig', 'vertrouwen.minder-administratie', 'Hulpverleners vroegen ons om minder formulieren, dus schrappen we de helft van de formulieren.', 'what we do about it is ours again'],
    ['aanwezig', 'vertrouwen.ruimte-professionals', 'Hulpverleners hebben de ruimte om samen met het gezin te bepalen welke hulp nodig is, zonder dat ze toestemming hebben gevraagd om af te wijken.', 'asking far after the subject is no view'],
  ]);
});

describe('whose hope, whose wish, who calls on the region, an answer that points back (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.luisteren', 'In het eerste gesprek vraagt je hulpverlener wat je wilt en waar je op hoopt.', 'what the young person hopes for is no hedge of the region'],
    ['deels', 'passend.wachtlijsten', 'De regio hoopt dat de wachttijd volgend jaar korter wordt.', 'what the region hopes is'],
    ['deels', 'kwaliteit.samen-leren', "Professionals in de wijkteams geven aan dat zij meer tijd willen voor intervisie met collega's.", 'a place after the subject: still their view'],
    ['deels', 'passend.afstemming', 'Scholen in de regio wensen meer samenwerking tussen onderwijs en jeugdhulp.', 'what schools wish'],
    ['deels', 'passend.regio-afbakening', 'Of de gemeente Aarveen in de jeugdregio blijft of gaat samenwerken met de buurregio, is nog onderwerp van overleg.', 'still a subject of talks'],
    ['deels', 'kwaliteit.kinderrechten', 'De Kinderombudsman vraagt gemeenten om kinderrechten een vaste plek in het jeugdbeleid te geven.', 'the Kinderombudsman is national'],
    ['aanwezig', 'kwaliteit.wie-bepaalt', 'Wie bepaalt wat goede hulp is? Dat bepalen wij samen met ouders en jongeren.', '"Dat bepalen wij" answers the question itself'],
    ['aanwezig', 'expert.afspraken-ervaringsdeskundigen', 'Wat verwacht de regio van ervaringsdeskundigen? Dat leggen we vooraf samen vast, met hun rol en hun vergoeding.', '"Dat leggen we vast" too'],
    ['deels', 'kwaliteit.wie-bepaalt', 'Wie bepaalt wat goede hulp is? Dat team bestaat uit drie medewerkers van de gemeente.', '"Dat team" names a thing, not the question'],
  ]);
});

describe('an advisory body that asks, and parents named with where they are (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'vertrouwen.keuzevrijheid', 'Het cliëntenplatform vraagt om gezinnen zelf hun hulpverlener te laten kiezen.', 'a client platform asks'],
    ['deels', 'vertrouwen.keuzevrijheid', 'De adviesraad vraagt de regio om gezinnen zelf hun hulpverlener te laten kiezen.', 'an advisory council asks the region'],
    ['deels', 'vertrouwen.ruimte-professionals', 'Het platform vraagt om meer regelruimte voor professionals.', 'the platform in short, without family words'],
    ['deels', 'kwaliteit.ervaringen-ophalen', 'Het platform adviseert om ervaringen van ouders op te halen in gesprekken in plaats van met vragenlijsten.', 'advice with "om"'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Ouders met meer hulpverleners in huis vragen om één vaste contactpersoon voor het hele gezin.', 'five words between the parents and their asking'],
    ['aanwezig', 'passend.duidelijk-aanbod', 'Het digitale platform geeft ouders een overzicht van alle hulp in de regio.', 'a website that is a platform gives, it does not ask'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'De cliëntenraad adviseert het college gevraagd en ongevraagd over de inkoop van jeugdhulp en mag meebeslissen over de agenda.', 'advising as a role is no wish'],
  ]);
});

describe('what will be worked out, and talks the region will have (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'vertrouwen.basis', 'In 2027 werken we met de aanbieders uit wat werken vanuit vertrouwen in de praktijk betekent.', '"werken we uit wat …" leaves the content open'],
    ['deels', 'passend.afstemming', 'De regio gaat in 2026 in gesprek met de samenwerkingsverbanden passend onderwijs over de aansluiting tussen school en jeugdhulp.', 'going to talk is no arrangement yet'],
    ['deels', 'vertrouwen.minder-administratie', 'We gaan met de aanbieders in gesprek over minder administratie en minder formulieren.', '"we gaan … in gesprek" too'],
    ['aanwezig', 'passend.afstemming', 'We maken in 2026 met de samenwerkingsverbanden passend onderwijs vaste afspraken over de aansluiting tussen school en jeugdhulp.', 'making agreements is'],
    ['aanwezig', 'expert.in-gesprek-blijven', 'We gaan twee keer per jaar in gesprek met jongeren en ouders over hoe de hulp gaat.', 'talks as a habit are an arrangement'],
    ['aanwezig', 'kwaliteit.luisteren', 'De consulent gaat met het gezin in gesprek over wat het gezin zelf nodig vindt.', 'a talk with the family is the help itself'],
  ]);
});

describe('a decision after its label is no definition (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'passend.geld-geoormerkt', 'Beslispunt 2: het budget voor jeugdhulp wordt vanaf 2027 apart gezet in de begroting en mag niet aan andere taken worden besteed.', '"Beslispunt 2:" announces a decision'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Besluit: elk gezin met meer hulpverleners krijgt vanaf 2026 één vaste contactpersoon.', '"Besluit:" too'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Casusregie: het bewaken van de samenhang in de hulp aan een gezin door één vaste professional.', 'a term and its meaning stay a definition'],
  ]);
});

describe('FAQ answers: a yes that goes on, a short yes, a fragment the question completes (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Kan ik zelf kiezen wie mijn kind helpt? Ja, dat kan.', '"Ja, dat kan." answers "Kan ik …?"'],
    ['aanwezig', 'kwaliteit.match', 'Mag ik een andere hulpverlener vragen als het niet klikt? Dat mag altijd.', '"Dat mag altijd." is a yes ("niet" in a clause is no burden)'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Waar kan ik terecht met een klacht? Bij de onafhankelijke vertrouwenspersoon. Die helpt u gratis.', 'a fragment that the question completes'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Wie houdt het overzicht over alle hulp aan ons gezin? Uw vaste gezinscoach.', '"Uw vaste gezinscoach." answers who'],
    ['aanwezig', 'vertrouwen.minder-administratie', 'Moet ik steeds opnieuw formulieren invullen? Nee, u vult één keer een formulier in.', '"Nee," to a burden is good news'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Wie houdt het overzicht over alle hulp aan ons gezin? Bij ons is dat vaak niemand.', 'a sentence with a verb and "niemand" is no fragment'],
    ['deels', 'passend.wachtlijsten', 'Is er een wachtlijst voor jeugdhulp? Ja, dat kan gebeuren bij drukte.', 'a yes to whether a waiting list exists confirms it'],
    ['deels', 'passend.wachtlijsten', 'Moet ik lang wachten op jeugdhulp? Ja. Gemiddeld duurt het zes weken voordat de hulp begint.', 'a bare yes to a burden confirms it'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Kan ik zelf een andere hulpverlener kiezen? Nee, dat bepaalt het wijkteam.', 'a no to a right denies it'],
  ]);
});

describe('"betekent voor" says what something means for someone, it defines nothing (own sentences)', () => {
  it('"wat het besluit betekent voor de rechten van kinderen" is no glossary line', () => {
    const basis = judge('In elk voorstel aan het bestuur staat een paragraaf over wat het besluit betekent voor de rechten van kinderen.', 'kwaliteit.kinderrechten').basis;
    expect(basis).toBeDefined();
    expect(basis).not.toBe('glossary');
  });
  it('a term that "betekent" a meaning still is', () => {
    expect(judge('Casusregie betekent: één vaste professional houdt het overzicht over alle hulp aan een gezin.', 'kwaliteit.een-aanspreekpunt').basis).toBe('glossary');
  });
});

describe('a second reader’s sentences on round 19’s passage kinds and FAQ answers (each failed before its mend)', () => {
  itemVerdictCases([
    ['deels', 'vertrouwen.keuzevrijheid', 'Kan ik zelf een aanbieder kiezen? Dat doen we niet.', 'a no is no yes'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Kan ik zelf een aanbieder kiezen? Dat bepaalt de aanbieder.', 'pointing back to "Kan ik …?" may say anything'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Krijg ik één vast aanspreekpunt voor het hele gezin? Dat is de bedoeling.', 'an intention answers nothing'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Mag ik zelf mijn hulpverlener kiezen? Dat mag ook niet.', '"Dat mag ook niet" is a no'],
    ['deels', 'passend.wachtlijsten', 'Hoe lang is de wachttijd voor specialistische hulp? Bij de meeste aanbieders zes maanden.', 'how it mostly is, no norm'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Mag ik een andere hulpverlener kiezen als het niet klikt? Ja. U kiest dan samen met de consulent een nieuwe.', 'a bare yes: "niet" in a clause is no burden'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Na elke aanmelding gaan we eerst met het gezin in gesprek en krijgt het gezin één vaste contactpersoon.', 'a talk with the family before it, and a promise beside it'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Binnen vijf werkdagen gaan wij met u in gesprek over uw vraag en krijgt u een vaste contactpersoon.', 'a talk on a deadline, with "u"'],
    ['aanwezig', 'passend.wachtlijsten', 'Als een aanbieder de wachttijdnorm van zes weken niet haalt, gaan we met die aanbieder in gesprek over verbetermaatregelen.', 'a talk that follows a trigger is a rule'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'Het jongerenplatform geeft elk jaar advies over de regiovisie.', 'a body that gives advice has a role'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'Het platform vraagt jongeren elk kwartaal om mee te praten over het jeugdbeleid van de regio.', 'a body that asks young people along'],
    ['deels', 'algemeen.vraaggericht', 'Het platform vraagt de hulp te organiseren vanuit wat gezinnen nodig hebben.', 'a body that asks for something to be done'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Sinds dit jaar werken we met keuzehulp: ouders kiezen zelf uit welke aanbieder zij hulp krijgen.', '"werken we met …: … kiezen uit welke" is no work left for later'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'Aanbieders die dat wensen, kunnen vanaf 2025 een ervaringsdeskundige inzetten die de regio betaalt.', '"die dat wensen" is a condition'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Consulenten van de gemeente geven aan ouders altijd een overzicht van de aanbieders waaruit zij kunnen kiezen.', '"geven aan ouders" gives to them'],
    ['aanwezig', 'kwaliteit.leefomgeving', 'Of de hulp thuis of op school plaatsvindt, is in overleg met de ouders te bepalen.', 'decided with the parents is shared decision, not an open question'],
  ]);
});

describe('a field where children and parents are named anyway: only a word of care itself makes it youth care (own sentences)', () => {
  itemVerdictCases([
    ['ontbreekt', 'kwaliteit.klachten-en-signalen', 'Elke sportclub heeft een vertrouwenscontactpersoon bij wie kinderen en ouders terechtkunnen met klachten.', 'a sports club’s complaints officer'],
    ['ontbreekt', 'vertrouwen.ouders-verbinden', 'Ouders van de voetbalclub ontmoeten elkaar elke maand in de kantine en helpen elkaar met het vervoer.', 'parents of a football club meeting'],
    ['ontbreekt', 'passend.geld-geoormerkt', 'Het geld voor de regeling is geoormerkt: het mag alleen naar sport en zwemles voor kinderen.', 'money earmarked for sports'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Op elke sportclub kunnen kinderen bij een vertrouwenspersoon van de jeugdhulp terecht met klachten over hun hulpverlener.', 'complaints about care, at the club, are youth care'],
    ['aanwezig', 'vertrouwen.ouders-verbinden', 'Ouders van kinderen in de jeugdhulp ontmoeten elkaar elke maand in een oudergroep van het wijkteam.', 'parents of children in youth care meeting'],
  ]);
});

describe('a waiting list of something popular, a breakthrough as a moment (own sentences)', () => {
  itemVerdictCases([
    ['ontbreekt', 'passend.wachtlijsten', 'De ouderavond was zo druk bezocht dat er zelfs een wachtlijst was.', '"zelfs een wachtlijst": something popular'],
    ['ontbreekt', 'passend.wachtlijsten', 'Er is een wachtlijst voor nieuwe leden van het ouderpanel.', 'a waiting list of members'],
    ['aanwezig', 'passend.wachtlijsten', 'We brengen de wachtlijst voor specialistische jeugdhulp binnen twee jaar terug tot hoogstens zes weken.', 'the waiting list for care'],
    ['ontbreekt', 'passend.doorbraak', 'De doorbraak kwam toen de wethouders samen een nieuw plan maakten.', 'a breakthrough as a moment'],
    ['aanwezig', 'passend.doorbraak', 'Een regionaal doorbraakteam zorgt dat vastgelopen hulp binnen een week weer op gang komt.', 'a team that breaks through'],
  ]);
});

describe('a second reader’s sentences on the mends of this stop (each failed before its mend)', () => {
  it('a proposal of someone else after its label is no decision of the region', () => {
    const result = judge('Voorstel van de jongerenraad: één vaste contactpersoon voor elk gezin.', 'kwaliteit.een-aanspreekpunt');
    expect(result.verdict).toBe('deels');
    expect(result.basis).toBe('glossary');
  });
  itemVerdictCases([
    ['ontbreekt', 'kwaliteit.klachten-en-signalen', 'De jeugdtrainers van de voetbalclub hebben een vertrouwenscontactpersoon bij wie kinderen en ouders terechtkunnen met klachten.', 'a youth trainer is no word of care'],
    ['deels', 'kwaliteit.wie-bepaalt', 'Wie bepaalt wat goede hulp is? Dat is de grote vraag voor de komende jaren.', '"Dat is de …" says what it is, not who does it'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Is er één vast aanspreekpunt voor ons gezin? Ja, dat regelt het wijkteam voor u.', 'a yes to whether something is there confirms it, with or without a comma'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Is er één vast aanspreekpunt voor ons gezin? Ja. Dat regelt het wijkteam voor u.', 'the bare yes follows the same rule'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Kan ik zelf kiezen bij welke aanbieder mijn kind hulp krijgt? Ja, dat staat in uw plan.', '"plan" in a yes is no intention'],
    ['deels', 'vertrouwen.ruimte-professionals', 'De jongerenadviesraad vraagt om meer regelruimte voor professionals.', 'a youth advisory council asks'],
    ['aanwezig', 'kwaliteit.leefomgeving', 'Of de hulp thuis plaatsvindt, leggen we altijd eerst aan de ouders voor.', '"leggen … altijd … voor" to the parents is how we work'],
    ['aanwezig', 'passend.wachtlijsten', 'Als een aanbieder de wachttijdnorm van zes weken niet haalt, gaan we met die aanbieder in gesprek over verbetermaatregelen.', 'a talk after "als" at the start of a clause is a rule'],
    ['deels', 'passend.wachtlijsten', 'We gaan als regio in gesprek met de zorgverzekeraar over de wachttijden in de jeugd-ggz.', '"als regio" is no trigger'],
  ]);
});

describe('the first tests of a passage kind hold wherever its pattern does (own sentence)', () => {
  itemVerdictCases([
    ['deels', 'passend.afstemming', 'WE GAAN IN 2026 IN GESPREK MET DE SAMENWERKINGSVERBANDEN PASSEND ONDERWIJS OVER DE AANSLUITING TUSSEN SCHOOL EN JEUGDHULP.', 'an intention to talk in capitals is one too'],
  ]);
});

describe('what the region only wants, looks into, wonders about or has still to agree, and what its advisers think (stop 20)', () => {
  it('says which kind of passage it is (the verdict alone was deels before too for some)', () => {
    expect(judgePassage('De werkgroep verkent hoe ouders van kinderen met een beperking elkaar kunnen steunen.', 'vertrouwen.ouders-verbinden').basis).toBe('study');
    expect(judgePassage('De jongerenraad vond dat de school en het jeugdteam te weinig met elkaar overleggen.', 'passend.afstemming').basis).toBe('wish');
    // others who wonder say what they miss: their wish, not the region's study
    expect(judgePassage('Jongeren vragen zich af of hun klacht over de jeugdhulp serieus wordt genomen.', 'kwaliteit.klachten-en-signalen').basis).toBe('wish');
    // a step of a procedure is no open point
    expect(judgePassage('Na de aanmelding moet nog worden bepaald welke aanbieder de hulp geeft; dat doet het jeugdteam binnen twee weken.', 'passend.duidelijk-aanbod').basis).not.toBe('study');
  });
  itemVerdictCases([
    // a number word that only counts the region's members makes nothing concrete
    ['deels', 'passend.afstemming', 'De vier gemeenten willen de samenwerking met de scholen en de huisartsen verbeteren.', '"de vier gemeenten" counts the members: still only a want'],
    ['aanwezig', 'passend.afstemming', 'De vier gemeenten willen binnen twee jaar de samenwerking met de scholen verbeteren.', 'a term of two years makes the want concrete'],
    ['aanwezig', 'passend.afstemming', 'De vier gemeenten willen de samenwerking met de scholen verbeteren door elke maand samen een zorgoverleg te houden.', 'the means make it concrete'],
    // the region's own bodies look into something
    ['deels', 'vertrouwen.ouders-verbinden', 'Het projectbureau onderzoekt in 2027 of pleegouders uit de dorpen elkaar op een vaste avond kunnen ontmoeten.', 'a project bureau looks into it'],
    ['deels', 'vertrouwen.ouders-verbinden', 'De werkgroep verkent hoe ouders van kinderen met een beperking elkaar kunnen steunen.', 'a working group explores how'],
    ['deels', 'passend.afstemming', 'De 4 gemeenten willen de samenwerking tussen school en jeugdhulp verbeteren.', 'a member count in digits'],
    ['deels', 'passend.afstemming', 'De drie gemeenten en vijf aanbieders willen de samenwerking tussen school en jeugdhulp verbeteren.', 'two counts of who takes part'],
    ['aanwezig', 'passend.afstemming', 'De gemeenten willen binnen 2 jaar de samenwerking tussen school en jeugdhulp verbeteren.', 'a term in digits is concrete'],
    ['aanwezig', 'vertrouwen.ouders-verbinden', 'Het projectbureau organiseert vanaf 2027 elke maand een avond waarop pleegouders elkaar ontmoeten.', 'the same bureau arranging it'],
    // wondering is no answer
    ['deels', 'kwaliteit.hele-gezin', 'We vragen ons af hoe we broers en zussen beter bij de hulp aan het gezin kunnen betrekken.', 'we wonder how'],
    ['deels', 'kwaliteit.hele-gezin', 'WE VRAGEN ONS AF HOE WE BROERS EN ZUSSEN BETER BIJ DE HULP AAN HET GEZIN BETREKKEN.', 'we wonder how, in capitals'],
    ['deels', 'kwaliteit.hele-gezin', 'We vragen ons af: hoe betrekken we broers en zussen bij de hulp aan het gezin?', 'we wonder, with a colon'],
    ['deels', 'kwaliteit.hele-gezin', 'Hoe we broers en zussen bij de hulp aan het gezin betrekken, vragen we ons nog af.', 'we wonder, fronted'],
    ['aanwezig', 'kwaliteit.hele-gezin', 'We betrekken broers en zussen bij de hulp aan het gezin: zij praten mee in het eerste gesprek.', 'the same, decided'],
    // still to agree
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'Over de taken en de vergoeding van ervaringsdeskundigen moeten nog nadere afspraken worden gemaakt.', 'agreements still to be made'],
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'Welke vergoeding ervaringsdeskundigen krijgen, moet nog worden besloten.', 'still to be decided'],
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'ER MOETEN NOG AFSPRAKEN WORDEN GEMAAKT OVER DE VERGOEDING VAN ERVARINGSDESKUNDIGEN.', 'still to agree, in capitals'],
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'Daarover moeten we nog afspraken maken met de ervaringsdeskundigen.', 'we must still agree'],
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'De afspraken over de vergoeding van ervaringsdeskundigen moeten nog worden gemaakt.', 'the agreements are still to be made'],
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'Nog moeten er afspraken worden gemaakt over de vergoeding van ervaringsdeskundigen.', '"nog" first'],
    ['aanwezig', 'expert.afspraken-ervaringsdeskundigen', 'Ervaringsdeskundigen krijgen 50 euro per bijeenkomst; dit moet nog worden vastgelegd in het contract.', 'agreed, only still to be put on paper'],
    ['aanwezig', 'expert.afspraken-ervaringsdeskundigen', 'Ervaringsdeskundigen krijgen voor elke bijeenkomst een vaste vergoeding van 50 euro; hun taken staan in een taakomschrijving.', 'agreed'],
    // what an advisory body of young people or clients thinks is its view
    ['deels', 'passend.afstemming', 'Het jongerenpanel vindt dat school en jeugdhulp veel beter moeten samenwerken.', 'a youth panel thinks so'],
    ['deels', 'passend.afstemming', 'De jongerenraad vond dat de school en het jeugdteam te weinig met elkaar overleggen.', 'a youth council thought so'],
    ['deels', 'passend.afstemming', 'De cliëntenraad is van mening dat school en jeugdhulp beter moeten samenwerken.', 'a client council is of the opinion'],
    ['aanwezig', 'passend.afstemming', 'Het jongerenpanel en de regio spreken af dat school en jeugdteam elke maand samen overleggen.', 'a panel that agrees with the region arranges it'],
  ]);
});

describe('a short list item that is a sentence of its own says what it says; a list of topics only names them', () => {
  const judgeList = (leadIn: string, item: string, id: string) =>
    analyze(doc(`${REGIO_INTRO}\n${leadIn}\n\n- ${item}\n- Iets anders voor gezinnen\n`), locChecklist).items.find((i) => i.id === id)!;
  it('a plain sentence under a question is the arrangement it states', () => {
    expect(judgeList('Wat verandert er voor u?', 'U hoeft minder formulieren in te vullen.', 'vertrouwen.minder-administratie').verdict).toBe('aanwezig');
    expect(judgeList('Wat verandert er voor u?', 'Hulpverleners komen vaker bij u thuis.', 'kwaliteit.leefomgeving').verdict).toBe('aanwezig');
  });
  it('the same topic without a full stop is a topic in a list', () => {
    const r = judgeList('Wat verandert er voor u?', 'Minder formulieren invullen', 'vertrouwen.minder-administratie');
    expect(r.verdict).toBe('deels');
    expect(r.basis).toBe('list');
  });
  it('under a lead-in, the lead-in decides (what young people said)', () => {
    expect(judgeList('Dit hoorden we van jongeren:', 'Hulpverleners komen vaker bij ons thuis.', 'kwaliteit.leefomgeving').verdict).toBe('deels');
    expect(judgeList('Wat verandert er voor u?', 'Ouders beslissen mee over de inkoop van jeugdhulp.', 'expert.betrokken-bij-beleid').verdict).toBe('aanwezig');
    // a noun phrase with a full stop is a topic
    expect(judgeList('Wat verandert er voor u?', 'Minder formulieren voor ouders en hulpverleners.', 'vertrouwen.minder-administratie').basis).toBe('list');
    // three dots are no full stop
    expect(judgeList('Wat verandert er voor u?', 'U hoeft minder formulieren in te vullen...', 'vertrouwen.minder-administratie').basis).toBe('list');
  });
  it('a sentence that states a problem stays a problem, and one that says nothing stays in the list', () => {
    expect(judgeList('Wat hoorden we?', 'Hulpverleners zijn veel te veel tijd kwijt aan administratie.', 'vertrouwen.minder-administratie').basis).toBe('problem');
    expect(judgeList('Wat verandert er voor u?', 'Het thema is minder formulieren.', 'vertrouwen.minder-administratie').verdict).toBe('deels');
  });
});

describe('gathering experiences goes on: a consultation held once for the plan only mentions it', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.ervaringen-ophalen', 'Voor deze visie spraken we in 2025 met dertig ouders over hun ervaringen met de hulp.', 'talks held once for the plan'],
    ['deels', 'kwaliteit.ervaringen-ophalen', 'Voor deze visie hebben we gesprekken gevoerd met dertig ouders over hun ervaringen met de jeugdhulp.', 'talks held once, perfect tense'],
    ['aanwezig', 'kwaliteit.ervaringen-ophalen', 'Elk jaar voeren we gesprekken met twintig gezinnen over hun ervaringen met de jeugdhulp.', 'talks held every year'],
    // the past only in a clause that says how something went is no past event
    ['aanwezig', 'kwaliteit.ervaringen-ophalen', 'We gaan in gesprek met gezinnen en horen hoe het ging met de hulp van hun jeugdhulpaanbieder.', 'how it went, in a plan to talk'],
    ['deels', 'kwaliteit.ervaringen-ophalen', 'In 2024 spraken we met gezinnen over hoe het ging met de hulp van hun jeugdhulpaanbieder.', 'talked once, in the past'],
  ]);
});

describe('a time to help in a passage about contact while waiting or about a team for stuck cases is no waiting-time norm', () => {
  itemVerdictCases([
    ['deels', 'passend.wachtlijsten', 'Wie op hulp wacht, wordt binnen een week na aanmelding gebeld door het jeugdteam.', 'a call within a week is contact while waiting'],
    ['deels', 'passend.wachtlijsten', 'Het doorbraakteam zet bij vastgelopen hulp binnen vijf werkdagen passende hulp in.', 'five days is the breakthrough team’s time'],
    ['aanwezig', 'passend.doorbraak', 'Het doorbraakteam zet bij vastgelopen hulp binnen vijf werkdagen passende hulp in.', 'the same passage carries the team'],
    ['aanwezig', 'passend.wachtlijsten', 'De wachttijd is nooit langer dan zes weken, en wie wacht wordt elke twee weken gebeld door het jeugdteam.', 'a norm named in its own words stays one'],
    ['aanwezig', 'passend.wachtlijsten', 'Binnen zes weken na aanmelding start de hulp.', 'a time to start help, alone'],
    // restarting help without rejoining the queue is the item of checking whether help still fits
    ['deels', 'passend.wachtlijsten', 'Gaat het binnen een jaar na afloop van de hulp weer mis, dan start de hulp binnen twee weken opnieuw, zonder nieuwe aanmelding en zonder achteraan aan te sluiten.', 'a restart without queueing again'],
    ['aanwezig', 'kwaliteit.bijsturen', 'Gaat het binnen een jaar na afloop van de hulp weer mis, dan start de hulp binnen twee weken opnieuw, zonder nieuwe aanmelding en zonder achteraan aan te sluiten.', 'the restart itself'],
  ]);
});

describe('the checklist’s own words for demand-driven care: the need of families put centre stage', () => {
  itemVerdictCases([
    ['aanwezig', 'algemeen.vraaggericht', 'De behoefte van gezinnen staat centraal bij de inkoop van jeugdhulp.', 'the need of families at the centre of purchasing'],
    ['aanwezig', 'algemeen.vraaggericht', 'We stellen de wensen van ouders en kinderen centraal.', 'the verb split around its object'],
    ['deels', 'algemeen.vraaggericht', 'De centrale toegang meet de behoefte van gezinnen aan jeugdhulp.', '"centrale" of an office is not "centraal"'],
    ['deels', 'algemeen.vraaggericht', 'Het gezin staat centraal.', 'the family at the centre, nothing about its need: a slogan'],
  ]);
});

describe('more of the same phenomena, from a bank written by someone else (own sentences)', () => {
  itemVerdictCases([
    // a year first and a verb in the past tense: what happened, not a plan
    ['deels', 'expert.ervaringsdeskundigheid', 'In 2022 liep er een proef met twee ervaringsdeskundigen in het jeugdteam van Oosterlo.', 'a pilot that ran in a past year'],
    ['deels', 'expert.ervaringsdeskundigheid', 'In 2021 draaide een proef met een ervaringsdeskundige in het wijkteam.', 'a weak verb in the past tense'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'In 2026 start in elk wijkteam een ervaringsdeskundige.', 'a year and a verb in the present: a plan'],
    // asking how it went is gathering experiences; hearing that something is wrong is an observation
    ['aanwezig', 'kwaliteit.ervaringen-ophalen', 'Na afloop hebben we een gesprek met het gezin en horen we hoe het ging.', 'we hear how it went'],
    ['deels', 'kwaliteit.ervaringen-ophalen', 'In de gesprekken horen we dat ouders hun ervaringen met de jeugdhulp niet kwijt kunnen.', 'we hear that something is wrong'],
    // the region's bodies looking into something, and agreements still to make with a subject in between
    ['deels', 'vertrouwen.ouders-verbinden', 'De werkgroep Pleegzorg kijkt of er een besloten groep kan komen waar pleegouders elkaar vinden.', 'a working group looks whether'],
    ['aanwezig', 'kwaliteit.bijsturen', 'We kijken samen met het gezin elk half jaar of de hulp nog past.', 'looking whether help fits is how help is given'],
    ['aanwezig', 'kwaliteit.toetsing', 'Een onafhankelijke commissie bezoekt elk jaar de aanbieders in de regio en kijkt of de hulp goed is.', 'a committee that checks is supervision, "regio" is not its subject'],
    ['aanwezig', 'vertrouwen.niet-te-snel-labelen', 'De gemeenten kijken eerst of gewone opvoedvragen thuis of op school kunnen worden opgevangen, voordat er een diagnose komt.', 'checking first is a procedure'],
    ['deels', 'vertrouwen.minder-administratie', 'Over één gezamenlijk declaratieformulier moeten de gemeenten en de aanbieders nog afspraken maken.', 'agreements still to make, the subject in between'],
  ]);
});

describe('no agreements yet, hedged plans, what was said in a meeting, elsewhere and trends, rights to ask (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.klachten-en-signalen', 'Over de klachtenregeling zijn nog geen regionale afspraken gemaakt.', 'no agreements yet'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Over de klachtenregeling zijn regionale afspraken gemaakt: elke aanbieder heeft een vertrouwenspersoon.', 'agreements made'],
    ['deels', 'passend.doorbraak', 'Als er geld van het Rijk komt, richten we mogelijk een regionaal doorbraakteam op.', '"we mogelijk": a hedged plan'],
    ['deels', 'expert.ervaringsdeskundigheid', 'Ervaringsdeskundigen kunnen eventueel meedenken in de toegang.', '"kunnen eventueel": a hedge'],
    ['aanwezig', 'passend.geld-geoormerkt', 'De gemeenten oormerken het geld voor jeugdhulp; een eventueel overschot gaat terug naar het jeugdbudget.', '"eventueel" of a noun hedges nothing'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Raadslid De Boer vraagt of elk gezin één vaste contactpersoon krijgt; de wethouder antwoordt dat hij dat wil regelen.', 'a question and an answer in a council meeting'],
    ['deels', 'kwaliteit.klachten-en-signalen', 'In de commissie beloofde de wethouder dat er een regionaal meldpunt voor klachten komt.', 'a promise made in a meeting, the speaker after the verb'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'In de buurregio werken ze al met één vaste contactpersoon per gezin.', 'another region does it'],
    ['deels', 'vertrouwen.niet-te-snel-labelen', 'Steeds meer kinderen krijgen al jong een diagnose als ADHD.', 'a trend'],
    ['deels', 'kwaliteit.toetsing', 'Los van de jeugdhulp zet de gemeente vanaf 2026 extra toezicht in op het Marktplein.', 'said to lie outside youth care'],
    ['aanwezig', 'kwaliteit.match', 'Ouders kunnen vragen om een hulpverlener die hun taal spreekt; past die niet, dan krijgen ze een andere.', '"kunnen vragen om" is a right'],
    ['deels', 'kwaliteit.match', 'Ouders vragen om een hulpverlener die hun taal spreekt.', 'what parents ask'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'De jongerenraad geeft advies over elk regionaal besluit over jeugdhulp; het college laat binnen zes weken weten wat het met dat advies doet.', '"geeft advies" is its role, not what it says'],
  ]);
});

describe('a second reader’s sentences on the later rules of stop 20 (each failed before its mend)', () => {
  itemVerdictCases([
    ['deels', 'passend.wachtlijsten', 'We vragen ons af wanneer elk gezin binnen vier weken hulp krijgt.', 'wondering when'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'We vragen ons af wie het vaste aanspreekpunt voor gezinnen wordt.', 'wondering who'],
    ['deels', 'expert.afspraken-ervaringsdeskundigen', 'Hoe we ervaringsdeskundigen een vaste vergoeding geven, vragen we ons nog af; daarover praten we in 2026 verder.', 'wondering, fronted, "af;"'],
    ['aanwezig', 'passend.wachtlijsten', 'In 2026 eerste evaluatie van de wachttijden met ouders en jongeren.', 'an adjective after the year is no past tense'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'In 2025 startte in twee gemeenten een proef met een vast aanspreekpunt, en vanaf 2026 krijgt elk gezin in de regio zo een aanspreekpunt.', 'a second year plans'],
    ['aanwezig', 'passend.beschikbaar-in-regio', 'In de buurregio’s kopen we samen de zwaarste vormen van jeugdzorg in, zodat die in de regio beschikbaar blijven.', 'our own work with the neighbours'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'Steeds vaker zetten we ervaringsdeskundigen in bij de toegang en in de wijkteams.', 'a trend of our own doing'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Zo maken we mogelijk dat elk gezin binnen een week een vast aanspreekpunt krijgt.', '"mogelijk maken" hedges nothing'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Ouders kunnen eventueel zelf een andere hulpverlener kiezen.', 'an option for parents is no hedge'],
    ['aanwezig', 'kwaliteit.match', 'Ouders kunnen altijd vragen om een andere hulpverlener.', 'a right, with a word between'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'De jongerenraad geeft advies aan het college over elk besluit over jeugdhulp.', '"geeft advies aan" is its role'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Ouders hoeven bij de aanmelding nog geen keuze te maken voor een aanbieder; ze kiezen later zelf.', '"nog geen keuze" is a permission'],
    ['deels', 'kwaliteit.luisteren', 'We horen van ouders wat er misgaat bij de overdracht tussen hulpverleners.', 'hearing what goes wrong is an observation'],
    ['aanwezig', 'kwaliteit.leefomgeving', 'Het regioteam kijkt met ouders of de hulp in de eigen wijk kan worden gegeven.', 'looking with the parents is how help is given'],
    ['deels', 'vertrouwen.ouders-verbinden', 'We kijken of we een ouderplatform kunnen oprichten.', 'we look whether we could'],
    ['aanwezig', 'passend.wachtlijsten', 'Elk gezin krijgt binnen vier weken hulp; wie toch moet wachten, wordt elke twee weken gebeld.', 'a norm and contact in two clauses'],
    ['ontbreekt', 'algemeen.vraaggericht', 'Ouders met een hulpvraag kunnen terecht bij het centraal loket.', '"centraal" of an office'],
  ]);
  it('says which kind a trend and a past pilot are (their verdict was deels before too)', () => {
    expect(judgePassage('Steeds meer kinderen krijgen al jong een diagnose als ADHD.', 'vertrouwen.niet-te-snel-labelen').basis).toBe('statement');
    expect(judgePassage('In 2022 liep er een proef met twee ervaringsdeskundigen in het jeugdteam van Oosterlo.', 'expert.ervaringsdeskundigheid').basis).toBe('statement');
  });
});

describe('hearing what could be better, as a habit, asks; a norm in a table row keeps its other cells apart', () => {
  itemVerdictCases([
    ['aanwezig', 'expert.in-gesprek-blijven', 'Elk half jaar praten we met ouders en jongeren over hoe het met de plannen gaat, en horen we wat er volgens hen beter kan.', 'asked every half year'],
    ['deels', 'passend.wachtlijsten', 'Een regionaal doorbraakteam pakt vastgelopen hulp op en zet binnen vijf werkdagen passende hulp in | Regiobureau | 2026 | Loopt; eerste gezinnen geholpen', 'a "; " in the status cell is no second clause of the action'],
  ]);
});

describe('a complaint route for who does not feel heard is about complaints, not about listening (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.luisteren', 'Kinderen die zich niet gehoord voelen door hun jeugdhulpverlener, kunnen een klacht indienen bij de klachtencommissie.', 'not being heard is the ground of a complaint'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Kinderen die zich niet gehoord voelen door hun jeugdhulpverlener, kunnen een klacht indienen bij de klachtencommissie.', 'the complaint route itself'],
    ['deels', 'kwaliteit.luisteren', 'Ouders die zich niet serieus genomen voelen door de jeugdhulpverlener, kunnen een klacht indienen.', 'the same with "niet serieus genomen"'],
    ['aanwezig', 'kwaliteit.luisteren', 'De vertrouwenspersoon luistert naar elk kind dat een klacht heeft over de jeugdhulp.', 'listening named as what is done'],
    ['aanwezig', 'kwaliteit.luisteren', 'De vertrouwenspersoon luistert niet alleen naar ouders, maar ook naar kinderen met een klacht over de jeugdhulp.', '"niet alleen" adds, it does not deny'],
  ]);
});

describe('what the region only values is no arrangement; a principle that says what must be so is (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.hele-gezin', 'Aandacht voor het hele gezin vinden we erg belangrijk.', 'valued, nothing arranged'],
    ['deels', 'vertrouwen.minder-administratie', 'We vinden minder regels voor hulpverleners waardevol.', '"we vinden X waardevol"'],
    ['deels', 'expert.ervaringsdeskundigheid', 'Wij hechten veel waarde aan de inzet van ervaringsdeskundigen.', '"hechten waarde aan"'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Wie een klacht heeft over de jeugdhulp, spreekt ons aan en krijgt binnen een week antwoord.', '"spreekt ons aan" holds the region to account'],
    ['deels', 'kwaliteit.hele-gezin', 'Werken met het hele gezin is iets waar we als regio naartoe willen groeien.', 'a direction to grow to'],
    ['deels', 'vertrouwen.niet-te-snel-labelen', 'Normaliseren heeft de komende jaren onze volle aandacht.', '"heeft onze aandacht"'],
    ['aanwezig', 'kwaliteit.hele-gezin', 'We vinden het belangrijk dat de hulpverlener het hele gezin bij de hulp betrekt.', '"belangrijk dat …" says what must be so'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Eén vaste contactpersoon voor elk gezin vinden we essentieel; daarom krijgt elk gezin een gezinscoach.', 'valued, and then arranged'],
    ['aanwezig', 'kwaliteit.luisteren', 'Bij elk gesprek vragen we kinderen wat zij zelf belangrijk vinden.', 'what the child values is asked: "belangrijk" there says nothing of the passage'],
    ['deels', 'kwaliteit.luisteren', 'Het is belangrijk dat hulpverleners bij elk gesprek naar kinderen luisteren.', 'what is important, said of the passage itself'],
  ]);
  it('says it is what the region wants', () => {
    expect(judgePassage('Aandacht voor het hele gezin vinden we erg belangrijk.', 'kwaliteit.hele-gezin').basis).toBe('ambition');
  });
});

describe('a list of topics after a verb of discussing names them (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'passend.wachtlijsten', 'In het bestuurlijk overleg is gesproken over de inkoop, de wachttijden en de huisvesting.', 'one topic of three discussed'],
    ['deels', 'kwaliteit.klachten-en-signalen', 'Op de agenda van de regiodag staan de begroting, de klachtenregeling en de huisvesting.', 'on the agenda'],
    ['deels', 'vertrouwen.minder-administratie', 'Het gesprek met de aanbieders gaat over de tarieven, de administratieve lasten en de planning.', '"gaat over" three topics'],
    ['aanwezig', 'expert.in-gesprek-blijven', 'Elk half jaar bespreken we met de ouders, de jongeren en de hulpverleners hoe de plannen uitpakken.', 'with whom, not what'],
    ['aanwezig', 'passend.wachtlijsten', 'Elk kwartaal bespreken we de wachttijden, de kosten en de kwaliteit met de aanbieders en grijpen we in als een gezin langer dan zes weken wacht.', 'a second clause that acts'],
    ['aanwezig', 'passend.wachtlijsten', 'We bespreken de wachttijden met elke aanbieder en grijpen in als een gezin langer dan zes weken wacht.', 'one topic and a norm'],
  ]);
});

describe('a want of a thing the region names, a value said with "dat", other senses of complaints and of equal (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'vertrouwen.minder-administratie', 'Minder papierwerk voor hulpverleners is een doel dat we de komende jaren graag willen oppakken.', '"is een doel dat we … willen"'],
    ['aanwezig', 'vertrouwen.minder-administratie', 'Minder papierwerk voor hulpverleners is een doel dat we in 2026 willen halen door de helft van de formulieren te schrappen.', 'a year and the means'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Elk gezin krijgt één vast aanspreekpunt, en dat vinden wij essentieel.', 'a value added after a comma leaves the arrangement standing'],
    ['aanwezig', 'vertrouwen.ouders-verbinden', 'Wij vinden het waardevol dat ouders elkaar in een oudergroep ontmoeten; daarom betaalt de regio de zaalhuur.', 'valued, then paid for'],
    ['ontbreekt', 'kwaliteit.klachten-en-signalen', 'Bezwaren en klachten over de belastingaanslag stuurt u naar de afdeling Belastingen.', 'complaints about a tax bill'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Klachten over de jeugdhulp stuurt u naar de onafhankelijke klachtencommissie.', 'complaints about youth care'],
    ['ontbreekt', 'vertrouwen.gelijkwaardige-samenwerking', 'Medewerkers uit de vijf gemeenten worden bij het regiobureau gelijkwaardig ingeschaald.', 'equal pay grades'],
    ['aanwezig', 'vertrouwen.gelijkwaardige-samenwerking', 'Gemeenten en aanbieders werken als gelijkwaardige partners samen aan de inkoop.', 'equal partners'],
    ['ontbreekt', 'expert.in-gesprek-blijven', 'Met de aanbieders blijven we in gesprek in het maandelijkse budgethoudersoverleg.', 'no parents inside "budgethouders"'],
  ]);
});

describe('a question put in front but asked at every step, a place before "is", a rule about a shortfall (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.bijsturen', 'Of de hulp nog past, bespreken we elk half jaar met het gezin.', 'asked every half year: a check that is arranged'],
    ['aanwezig', 'kwaliteit.bijsturen', 'Of de hulp nog past, bespreken we bij elke evaluatie met het gezin.', 'asked at every evaluation'],
    ['deels', 'kwaliteit.bijsturen', 'Of de hulp nog past, bespreken we in 2027 met de aanbieders.', 'asked once, later: still open'],
    ['aanwezig', 'vertrouwen.basis', 'In Noordveld is het oordeel van ouders en hun hulpverlener het vertrekpunt bij elke hulpvraag: de gemeente gaat uit van hun deskundigheid en controleert alleen achteraf.', 'a place first, then "is": no definition'],
    ['deels', 'kwaliteit.samen-leren', 'Intervisie is een vorm van leren waarbij hulpverleners met collega\'s lastige situaties bespreken.', 'still a definition'],
    ['aanwezig', 'passend.geld-geoormerkt', 'Een tekort op het budget mag geen reden zijn om jeugdhulp te weigeren.', 'a rule about a shortfall'],
    ['aanwezig', 'passend.geld-geoormerkt', 'Een tekort op het budget is nooit een reden om jeugdhulp te weigeren.', 'the same with "is nooit een reden om"'],
    ['deels', 'passend.geld-geoormerkt', 'Het tekort op het budget is de reden om de jeugdhulp anders in te kopen.', 'the shortfall itself'],
  ]);
});

describe('how it goes now set against what is needed, and running into something, are problems (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'algemeen.vraaggericht', 'In de praktijk bepaalt het aanbod de hulp en niet wat een gezin nodig heeft.', 'in practice, against what is needed'],
    ['deels', 'kwaliteit.luisteren', 'Jongeren krijgen nu vaak de hulp die er toevallig is, in plaats van wat zij nodig hebben.', 'now, instead of what is needed'],
    ['aanwezig', 'algemeen.vraaggericht', 'Wij bieden hulp die past bij wat een gezin nodig heeft, in plaats van wat er toevallig is.', 'our offer, instead of what happens to be there'],
    ['deels', 'passend.wachtlijsten', 'Gezinnen die hulp zoeken, lopen tegen lange wachttijden aan.', '"lopen tegen … aan"'],
  ]);
  it('says they are problems', () => {
    expect(judgePassage('Gezinnen die hulp zoeken, lopen tegen lange wachttijden aan.', 'passend.wachtlijsten').basis).toBe('problem');
    expect(judgePassage('In de praktijk bepaalt het aanbod de hulp en niet wat een gezin nodig heeft.', 'algemeen.vraaggericht').basis).toBe('problem');
  });
});

describe('a second reader’s sentences on the rules of stop 21 (each failed before its mend)', () => {
  itemVerdictCases([
    ['aanwezig', 'passend.wachtlijsten', 'We willen geen wachtlijsten meer, dus de wijkteams bellen wie wacht elke week en zetten overbruggingszorg in.', '"geen wachtlijsten" is the item itself, not a denial'],
    ['aanwezig', 'kwaliteit.leefomgeving', 'Wij vinden het belangrijk en noodzakelijk dat kinderen zo thuis mogelijk opgroeien.', '"belangrijk en noodzakelijk dat" says what must be so'],
    ['aanwezig', 'vertrouwen.ruimte-professionals', 'Wij hechten veel waarde aan professionele ruimte, want de professional kent het gezin het best.', '", want" gives the reason of a principle'],
    ['aanwezig', 'kwaliteit.bijsturen', 'Elk half jaar bespreekt de consulent de doelen, de voortgang en de inzet van de hulp met het gezin.', 'discussing as the practice itself'],
    ['aanwezig', 'passend.wachtlijsten', 'Met elke aanbieder maken we prestatieafspraken die gaan over de wachttijd, de uitval en de tevredenheid van cliënten.', 'what agreements cover, in a clause'],
    ['aanwezig', 'passend.wachtlijsten', 'In het accountgesprek bespreekt de regio met elke aanbieder de wachttijden, de instroom en de kosten.', 'with whom, before the topics'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Wat wij belangrijk vinden is één vast aanspreekpunt voor elk gezin.', 'what we value is no arrangement'],
    ['aanwezig', 'kwaliteit.klachten-en-signalen', 'Het meldpunt is een plek die wij inrichten voor iedereen die een klacht wil melden.', 'the want is someone else\'s'],
    ['aanwezig', 'vertrouwen.gelijkwaardige-samenwerking', 'Wij werken op gelijke voet met aanbieders samen; in de tarieven volgen we de cao jeugdzorg.', 'a collective labour agreement beside partnership'],
    ['aanwezig', 'kwaliteit.luisteren', 'De consulent oordeelt niet maar luistert naar jongeren, ook naar wie een klacht heeft.', '"niet maar" adds'],
    ['aanwezig', 'kwaliteit.luisteren', 'Als de hulp niet past luistert de consulent naar het gezin en wordt een klacht snel opgepakt.', 'a "niet" of the clause before'],
    ['deels', 'kwaliteit.luisteren', 'Jongeren die zich slecht gehoord voelen, kunnen een klacht indienen bij het meldpunt.', '"slecht gehoord" denies'],
    ['aanwezig', 'kwaliteit.luisteren', 'Hulpverleners gaan in op de vragen, de zorgen en de wensen van ouders en jongeren.', '"ingaan op" is responding, not a list of topics'],
    ['deels', 'kwaliteit.leefomgeving', 'Wij vinden thuis opgroeien cruciaal.', 'valued'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'De regio hecht veel waarde aan één vast aanspreekpunt voor elk gezin.', 'valued by the region'],
  ]);
});

describe('what hardly happens yet is a problem; a part still to be filled in is a placeholder (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'expert.ervaringsdeskundigheid', 'In onze jeugdhulp werken nog nauwelijks ervaringsdeskundigen mee.', '"nog nauwelijks"'],
    ['deels', 'expert.ervaringsdeskundigheid', 'Ervaringsdeskundigen worden in de regio nog steeds niet ingezet.', '"nog steeds niet"'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'Ervaringsdeskundigen worden nog te weinig ingezet; daarom gaan we vanaf 2026 in elk wijkteam een ervaringsdeskundige inzetten.', 'the shortfall, and then the plan'],
    ['deels', 'kwaliteit.samen-leren', '[Dit deel over intervisie voor professionals wordt na het overleg met de aanbieders ingevuld.]', 'this part is filled in later'],
    ['aanwezig', 'kwaliteit.samen-leren', 'Het leerplan voor intervisie wordt elk jaar door de professionals samen ingevuld.', 'a plan the professionals fill in together is no placeholder'],
  ]);
});

describe('a council of clients or an advisory body that pleads, advises or recommends speaks for itself (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.een-aanspreekpunt', 'De cliëntenraad pleit ervoor dat elk gezin één vast aanspreekpunt krijgt.', 'a plea'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'De adviesraad beveelt aan dat elk gezin één vast aanspreekpunt krijgt.', 'a recommendation'],
    ['deels', 'kwaliteit.contact-bij-wachttijd', 'De jongerenraad raadt de gemeenten aan om wachtenden elke maand te bellen.', 'advice'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'De cliëntenraad adviseert het college gevraagd en ongevraagd over het jeugdbeleid.', 'advising is its role'],
  ]);
});

describe('a second reader’s sentences on the later rules of stop 21 (each failed before its mend)', () => {
  itemVerdictCases([
    ['aanwezig', 'algemeen.vraaggericht', 'In de praktijk betekent dit dat de hulpverlener kijkt naar wat het gezin nodig heeft, niet naar wat er beschikbaar is.', 'the need first: how the region works'],
    ['aanwezig', 'algemeen.vraaggericht', 'Vanaf nu bepaalt de vraag van het gezin de hulp en niet wat er toevallig beschikbaar is.', '"vanaf nu"'],
    ['deels', 'algemeen.vraaggericht', 'Nog steeds bepaalt het aanbod de hulp en niet de vraag van het gezin.', 'still the supply, not the need'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'Wij zetten in elk wijkteam een ervaringsdeskundige in, omdat zij nu nog te weinig worden ingezet.', 'a reason clause'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'Hulpverleners zijn nog te weinig bekend met ervaringsdeskundigen, dus organiseren we elk kwartaal een training.', 'a clause after ", dus" acts'],
    ['aanwezig', 'passend.doorbraak', 'Is de hulp na zes weken nog steeds niet gestart, dan schakelt de consulent het doorbraakteam in.', 'a condition put in front'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Of een vast aanspreekpunt voor alle gezinnen haalbaar is, bespreken we tijdens de evaluatie in 2027.', 'one evaluation, in a year: still open'],
    ['aanwezig', 'kwaliteit.bijsturen', 'Of de hulp nog past, bespreken we bij elke herindicatie met het gezin.', 'at every reassessment'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Deze afspraak over een vast aanspreekpunt wordt per gezin ingevuld in het gezinsplan.', 'filled in per family: no placeholder'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'De cliëntenraad adviseerde om ervaringsdeskundigen in te zetten en de regio heeft dat advies overgenomen: elk wijkteam heeft er nu één.', 'the advice taken over'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'De cliëntenraad pleit al jaren voor ervaringsdeskundigen, en vanaf 2026 werkt er in elk wijkteam één.', 'the plea, and then what the region does'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'De cliëntenraad adviseerde om ervaringsdeskundigen in te zetten; daarom werkt vanaf 2026 in elk wijkteam een ervaringsdeskundige.', 'the advice, "; daarom" and what is done'],
    ['aanwezig', 'passend.wachtlijsten', 'Het college vindt de aanpak van wachtlijsten van groot belang en trekt er extra geld voor uit.', 'valued, and then acted on'],
    ['aanwezig', 'passend.wachtlijsten', 'De gemeenten gaan zelf over de wachtlijsten, de toegang en de inkoop van de hulp.', '"gaan over": in charge of'],
    ['aanwezig', 'passend.wachtlijsten', 'Het convenant met de aanbieders betreft de wachttijd, de uitval en de tevredenheid van cliënten.', 'what an agreement covers'],
    ['deels', 'kwaliteit.luisteren', 'Jongeren die zich niet meer gehoord voelen, kunnen een klacht indienen bij de klachtencommissie.', '"niet meer gehoord" denies'],
    ['deels', 'kwaliteit.luisteren', 'Jongeren die zich nooit gehoord voelen, kunnen een klacht indienen bij de klachtencommissie.', '"nooit gehoord" denies'],
    ['aanwezig', 'algemeen.vraaggericht', 'Het vertrekpunt is de vraag van het gezin, niet het aanbod van de aanbieder.', 'a starting point is a principle, not a definition'],
    ['aanwezig', 'algemeen.vraaggericht', 'Daarbij is het uitgangspunt de vraag van het gezin die de hulp bepaalt.', 'an adverb first: no definition'],
    ['aanwezig', 'passend.doorbraak', 'Gezinnen die stuiten op regels die niet passen, kunnen terecht bij het doorbraakteam.', 'running into rules, in a relative clause'],
  ]);
});

describe('"gelden" as a verb (rules that apply) is no money (own sentences)', () => {
  itemVerdictCases([
    ['ontbreekt', 'passend.geld-geoormerkt', 'Na de achttiende verjaardag gelden in principe andere regels voor de jeugdhulp.', '"gelden" is "apply", with a hedge beside it'],
    ['ontbreekt', 'passend.geld-geoormerkt', 'Deze afspraken over de jeugdhulp gelden in principe vanaf 1 maart.', '"gelden vanaf": they apply from'],
    ['deels', 'passend.geld-geoormerkt', 'Er gaat in principe meer geld naar de jeugdhulp.', 'money itself, hedged'],
  ]);
});

describe('under a heading of what participants said, what is said is theirs (own sentences)', () => {
  it.each([
    ['Wat we hoorden', 'Elk gezin heeft één vaste contactpersoon nodig die het overzicht houdt.', 'kwaliteit.een-aanspreekpunt'],
    ['Dit hebben we gehoord', 'Hulp hoort in de eigen leefomgeving van het kind te worden gegeven.', 'kwaliteit.leefomgeving'],
    ['Wat ouders en jongeren ons vertelden', 'Ervaringsdeskundigen horen in elk wijkteam thuis.', 'expert.ervaringsdeskundigheid'],
    ['Wat zeggen jongeren?', 'Wie op een wachtlijst staat, krijgt elke maand contact met een vaste medewerker.', 'kwaliteit.contact-bij-wachttijd'],
    ['Uit de gesprekken', 'De hulp richt zich op het hele gezin.', 'kwaliteit.hele-gezin'],
  ])('"%s": reported, at most deels', (heading, sentence, id) => {
    const r = judge(`${heading}\n\n${sentence}`, id);
    expect(r.basis).toBe('reported');
    expect(r.verdict).toBe('deels');
  });

  it.each([
    ['Wat we gaan doen', 'Elk gezin heeft één vaste contactpersoon die het overzicht houdt.', 'kwaliteit.een-aanspreekpunt'],
    ['Wat zeggen de cijfers?', 'Elk gezin heeft één vaste contactpersoon die het overzicht houdt.', 'kwaliteit.een-aanspreekpunt'],
    ['Dit hebben we bereikt', 'Elk gezin heeft één vaste contactpersoon die het overzicht houdt.', 'kwaliteit.een-aanspreekpunt'],
    ['Wat we hoorden', 'Daarom gaan we vanaf 2026 in elk wijkteam een ervaringsdeskundige inzetten.', 'expert.ervaringsdeskundigheid'],
  ])('"%s" over a plan, or "we" who say what we will do under it: aanwezig', (heading, sentence, id) => {
    expect(verdict(`${heading}\n\n${sentence}`, id)).toBe('aanwezig');
  });
});

describe('still thinking it over, a preference (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'passend.duidelijk-aanbod', 'De gemeenten denken nog na over hoe ouders makkelijker zien welke hulp er is.', '"denken nog na over hoe"'],
    ['deels', 'passend.duidelijk-aanbod', 'Een website waarop ouders zien welke hulp er is? Daar denken we nog over na.', 'a question answered with "daar denken we nog over na"'],
    ['aanwezig', 'passend.duidelijk-aanbod', 'We denken mee met ouders en zorgen voor een website waarop zij zien welke hulp er is.', '"meedenken" is no thinking over'],
    ['deels', 'kwaliteit.contact-bij-wachttijd', 'Het liefst willen we dat er tijdens het wachten iemand belt om te vragen hoe het gaat.', 'a preference'],
    ['aanwezig', 'kwaliteit.contact-bij-wachttijd', 'We willen dat er tijdens het wachten elke maand iemand belt om te vragen hoe het gaat, en daarom regelen we dat met de aanbieders.', 'wanting it and arranging it'],
    ['aanwezig', 'passend.duidelijk-aanbod', 'Gezinnen kunnen bij één loket terecht met de vraag welke hulp er is en hoe zij die aanvragen.', 'the question families bring is no open point of the region'],
  ]);
  it('"We denken dat … na schooltijd …" is no thinking over', () => {
    expect(judge('We denken dat hulp na schooltijd het beste in de eigen leefomgeving van het kind past.', 'kwaliteit.leefomgeving').basis).not.toBe('study');
  });
});

describe('what is expected of regions in general is no plan of this region (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'passend.behoefte-en-schaal', "Regio's moeten bepalen welke hulp zij zelf in de regio organiseren en welke bovenregionaal, op basis van de behoefte.", '"Regio\'s moeten …"'],
    ['deels', 'passend.beschikbaar-in-regio', 'Elke regio moet ervoor zorgen dat crisishulp in de eigen regio beschikbaar blijft.', '"Elke regio moet …"'],
    ['deels', 'passend.beschikbaar-in-regio', "Die agenda vraagt van regio's dat zij crisishulp en gesloten jeugdhulp in de eigen regio beschikbaar houden.", 'a national agenda named before, asking of regions'],
    ['deels', 'passend.wachtlijsten', 'Daarnaast vraagt die agenda om de wachttijden terug te dringen en de regeldruk voor hulpverleners te verlagen.', '"vraagt die agenda om"'],
    ['aanwezig', 'passend.beschikbaar-in-regio', 'Deze agenda vraagt van alle partners dat crisishulp in de eigen regio beschikbaar blijft.', '"deze agenda" is the text\'s own'],
    ['aanwezig', 'passend.beschikbaar-in-regio', "Regio's moeten crisishulp dichtbij houden; daarom houden wij in onze regio een crisisbed per gemeente beschikbaar.", 'the region answers'],
  ]);
});

describe('what the region disapproves of, a topic named, how it goes now (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.bijsturen', 'Dat een jongere na een jaar weer helemaal achteraan moet aansluiten, vinden we onacceptabel.', 'disapproved: a problem'],
    ['deels', 'passend.wachtlijsten', 'We vinden het niet langer acceptabel dat gezinnen maanden op hulp wachten.', '"niet langer acceptabel"'],
    ['aanwezig', 'passend.wachtlijsten', 'We vinden het niet langer acceptabel dat gezinnen maanden op hulp wachten; daarom spreken we een wachttijd van hoogstens zes weken af.', 'disapproved, then answered'],
    ['deels', 'passend.wachtlijsten', 'Ook de wachttijd is een onderwerp voor het overleg met de aanbieders.', 'a topic named'],
    ['aanwezig', 'passend.wachtlijsten', 'De wachttijd is een vast agendapunt in het overleg met de aanbieders, en we spreken een wachttijd van hoogstens zes weken af.', 'a standing topic and a norm'],
    ['deels', 'vertrouwen.minder-administratie', 'Nu moeten hulpverleners voor elke gemeente een ander formulier invullen.', 'how it goes now'],
    ['deels', 'vertrouwen.minder-administratie', 'Aanbieders noemen drie knelpunten. Ten derde minder administratieve lasten: nu moeten zij voor elke gemeente een eigen verslag schrijven.', 'how it goes now, after a lead'],
    ['aanwezig', 'vertrouwen.minder-administratie', 'Vanaf nu moeten hulpverleners voor alle gemeenten hetzelfde formulier gebruiken, zodat zij minder tijd kwijt zijn aan administratie.', '"vanaf nu": a new rule'],
  ]);
});

describe('a note in brackets, an open "of" in front, a question someone asked, a trend, the reader\'s wish, a goal (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.contact-bij-wachttijd', '[Afspraken over contact tijdens de wachttijd komen na het gesprek met de aanbieders in maart.]', 'a note of the editors in square brackets'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Elk gezin krijgt één vaste contactpersoon (zie bijlage 2).', 'a reference in brackets after a sentence'],
    ['deels', 'passend.doorbraak', 'Of er een vast team komt dat vastgelopen situaties doorbreekt, is een van de vragen voor de evaluatie.', '"Of …, is een van de vragen"'],
    ['deels', 'passend.doorbraak', 'Of er een vast team komt dat vastgelopen situaties doorbreekt, moet nog blijken.', '"Of …, moet nog blijken"'],
    ['deels', 'passend.geld-geoormerkt', 'De gemeenteraden hebben gevraagd of het jeugdbudget apart gezet kan worden.', 'someone asked whether'],
    ['aanwezig', 'passend.wachtlijsten', 'We hebben de aanbieders gevraagd om elke maand de wachttijden door te geven, en bespreken die elk kwartaal.', '"gevraagd om" and what is done'],
    ['deels', 'passend.wachtlijsten', 'In de regio lopen de wachttijden voor ambulante hulp op tot vijf maanden.', 'waiting times that run up'],
    ['aanwezig', 'passend.wachtlijsten', 'We zorgen ervoor dat de wachttijd nooit oploopt tot meer dan zes weken.', 'we keep it from running up'],
    ['deels', 'kwaliteit.bijsturen', 'Gaat het na de hulp weer minder goed? Dan wilt u niet opnieuw achteraan aansluiten.', 'the reader\'s wish as the answer'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Als u wilt, kiest u zelf een andere aanbieder.', '"als u wilt" is a condition'],
    ['deels', 'algemeen.vraaggericht', 'De nieuwe werkwijze moet ertoe bijdragen dat de hulp beter past bij wat een gezin nodig heeft.', 'a goal to serve'],
    ['aanwezig', 'passend.wachtlijsten', 'De nieuwe werkwijze moet ertoe leiden dat in 2027 geen gezin langer dan zes weken op hulp wacht.', 'a goal made concrete'],
  ]);
});

describe('what others find important, asked, with a longer subject (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.luisteren', 'In het eerste gesprek vragen we wat ouders en hun kind zelf belangrijk vinden.', 'five words between "wat" and "belangrijk"'],
  ]);
  it('"het belangrijkst" asked is no value of the region either', () => {
    expect(judge('Bij de start vragen we wat de jongere en zijn ouders zelf het belangrijkst vinden.', 'kwaliteit.luisteren').basis).not.toBe('ambition');
  });
});

describe('quality requirements: who sets them decides the item (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'kwaliteit.wie-bepaalt', 'De regio stelt de kwaliteitseisen voor de jeugdhulp vast in het nieuwe inkoopdocument.', 'the region alone: a mention'],
    ['deels', 'kwaliteit.wie-bepaalt', 'Het kwaliteitskader voor de jeugdhulp stellen de gemeenten en de aanbieders samen op.', 'buyers and providers: a mention'],
    ['aanwezig', 'kwaliteit.wie-bepaalt', 'Het regionale kwaliteitskader voor de jeugdhulp, dat samen met ouders en professionals is opgesteld, is vanaf 2026 onderdeel van elk contract.', 'set with families and professionals'],
    ['aanwezig', 'kwaliteit.wie-bepaalt', 'De kwaliteitseisen voor de jeugdhulp komen in co-creatie met cliëntenraden en hulpverleners tot stand.', 'in co-creation'],
  ]);
});

describe('a second reader\'s sentences on the rules of stop 22 (each wrong before its mend)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Wat ouders ons vertelden\n\nElk gezin krijgt vanaf 2026 één vaste contactpersoon die het overzicht houdt.', 'under a heard heading, with a year: the region\'s plan'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Wat we hoorden\n\nDaarom krijgt elk gezin een vaste contactpersoon.', 'under a heard heading, "daarom"'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Wat we hoorden\n\nOuders willen één aanspreekpunt; de regio zorgt ervoor dat elk gezin een vaste contactpersoon krijgt.', 'the wish, then the region\'s answer'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Wat we hoorden en wat we ermee doen\n\nElk gezin krijgt één vaste contactpersoon die het overzicht houdt.', 'a heading that announces the answer'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'Stem van jongeren\n\nJongeren praten mee via de jongerenraad, die elk kwartaal met de wethouders overlegt.', '"Stem van jongeren" heads how they take part'],
    ['deels', 'kwaliteit.een-aanspreekpunt', 'Wat we hoorden\n\nOuders moeten bij ons in de regio een vaste contactpersoon krijgen.', '"ons" is no "we" who act'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Nu moeten ouders hun verhaal bij elke hulpverlener opnieuw vertellen; vanaf 2026 krijgt elk gezin één vaste contactpersoon.', 'how it goes now, then the plan'],
    ['aanwezig', 'passend.wachtlijsten', 'Dat kinderen maanden op hulp wachten is onacceptabel: vanaf 2026 geldt in de regio een wachttijdnorm van zes weken.', 'disapproved, then the norm'],
    ['aanwezig', 'passend.wachtlijsten', 'Een wachttijd van meer dan acht weken vinden we niet acceptabel en dat leggen we vast in de contracten met aanbieders.', '"en dat leggen we vast"'],
    ['aanwezig', 'passend.doorbraak', 'Het regionaal expertteam helpt binnen twee weken gezinnen bij wie de hulp is vastgelopen of zorgelijk is.', '"zorgelijk" in a clause about whom it helps'],
    ['aanwezig', 'passend.doorbraak', 'Bij situaties die onveilig zijn of zorgelijk schakelt de wijkcoach direct het regionaal expertteam in.', 'the same, in front'],
    ['aanwezig', 'passend.wachtlijsten', 'De wachttijden zijn onderwerp van gesprek in het kwartaaloverleg met de aanbieders.', 'a topic every quarter is a habit'],
    ['aanwezig', 'passend.wachtlijsten', 'De wachttijden zijn een agendapunt op elk regionaal bestuurlijk overleg.', 'a topic of every meeting'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'We denken jaarlijks samen met de jongerenraad na over de uitvoering van de regiovisie.', 'thinking it over together every year is taking part'],
    ['aanwezig', 'expert.betrokken-bij-beleid', 'Samen met ouders en jongeren denken we na over wat nodig is; in 2026 leggen we dat vast in een participatieplan.', 'thinking together, then a plan'],
    ['deels', 'expert.betrokken-bij-beleid', 'Hoe we ouders en jongeren bij het jeugdbeleid betrekken, daar moeten we nog over nadenken.', '"nog over nadenken"'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Het liefst willen we dat ouders zelf kiezen; daarom krijgen ouders vanaf 2026 altijd een keuze uit minstens twee aanbieders.', 'a preference, then the arrangement'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Keuzevrijheid voor ouders zien we het liefst terug in alle contracten voor jeugdhulp.', '"zien we het liefst"'],
    ['aanwezig', 'passend.regio-afbakening', 'De agenda vraagt van de zeven gemeenten dat zij elk jaar samen de regionale inkoop evalueren.', '"de agenda" may be the text\'s own'],
  ]);
});

describe('advice to regions in general and what a treaty asks of governments are no plan of the region (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'expert.ervaringsdeskundigheid', "Het landelijk kennisinstituut adviseert regio's om ervaringsdeskundigen in te zetten in de wijkteams.", "advice to regions"],
    ['deels', 'kwaliteit.kinderrechten', 'Het Kinderrechtenverdrag vraagt overheden om kinderen te horen over de hulp die zij krijgen.', 'a treaty asks'],
    ['aanwezig', 'kwaliteit.kinderrechten', 'Het verdrag vraagt overheden om kinderen te horen; daarom vragen wij elk kind bij de start van de hulp wat het zelf wil.', 'the treaty, then the region'],
  ]);
});

describe('"daar leest u" points at a place, "daarin staat" at a text (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'passend.duidelijk-aanbod', 'Weet u niet waar u moet beginnen? Bel dan het Jeugdloket. Daar leest u in gewone taal welke hulp er is en hoe u die aanvraagt.', '"daar leest u": at the loket'],
  ]);
  it('"Daarin staat …" after a national agenda is what that text says', () => {
    expect(judge('De landelijke Hervormingsagenda is in 2023 vastgesteld. Daarin staat dat elk gezin één vast aanspreekpunt krijgt.', 'kwaliteit.een-aanspreekpunt').verdict).toBe('deels');
  });
});

describe('the right to choose a provider is no children\'s right (own sentences)', () => {
  itemVerdictCases([
    ['ontbreekt', 'kwaliteit.kinderrechten', 'Jongeren en hun ouders hebben het recht om zelf te kiezen welke gecontracteerde jeugdhulpaanbieder hen helpt.', 'the right to choose'],
    ['ontbreekt', 'kwaliteit.kinderrechten', 'Gezinnen hebben recht op een persoonsgebonden budget als zij de jeugdhulp zelf willen inkopen.', 'the right to a budget'],
    ['aanwezig', 'kwaliteit.kinderrechten', 'Kinderen hebben recht op een veilige plek om op te groeien.', 'a right of the child, stated'],
  ]);
});

describe('pocket money, a house style, a financial report and a personal budget are no earmarked money (own sentences)', () => {
  itemVerdictCases([
    ['ontbreekt', 'passend.geld-geoormerkt', 'Met het zakgeldproject leren tieners in de jeugdhulp hoe ze met hun eigen budget omgaan.', 'pocket money'],
    ['ontbreekt', 'passend.geld-geoormerkt', 'Voor de huisstijl van de regiovisie jeugdhulp is een budget van 20.000 euro gereserveerd.', 'a budget for a house style'],
    ['ontbreekt', 'passend.geld-geoormerkt', 'Aanbieders van jeugdhulp leveren voortaan één financiële verantwoording per jaar aan voor alle gemeenten.', 'a financial report is paperwork'],
    ['ontbreekt', 'passend.geld-geoormerkt', 'Ouders kunnen voor de jeugdhulp van hun kind een persoonsgebonden budget aanvragen.', 'a personal budget'],
    ['aanwezig', 'passend.geld-geoormerkt', 'Het geld voor jeugdhulp blijft geoormerkt voor jeugdhulp, ook als er aan het eind van het jaar geld over is.', 'earmarked money'],
  ]);
});

describe('"blijft" with a participle states how it stays arranged (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'passend.geld-geoormerkt', 'Het geld voor de jeugdhulp blijft geoormerkt voor de jeugdhulp.', '"blijft geoormerkt"'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Voor elk gezin blijft één vaste contactpersoon gegarandeerd, ook als de hulp van aanbieder wisselt.', '"blijft gegarandeerd"'],
  ]);
});

describe('waiting for a payment, a helpline beside a promise, a good "klik" (own sentences)', () => {
  itemVerdictCases([
    ['ontbreekt', 'passend.wachtlijsten', 'Aanbieders van jeugdhulp die langer dan een maand op de betaling van hun factuur wachten, kunnen bellen met het inkoopbureau.', 'waiting for a payment'],
    ['aanwezig', 'passend.wachtlijsten', 'Geen kind wacht in onze regio langer dan zes weken op jeugdhulp.', 'a waiting-time norm'],
    ['aanwezig', 'kwaliteit.luisteren', 'Voor anoniem praten verwijzen wij naar de Luisterlijn; in de hulp zelf vragen wij bij de start wat jongeren nodig hebben.', 'a helpline named beside a promise to listen: the promise stands'],
    ['deels', 'kwaliteit.match', 'Een goede klik met de hulpverlener is voor ouders het belangrijkst.', '"een goede klik" is no link to click'],
  ]);
  it('"Klik hier" is still navigation', () => {
    expect(judge('Klik hier voor meer informatie over een passende hulpverlener.', 'kwaliteit.match').verdict).toBe('ontbreekt');
  });
});

describe('a preference for a particular professional is the match between family and professional (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.match', 'Gezinnen kunnen een voorkeur opgeven voor een hulpverlener die hun taal spreekt.', 'a preference for a professional'],
    ['deels', 'kwaliteit.match', 'Waar het kan, houden aanbieders rekening met de voorkeur van ouders voor een bepaalde behandelaar.', 'the same, hedged'],
    ['ontbreekt', 'kwaliteit.match', 'Ouders hebben vaak een voorkeur voor hulp dichtbij huis.', 'a preference for a place, not a person'],
  ]);
});

describe('"keus" is "keuze" (own sentences)', () => {
  itemVerdictCases([
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Gezinnen hebben de keus uit minstens twee aanbieders van jeugdhulp.', '"de keus uit … aanbieders"'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Bij welke aanbieder de hulp start, is de keus van het gezin.', '"de keus van het gezin"'],
  ]);
});

describe('nobody with the power, no choice: shortfalls (own sentences)', () => {
  itemVerdictCases([
    ['deels', 'passend.doorbraak', 'Niemand in de regio heeft de bevoegdheid om passende jeugdhulp te regelen als de hulp vastloopt.', 'nobody has the mandate'],
    ['aanwezig', 'passend.doorbraak', 'Niemand hoeft langer dan zes weken op jeugdhulp te wachten, want het expertteam heeft het mandaat om hulp in te zetten.', '"niemand hoeft": a promise'],
    ['deels', 'vertrouwen.keuzevrijheid', 'Doordat er voor deze jeugdhulp maar één aanbieder is, hebben gezinnen in de praktijk geen keus uit aanbieders.', 'no choice'],
  ]);
});

describe('a second reader\'s sentences on the later rules of stop 22 (each wrong before its mend)', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.bijsturen', 'Elke zes maanden wordt ouders en jongeren gevraagd of de hulp nog past.', 'asked at every step'],
    ['aanwezig', 'kwaliteit.bijsturen', 'De hulpverlener heeft bij elke evaluatie gevraagd of de hulp nog past.', 'asked at every evaluation'],
    ['aanwezig', 'kwaliteit.contact-bij-wachttijd', 'Als de wachttijd oploopt tot boven de zes weken, schakelt het wijkteam overbruggingszorg in.', 'a condition, not a trend'],
    ['aanwezig', 'kwaliteit.contact-bij-wachttijd', 'Loopt de wachttijd op tot meer dan vier weken, dan belt de aanbieder het gezin elke week.', 'a condition put in front'],
    ['aanwezig', 'expert.ervaringsdeskundigheid', 'Een ervaringsdeskundige loopt een stuk met de jongere op.', 'walking along with someone'],
    ['aanwezig', 'kwaliteit.kinderrechten', 'Het VN-Kinderrechtenverdrag is leidend bij elk besluit van de regio over jeugdhulp.', 'the treaty as the region\'s own principle'],
    ['deels', 'kwaliteit.kinderrechten', 'Het IVRK vraagt overheden om kinderen te betrekken bij besluiten.', 'what the treaty asks'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Niemand anders dan de casusregisseur heeft de regie over het gezinsplan.', '"niemand anders dan"'],
    ['aanwezig', 'passend.doorbraak', 'Niemand behalve het regionale doorbraakteam heeft het mandaat om urgente hulp in te zetten.', '"niemand behalve"'],
    ['aanwezig', 'passend.doorbraak', 'Niemand heeft het mandaat om alleen te beslissen: het doorbraakteam besluit samen met het gezin.', '"om alleen"'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'De gemeenten hebben bewust geen keuze gemaakt voor één aanbieder: ouders kiezen zelf uit alle gecontracteerde aanbieders.', '"geen keuze gemaakt"'],
    ['aanwezig', 'passend.wachtlijsten', 'Of er binnen vier weken hulp is, is een van de vragen die wij elk kwartaal met aanbieders bespreken.', 'asked every quarter'],
    ['deels', 'passend.wachtlijsten', 'Of de wachttijden echt korter worden, zal de evaluatie in 2026 uitwijzen.', '"zal de evaluatie uitwijzen"'],
    ['deels', 'passend.wachtlijsten', 'De wachtlijst voor jeugd-ggz blijft gesloten voor nieuwe aanmeldingen.', 'a state that stays closed'],
    ['aanwezig', 'passend.doorbraak', 'Alle aanbieders moeten bijdragen aan het regionale expertteam met vier uur per week.', 'a contribution to a body'],
    ['aanwezig', 'expert.betrokken-bij-beleid', "De regionale jongerenraad adviseert de regio's gevraagd en ongevraagd over het jeugdbeleid.", 'a council of the region advises'],
    ['aanwezig', 'passend.wachtlijsten', "De raden van de regio's stellen de wachttijdnorm jaarlijks vast.", '"raden" is a noun here'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Daar staat tegenover dat elk gezin vanaf 2026 één vaste casusregisseur krijgt.', '"daar staat tegenover"'],
    ['aanwezig', 'kwaliteit.een-aanspreekpunt', 'Daar staan wij voor: elk gezin krijgt één vaste contactpersoon.', '"daar staan wij voor"'],
    ['aanwezig', 'passend.geld-geoormerkt', 'De gemeenten zetten het persoonsgebonden budget voor jeugdhulp alleen in voor jeugdhulp.', 'a personal budget kept for youth care: the paraphrase stands'],
    ['ontbreekt', 'passend.geld-geoormerkt', 'Ouders kunnen voor de jeugdhulp van hun kind een persoonsgebonden budget aanvragen.', 'a personal budget, only the vague word'],
  ]);
});
