import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Second reading of the paraphrases and excludes added in round 18: each near miss is a sentence the
 * reviewer wrote for this review (the number in brackets is the finding), which the paraphrase took for
 * the item; each own-sense sentence shows the narrowed paraphrase or exclude still finds the item. A
 * passage is judged on its own, as part of a regiovisie, against the LOC checklist as it ships.
 */

describe('vertrouwen.keuzevrijheid, review 18', () => {
  verdictCases('vertrouwen.keuzevrijheid', [
    ['ontbreekt', 'Jongeren mogen meebeslissen door wie het jongerencentrum wordt gerund.', 'who runs a youth centre (1)'],
    ['ontbreekt', 'Ouders kunnen zelf uitzoeken naar welke organisatie het schoolreisje gaat.', 'where a school trip goes (1)'],
    ['ontbreekt', 'Jongeren bepalen zelf naar wie ze een kaartje sturen.', 'whom to send a postcard (1)'],
    ['aanwezig', 'Ouders mogen zelf bepalen door welke hulpverlener ze geholpen worden.', 'choosing the worker who helps'],
    ['ontbreekt', 'De gezinnen wisselen van organisatie als de energieleverancier te duur wordt.', 'switching energy supplier (2)'],
    ['aanwezig', 'Jongeren mogen zelf kiezen bij welke organisatie ze hulp krijgen.', 'own sense: jongeren mogen zelf kiezen bij welke organisatie ze hulp krijgen'],
    ['aanwezig', 'Ouders bepalen zelf door wie hun kind begeleid wordt.', 'own sense: ouders bepalen zelf door wie hun kind begeleid wordt'],
    ['aanwezig', 'Jongeren kiezen zelf welke hulpverlener bij hen past.', 'own sense: jongeren kiezen zelf welke hulpverlener bij hen past'],
    ['deels', 'Gezinnen kunnen overstappen naar een andere aanbieder.', 'own sense, gezinnen kunnen overstappen naar een andere aanbieder'],
  ]);
});

describe('vertrouwen.ouders-verbinden, review 18', () => {
  verdictCases('vertrouwen.ouders-verbinden', [
    ['ontbreekt', 'Andere ouders ontmoeten elkaar op het schoolplein en delen een kop koffie.', 'coffee on the schoolyard (3)'],
    ['deels', 'Op de ouderavond leren ouders de andere ouders kennen en wisselen ze adressen uit.', "addresses at a school parents' evening, only the mention of other parents (3)"],
    ['aanwezig', 'In de oudergroep ontmoeten ouders andere ouders en delen ze ervaringen.', "sharing experiences in a parents' group"],
    ['aanwezig', 'Ouders van kinderen met autisme leren andere ouders kennen die hetzelfde meemaken.', 'own sense: ouders van kinderen met autisme leren andere ouders kennen die …'],
  ]);
});

describe('vertrouwen.basis, review 18', () => {
  verdictCases('vertrouwen.basis', [
    ['ontbreekt', 'Ouders kennen als geen ander de weg naar het zwembad.', 'knowing the way to the pool (4)'],
    ['ontbreekt', 'De gemeente kent het langst de jongeren uit de wijk.', 'the municipality that knows the youth longest (4)'],
    ['ontbreekt', 'Jongeren kunnen leunen op hun ouders en op de kennis van hun mentor.', 'leaning on parents and a mentor (4)'],
    ['aanwezig', 'Ouders kennen als geen ander hun kind.', 'parents know their child as no one else'],
    ['aanwezig', 'Ouders en jongeren weten het beste wat zij nodig hebben.', 'own sense: ouders en jongeren weten het beste wat zij nodig hebben'],
    ['aanwezig', 'We leunen op de kennis en kunde van onze professionals.', 'own sense: we leunen op de kennis en kunde van onze professionals'],
  ]);
});

describe('vertrouwen.ruimte-professionals, review 18', () => {
  verdictCases('vertrouwen.ruimte-professionals', [
    ['ontbreekt', 'De aanbieder kan de uren niet verlengen zonder toestemming van de ouders.', "more hours only with the parents' permission (5)"],
    ['ontbreekt', 'Professionals die vrijheid van meningsuiting belangrijk vinden, spreken zich uit.', 'freedom of speech (5)'],
    ['aanwezig', 'De begeleider mag de uren verlengen zonder nieuwe beschikking.', 'own sense: de begeleider mag de uren verlengen zonder nieuwe beschikking'],
    ['aanwezig', 'De hulpverlener kan de hulp ophogen zonder toestemming van de gemeente.', 'own sense: de hulpverlener kan de hulp ophogen zonder toestemming van de gemeente'],
    ['aanwezig', 'Professionals krijgen de vrijheid om zelf te bepalen welke hulp past.', 'own sense: professionals krijgen de vrijheid om zelf te bepalen welke hulp past'],
  ]);
});

