import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Group j: the kwaliteit.* items said in other words (bank 20 round), each on sentences written for
 * these tests (never taken from a corpus or the sentence bank): the item's concept in plain, B1 or
 * youth words is found, and a near miss (another sense, or the same words without the item's
 * concept) is not. A passage is judged on its own, as part of a regiovisie, against the LOC
 * checklist as it ships.
 */

describe('kwaliteit.wie-bepaalt in other words (j)', () => {
  verdictCases('kwaliteit.wie-bepaalt', [
    ['aanwezig', 'Jongeren denken mee over wat we van jeugdhulpaanbieders verwachten.', 'young people helping decide what is expected of providers'],
    ['aanwezig', 'De cliëntenraad beslist mee over de eisen aan de jeugdhulp in de nieuwe contracten.', 'a client council deciding on requirements'],
    ['aanwezig', 'Ouders praten mee over wat de gemeenten van aanbieders vragen.', 'parents talking along about what is asked of providers'],
    ['ontbreekt', 'Ouders praten mee over de inrichting van het nieuwe speelplein.', 'parents on a playground'],
    ['ontbreekt', 'Jongeren denken mee over de agenda van de jongerenraad.', 'young people on a council agenda'],
  ]);
});

describe('kwaliteit.luisteren in other words (j)', () => {
  verdictCases('kwaliteit.luisteren', [
    ['aanwezig', 'Het verhaal van ouders schrijven we op in hun eigen woorden.', "writing down in the family's own words"],
    ['aanwezig', 'Jouw woorden staan in het hulpplan, niet die van de hulpverlener.', 'your words in the plan'],
    ['aanwezig', 'De hulpvraag van de jongere nemen we letterlijk over in het plan.', 'the request for help taken over literally'],
    ['ontbreekt', 'Met andere woorden: in het plan staat wat uw gemeente doet.', "'met andere woorden' as a connector"],
    ['ontbreekt', 'Uw aanvraag voor een parkeervergunning schrijven we op in het plan.', 'a permit written into a plan'],
    ['deels', "'Niemand luisterde echt naar mijn zoon,' zegt een vader over zijn tijd in de jeugdhulp.", 'a parent on not being listened to, in the past'],
  ]);
});

describe('kwaliteit.een-aanspreekpunt in other words (j)', () => {
  verdictCases('kwaliteit.een-aanspreekpunt', [
    ['aanwezig', 'Ieder gezin heeft één regisseur die alle hulpverleners aanstuurt.', 'one director per family'],
    ['ontbreekt', 'Eén regisseur stemt de planning van de wegwerkzaamheden af.', 'a director of road works'],
  ]);
});

describe('kwaliteit.contact-bij-wachttijd in other words (j)', () => {
  verdictCases('kwaliteit.contact-bij-wachttijd', [
    ['aanwezig', 'Staat uw kind op de wachtlijst, dan staat u er niet alleen voor.', 'not alone while on the waiting list'],
    ['aanwezig', 'Ook als je moet wachten, laten we je niet alleen.', 'not left alone while waiting'],
    ['ontbreekt', 'Ouders wachten op de bus en staan daar niet alleen.', 'waiting for a bus'],
  ]);
});

describe('kwaliteit.bijsturen in other words (j)', () => {
  verdictCases('kwaliteit.bijsturen', [
    ['aanwezig', 'Wie na de hulp terugvalt, kan terugkomen zonder opnieuw te beginnen.', 'coming back without starting over'],
    ['aanwezig', 'Heeft een jongere later weer hulp nodig, dan hoeft hij niet opnieuw te beginnen bij de toegang.', 'needing help again without starting over'],
    ['ontbreekt', 'We bouwen voort op de bestaande afspraken en hoeven niet opnieuw te beginnen.', 'building on agreements, not starting over'],
    ['deels', 'Het rijk wil dat jeugdhulp eenvoudiger kan worden afgeschaald.', 'scaling down, national'],
    ['aanwezig', 'Jongeren die terugvallen, komen bij ons nooit weer achteraan op de wachtlijst.', 'not at the back of the queue again'],
    ['ontbreekt', 'De crisisorganisatie werd na het hoogwater afgeschaald.', 'a crisis organisation scaled down'],
  ]);
});