describe('vertrouwen.niet-te-snel-labelen, review 18', () => {
  verdictCases('vertrouwen.niet-te-snel-labelen', [
    ['ontbreekt', 'Het wijkteam kan niet direct een specialist inschakelen omdat er een wachtlijst is.', 'a specialist not engaged because of a waiting list (6)'],
    ['aanwezig', 'Het wijkteam denkt eerst mee met het gezin, zonder meteen door te verwijzen naar specialistische hulp.', 'own sense: het wijkteam denkt eerst mee met het gezin, zonder meteen door te …'],
  ]);
});

describe('vertrouwen.minder-administratie, review 18', () => {
  verdictCases('vertrouwen.minder-administratie', [
    ['ontbreekt', 'Professionals zitten achter de computer om de cursus online te volgen.', 'an online course behind the computer (7)'],
    ['aanwezig', 'Zorgaanbieders zijn ook ondernemers; we verminderen hun administratieve lasten.', 'care providers who are also entrepreneurs (29)'],
    ['deels', 'Professionals zitten nu te veel achter de computer om alles te registreren.', 'own sense, professionals zitten nu te veel achter de computer om alles te …'],
  ]);
});

describe('passend.beschikbaar-in-regio, review 18', () => {
  verdictCases('passend.beschikbaar-in-regio', [
    ['ontbreekt', 'De aanbieder van het openbaar vervoer stopt en de bus wordt overgenomen door een andere vervoerder.', 'a public-transport operator that stops (8)'],
    ['aanwezig', 'Net als bij de kinderopvang zorgen we dat crisisopvang voor jongeren altijd in de regio beschikbaar blijft.', 'crisis care like childcare available in the region (25)'],
    ['aanwezig', 'Als een aanbieder stopt, zorgen we dat de hulp aan de kinderen doorloopt.', 'own sense: als een aanbieder stopt, zorgen we dat de hulp aan de kinderen …'],
    ['aanwezig', 'Als een zorgaanbieder failliet gaat, wordt de zorg overgenomen door een andere aanbieder.', 'own sense: als een zorgaanbieder failliet gaat, wordt de zorg overgenomen door …'],
  ]);
});

describe('passend.regio-afbakening, review 18', () => {
  verdictCases('passend.regio-afbakening', [
    ['ontbreekt', 'De gemeenten werken als één team samen tijdens de Koningsdag.', "one team on King's Day (9)"],
    ['ontbreekt', 'De 7 gemeenten verdelen de taken voor het onderhoud van de fietspaden.', 'dividing the upkeep of cycle paths (9)'],
    ['aanwezig', 'De gemeenten treden bij de inkoop van specialistische jeugdhulp op als één regio.', 'own sense: de gemeenten treden bij de inkoop van specialistische jeugdhulp op …'],
    ['ontbreekt', 'De 7 gemeenten verdelen de taken voor het onderhoud van de wegen.', 'near miss: de 7 gemeenten verdelen de taken voor het onderhoud van de wegen'],
  ]);
});

describe('passend.behoefte-en-schaal, review 18', () => {
  verdictCases('passend.behoefte-en-schaal', [
    ['ontbreekt', 'Elke gemeente regelt zelf de hulp bij het huishouden, samen met andere gemeenten kopen we de taxi in.', 'home help and a taxi bought together (10)'],
    ['ontbreekt', 'Welke hulp het dichtbij en in de regio krijgt, bepalen de vrijwilligers van de voedselbank.', 'a food bank deciding (10)'],
    ['aanwezig', 'Elke gemeente regelt zelf de lichte hulp, samen met andere gemeenten kopen we de specialistische jeugdhulp in.', 'own sense: elke gemeente regelt zelf de lichte hulp, samen met andere gemeenten …'],
    ['aanwezig', 'Welke hulp dichtbij en welke in de regio wordt georganiseerd, bepalen de gemeenten samen.', 'own sense: welke hulp dichtbij en welke in de regio wordt georganiseerd, bepalen …'],
  ]);
});

describe('passend.afstemming, review 18', () => {
  verdictCases('passend.afstemming', [
    ['ontbreekt', 'Huisartsen zoeken samen een oplossing voor de zorg in de avonddiensten.', "GPs' evening shifts (11)"],
    ['aanwezig', 'Huisartsen en het jeugdteam zoeken samen een oplossing voor het kind.', 'own sense: huisartsen en het jeugdteam zoeken samen een oplossing voor het kind'],
  ]);
});