describe('kwaliteit.leefomgeving in other words (j)', () => {
  verdictCases('kwaliteit.leefomgeving', [
    ['aanwezig', 'Jeugdhulp geven we zoveel mogelijk in de eigen buurt van het kind.', 'help at home as much as possible'],
    ['aanwezig', 'Jongeren krijgen behandeling in hun eigen wijk.', 'treatment in the own neighbourhood'],
    ['ontbreekt', 'Veel inwoners werken zoveel mogelijk thuis.', 'working from home'],
    ['aanwezig', 'We zorgen dat minder kinderen in een instelling opgroeien.', 'fewer children growing up in institutions'],
    ['ontbreekt', 'Kinderen groeien op in een kinderrijke buurt met minder verkeer.', 'growing up in a quiet street'],
  ]);
});

describe('kwaliteit.hele-gezin in other words (j)', () => {
  verdictCases('kwaliteit.hele-gezin', [
    ['aanwezig', 'De jeugdhulpverlener kijkt ook naar wat de ouders zelf nodig hebben.', 'also looking at what parents need'],
    ['ontbreekt', 'Bij de aanvraag van een oudere inwoner wordt ook gekeken naar de zorgen van de mantelzorger.', 'an elderly resident and a carer'],
    ['deels', "'Ze hielpen onze dochter, maar niemand vroeg hoe het met ons als ouders ging,' zegt een moeder over de jeugdhulp.", 'a parent missing attention for the family'],
    ['ontbreekt', 'Niemand vroeg hoe het met de fietsenstalling ging.', 'nobody asked about a bike shed'],
  ]);
});

describe('kwaliteit.samen-leren in other words (j)', () => {
  verdictCases('kwaliteit.samen-leren', [
    ['aanwezig', 'Begeleiders praten met elkaar over wat goed ging en wat beter kan.', 'talking together about what went well'],
    ['ontbreekt', 'Begeleiders praten met elkaar over het rooster.', 'talking about a roster'],
    ['aanwezig', 'In onze regio leren jeugdwerkers samen van situaties die misliepen.', 'youth workers of several organisations learning'],
    ['aanwezig', 'Elk kwartaal is er een reflectiebijeenkomst voor de wijkteams.', 'a reflection meeting'],
  ]);
});

describe('kwaliteit.kinderrechten in other words (j)', () => {
  verdictCases('kwaliteit.kinderrechten', [
    ['aanwezig', 'Jongeren krijgen bij de intake informatie over hun rechtspositie.', 'informing about legal position'],
    ['aanwezig', 'Jij hebt rechten, ook in de jeugdzorg.', 'you have rights in youth care'],
    ['ontbreekt', 'Kinderen onder de vier hebben recht op gratis toegang tot het zwembad.', 'free entry to a pool'],
    ['ontbreekt', 'Kinderen hebben met de stadspas recht op korting bij de sportclub.', 'a discount card'],
    ['ontbreekt', 'De jongerenraad heeft sinds kort adviesrecht over het budget voor jeugdzorg.', 'a youth council with a right to advise'],
  ]);
});

describe('kwaliteit.toetsing in other words (j)', () => {
  verdictCases('kwaliteit.toetsing', [
    ['aanwezig', 'Onafhankelijke deskundigen checken voor de gemeenten de kwaliteit van de jeugdhulp.', 'an independent committee checking'],
    ['ontbreekt', 'Een onafhankelijke partij checkt de declaraties van aanbieders.', 'checking invoices'],
  ]);
});

describe('kwaliteit.ervaringen-ophalen in other words (j)', () => {
  verdictCases('kwaliteit.ervaringen-ophalen', [
    ['aanwezig', 'De jeugdconsulent wil van ouders weten hoe zij de hulp beleven.', 'wanting to know how families experience help'],
    ['ontbreekt', 'Professionals weten uit ervaring hoe belangrijk hulp dichtbij is.', 'knowing from experience'],
  ]);
});

describe('kwaliteit.klachten-en-signalen in other words (j)', () => {
  verdictCases('kwaliteit.klachten-en-signalen', [
    ['aanwezig', 'Ben je niet blij met je begeleider, dan kun je dat zeggen tegen iemand van de gemeente.', 'not happy, say it'],
    ['aanwezig', 'Niet blij met de hulp van uw gezinscoach? Meld het bij de gemeente.', 'not happy with help, report it'],
    ['ontbreekt', 'Veel inwoners zijn niet blij met de nieuwe busroute en zeggen dat ook.', 'unhappy with a bus route'],
  ]);
});