describe('passend.doorbraak, review 18', () => {
  verdictCases('passend.doorbraak', [
    ['ontbreekt', 'Er komt een plek waar vastgelopen zaken van de rechtbank worden afgehandeld.', 'stuck court cases (12)'],
    ['ontbreekt', 'Vastgelopen zaken over de huur worden voorgelegd aan de huurcommissie.', 'stuck rent cases (12)'],
    ['aanwezig', 'Na een aangifte van kindermishandeling loopt de hulp vaak vast; een doorbraakteam zorgt dan dat er snel hulp komt.', 'help that stalls after a report of child abuse (23)'],
    ['ontbreekt', 'Vastgelopen met je belastingaangifte? Het jongerenloket helpt jongeren daarbij.', 'a tax return (23, stays out)'],
    ['aanwezig', 'Er komt een plek waar vastgelopen hulpvragen van gezinnen worden opgelost.', 'own sense: er komt een plek waar vastgelopen hulpvragen van gezinnen worden …'],
    ['aanwezig', 'Vastgelopen situaties van jongeren worden voorgelegd aan het regionale expertteam.', 'own sense: vastgelopen situaties van jongeren worden voorgelegd aan het …'],
  ]);
});

describe('kwaliteit.een-aanspreekpunt, review 18', () => {
  verdictCases('kwaliteit.een-aanspreekpunt', [
    ['ontbreekt', 'Iemand van de gemeente houdt het overzicht over de subsidies.', 'an overview of subsidies (13)'],
    ['ontbreekt', 'Een hulpverlener houdt het overzicht over zijn eigen agenda.', "an overview of one's own diary (13)"],
    ['aanwezig', 'Eén hulpverlener houdt het overzicht over alle hulp aan het gezin.', 'own sense: één hulpverlener houdt het overzicht over alle hulp aan het gezin'],
  ]);
});

describe('kwaliteit.contact-bij-wachttijd, review 18', () => {
  verdictCases('kwaliteit.contact-bij-wachttijd', [
    ['ontbreekt', 'Zolang ouders wachten op een plek in de kinderopvang, helpen we met oppas via buren.', 'waiting for childcare (14)'],
    ['ontbreekt', 'In de tussentijd houden we contact met ouders en kijken we wat er al kan op de nieuwe school.', 'what can already be done at a new school (14)'],
    ['aanwezig', 'Zolang ouders op de wachtlijst staan, helpen we met lichte hulp van het wijkteam.', 'own sense: zolang ouders op de wachtlijst staan, helpen we met lichte hulp van …'],
    ['aanwezig', 'In de tussentijd houden we contact met ouders en kijken we wat er al kan aan hulp.', 'own sense: in de tussentijd houden we contact met ouders en kijken we wat er al …'],
  ]);
});

describe('kwaliteit.bijsturen, review 18', () => {
  verdictCases('kwaliteit.bijsturen', [
    ['ontbreekt', 'De doelen van het klimaatplan bijstellen we elk jaar.', 'goals of a climate plan (15)'],
    ['aanwezig', 'Bij de inkoop spreken we af dat aanbieders elk half jaar met het gezin evalueren of de hulp nog past.', 'agreed at procurement: evaluating the help with the family (22)'],
    ['aanwezig', 'De hulpverlener stelt samen met het gezin de doelen bij als dat nodig is.', 'own sense: de hulpverlener stelt samen met het gezin de doelen bij als dat nodig …'],
  ]);
});

describe('kwaliteit.match, review 18', () => {
  verdictCases('kwaliteit.match', [
    ['ontbreekt', 'De coach respecteert het geloof van de spelers.', 'a coach respecting faith of players (16)'],
    ['ontbreekt', 'De begeleider van de schoolreis en de ouders passen goed bij elkaar.', 'a school-trip escort who fits the parents (16)'],
    ['deels', 'Door de krapte op de arbeidsmarkt is het lastig om een hulpverlener te vinden die bij het gezin past; we zoeken altijd een hulpverlener die de taal van het gezin spreekt.', "a worker who speaks the family's language despite the labour market; a problem sentence (\"lastig\"), so deels (28)"],
    ['aanwezig', 'We zoeken een hulpverlener die de taal van het gezin spreekt.', 'own sense: we zoeken een hulpverlener die de taal van het gezin spreekt'],
    ['aanwezig', 'De hulpverlener en het gezin moeten goed bij elkaar passen.', 'own sense: de hulpverlener en het gezin moeten goed bij elkaar passen'],
    ['aanwezig', 'We zorgen dat de begeleider en de jongere goed bij elkaar passen, zodat de hulp werkt.', 'own sense: we zorgen dat de begeleider en de jongere goed bij elkaar passen, …'],
  ]);
});

describe('kwaliteit.hele-gezin, review 18', () => {
  verdictCases('kwaliteit.hele-gezin', [
    ['ontbreekt', 'Ook aandacht voor broers en zussen tijdens de sportdag vinden we belangrijk.', 'siblings at a sports day (17)'],
    ['aanwezig', 'De hulpverlener heeft ook aandacht voor broers en zussen.', 'own sense: de hulpverlener heeft ook aandacht voor broers en zussen'],
  ]);
});

describe('kwaliteit.samen-leren, review 18', () => {
  verdictCases('kwaliteit.samen-leren', [
    ['ontbreekt', 'Teams leren samen met elkaar in de praktijk op de bouwplaats.', 'learning on a building site (18)'],
    ['ontbreekt', 'Na de brand hebben we samen met alle partijen teruggekeken op wat misging.', 'looking back after a fire (18)'],
    ['aanwezig', 'Hulpverleners leren samen van casussen uit hun eigen werk.', 'own sense: hulpverleners leren samen van casussen uit hun eigen werk'],
    ['aanwezig', 'Na afloop hebben we samen met alle partijen teruggekeken op de casus.', 'own sense: na afloop hebben we samen met alle partijen teruggekeken op de casus'],
  ]);
});

describe('kwaliteit.klachten-en-signalen, review 18', () => {
  verdictCases('kwaliteit.klachten-en-signalen', [
    ['ontbreekt', 'Jongeren kunnen spreken met iemand buiten de groep over hun sportprestaties.', 'talking about sports results (19)'],
    ['ontbreekt', 'Ouders kunnen melden als de speeltuin onveilig is voor kinderen.', 'an unsafe playground (19)'],
    ['aanwezig', 'Jongeren kunnen bellen met iemand buiten de instelling als ze een klacht hebben.', 'own sense: jongeren kunnen bellen met iemand buiten de instelling als ze een …'],
    ['deels', 'Jongeren kunnen melden als ze zich onveilig voelen in de instelling.', 'own sense, jongeren kunnen melden als ze zich onveilig voelen in de instelling'],
  ]);
});

describe('expert.in-gesprek-blijven, review 18', () => {
  verdictCases('expert.in-gesprek-blijven', [
    ['ontbreekt', 'De komende jaren blijven we in gesprek met ouders en jongeren over de plannen voor de nieuwe wijk.', 'plans for a new neighbourhood (20)'],
    ['aanwezig', 'De komende jaren blijven we in gesprek met ouders en jongeren over de regiovisie.', 'own sense: de komende jaren blijven we in gesprek met ouders en jongeren over de …'],
    ['deels', 'Ook bij de uitvoering horen we graag de mening van jongeren over de regiovisie.', 'own sense, ook bij de uitvoering horen we graag de mening van jongeren over de …'],
  ]);
});

describe('algemeen.vraaggericht, review 18', () => {
  verdictCases('algemeen.vraaggericht', [
    ['ontbreekt', 'De bus past zich aan de dienstregeling van de school aan, zodat het kind op tijd is en de hulp van ouders niet nodig is.', 'a bus that adapts (21)'],
    ['aanwezig', 'De hulp past zich aan het gezin aan, niet andersom.', 'own sense: de hulp past zich aan het gezin aan, niet andersom'],
    ['aanwezig', 'We zorgen dat het aanbod zich aanpast aan wat de jongere nodig heeft.', 'own sense: we zorgen dat het aanbod zich aanpast aan wat de jongere nodig heeft'],
  ]);
});

describe('kwaliteit.luisteren, review 18', () => {
  verdictCases('kwaliteit.luisteren', [
    ['aanwezig', 'Bij de Wmo en de jeugdhulp luisteren we aan het begin van de hulp goed naar wat ouders en jongeren nodig hebben.', 'listening at Wmo and youth care (24)'],
  ]);
});

describe('kwaliteit.wie-bepaalt, review 18', () => {
  verdictCases('kwaliteit.wie-bepaalt', [
    ['aanwezig', 'Samen met ouders stellen we kwaliteitseisen op voor jeugdhulp en kinderopvang.', 'quality demands for youth care and childcare (25)'],
  ]);
});

describe('expert.ervaringsdeskundigheid, review 18', () => {
  verdictCases('expert.ervaringsdeskundigheid', [
    ['aanwezig', 'Net als voor volwassenen zetten we ervaringsdeskundigen in bij de jeugdhulp.', 'experts by experience as for adults (26)'],
  ]);
});

describe('expert.afspraken-ervaringsdeskundigen, review 18', () => {
  verdictCases('expert.afspraken-ervaringsdeskundigen', [
    ['aanwezig', 'Ervaringsdeskundigen brengen kennis uit eigen ervaring in; we spreken met hen af welke vergoeding zij krijgen.', 'knowledge from own experience and a fee agreed (27)'],
  ]);
});
