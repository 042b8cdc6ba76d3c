import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Paraphrases and other senses of the kwaliteit.* items, each on sentences written for these tests
 * (never taken from a corpus or the sentence bank): the item said in plain, B1 or youth words is
 * found, and a near miss (another sense, or the same words without the item's concept) is not. A
 * passage is judged on its own, as part of a regiovisie, against the LOC checklist as it ships.
 */

describe('kwaliteit.wie-bepaalt in other words', () => {
  verdictCases('kwaliteit.wie-bepaalt', [
    ['aanwezig', 'Met ouders en jongeren hebben de gemeenten vastgesteld wat wij verstaan onder goede hulp.', 'deciding with families what good help is'],
    ['ontbreekt', 'Met de aanbieders hebben de gemeenten vastgesteld welke tarieven gelden.', 'setting prices with providers'],
    ['ontbreekt', 'Het kwaliteitskader kinderopvang schrijft voor hoeveel pedagogisch medewerkers er per groep staan.', 'the childcare sector standard'],
  ]);
});

describe('kwaliteit.luisteren in other words', () => {
  verdictCases('kwaliteit.luisteren', [
    ['aanwezig', 'De jeugdconsulent vraagt bij de start en daarna telkens: wat heb je nodig?', 'asking what you need at the start and during help'],
    ['ontbreekt', 'Wij vragen steeds: wat heeft u nodig voor de verbouwing?', 'the same question about a renovation'],
    ['deels', 'Begeleiders proberen zo veel mogelijk rekening te houden met de wensen van jongeren.', 'taking wishes into account, hedged'],
    ['ontbreekt', 'Bij de planning van de bouw houden we rekening met de wensen van de buurt.', 'the wishes of a neighbourhood'],
    ['aanwezig', 'We luisteren ook naar broers en zussen.', 'listening to brothers and sisters'],
    ['aanwezig', 'Bij de intake luisteren we eerst en stellen pas daarna een plan op.', 'listening first at the intake'],
    ['ontbreekt', 'Wij nemen de tijd om te horen wat er speelt in de straat.', 'hearing what goes on in a street'],
    ['ontbreekt', 'In het Wmo-gesprek vraagt de consulent wat de oudere bewoner zelf nodig heeft om thuis te blijven wonen.', 'a Wmo consultation of an older resident'],
    ['ontbreekt', 'Bij de Wmo vraagt de consulent ouders wat ze nodig hebben om de mantelzorg vol te houden.', 'a Wmo consultation about informal care'],
  ]);
});

describe('kwaliteit.een-aanspreekpunt in other words', () => {
  verdictCases('kwaliteit.een-aanspreekpunt', [
    ['aanwezig', 'De casusregie ligt voortaan bij het wijkteam.', 'case direction named without the family'],
    ['deels', 'We onderzoeken of de casusregie bij het wijkteam kan liggen.', 'case direction under study'],
    ['ontbreekt', 'De regie over de aanbesteding ligt bij het inkoopbureau.', 'direction of a tender'],
  ]);
});

describe('kwaliteit.contact-bij-wachttijd in other words', () => {
  verdictCases('kwaliteit.contact-bij-wachttijd', [
    ['aanwezig', 'Onze medewerker houdt contact met het gezin en regelt in de tussentijd alvast wat steun.', 'contact and support in the meantime'],
    ['ontbreekt', 'De wethouder houdt contact met de provincie; in de tussentijd loopt het onderzoek door.', 'contact between governments'],
    ['ontbreekt', 'Wij bellen de aannemer en ruimen in de tussentijd alvast op.', 'calling a contractor'],
  ]);
});

describe('kwaliteit.bijsturen in other words', () => {
  verdictCases('kwaliteit.bijsturen', [
    ['aanwezig', 'Gaat het beter of slechter, dan maken we de begeleiding eenvoudig meer of minder.', 'help that grows or shrinks easily'],
    ['ontbreekt', 'De gemeente geeft meer of minder subsidie aan het buurthuis.', 'more or less subsidy'],
    ['aanwezig', 'Hebben jongeren na een half jaar opnieuw hulp nodig, dan kunnen ze meteen terug bij dezelfde begeleider.', 'coming back to the same worker'],
    ['ontbreekt', 'Jongeren die opnieuw hulp nodig hebben, melden zich bij het wijkteam.', 'needing help again, no way back'],
    ['aanwezig', 'Wij maken het eenvoudiger om over te stappen naar een andere vorm van hulp.', 'switching forms of help made easier'],
    ['ontbreekt', 'We maken het eenvoudiger om over te stappen naar een andere energieleverancier.', 'switching energy supplier'],
    ['aanwezig', 'Wij bieden gezinnen een herstart van de hulp zonder nieuwe aanmelding; het inkoopbureau regelt dat.', 'a procurement office as the party that arranges a restart'],
    ['ontbreekt', 'Een herstart van de inkoop regelt het inkoopbureau in het voorjaar.', 'restarting procurement'],
    ['ontbreekt', 'Na de herstart van de weekmarkt kijken we na een half jaar of de kramen goed staan.', 'a restarted market'],
  ]);
});

describe('kwaliteit.match in other words', () => {
  verdictCases('kwaliteit.match', [
    ['aanwezig', 'Past de begeleider niet? Wij zoeken dan samen een nieuwe begeleider die beter bij je past.', 'finding a worker who suits you'],
    ['ontbreekt', 'Wij zoeken een nieuwe collega die goed in ons team past.', 'a colleague who fits a team'],
    ['ontbreekt', 'Past de schoen niet? Wij zoeken dan een maat die beter bij je past.', 'a shoe size that fits'],
    ['aanwezig', 'We vinden het belangrijk dat de behandelaar en de ouders goed bij elkaar passen.', 'worker and parents who fit'],
    ['ontbreekt', 'We vinden het belangrijk dat de kleuren van het gebouw goed bij elkaar passen.', 'colours that fit'],
    ['deels', 'We streven ernaar dat begeleiders de taal van ouders spreken, voor zover de arbeidsmarkt dat toelaat.', 'language match limited by the labour market'],
    ['ontbreekt', 'Op de arbeidsmarkt is de match tussen jongeren en werkgevers lastig.', 'a labour-market match'],
  ]);
});

describe('kwaliteit.leefomgeving in other words', () => {
  verdictCases('kwaliteit.leefomgeving', [
    ['aanwezig', 'We voorkomen dat jongeren van instelling naar instelling gaan.', 'no moving from institution to institution'],
    ['deels', 'Een jongere werd drie keer doorgeplaatst naar een andere groep.', 'moved on three times'],
    ['ontbreekt', 'Een collega werd doorgeplaatst naar een andere afdeling.', 'a colleague moved to another department'],
    ['ontbreekt', 'De leefomgeving bij het station krijgt nieuwe verlichting.', 'public space around a station'],
  ]);
});

describe('kwaliteit.hele-gezin in other words', () => {
  verdictCases('kwaliteit.hele-gezin', [
    ['aanwezig', 'Krijgt een kind begeleiding, dan kijken we ook naar hoe het gaat met de andere gezinsleden.', 'how the other family members are doing'],
    ['ontbreekt', 'Ook de ouders zelf kijken graag naar de nieuwe website.', 'parents looking at a website'],
    ['aanwezig', 'Wij gaan ervan uit dat het probleem niet alleen bij het kind ligt.', 'the child is not the only problem'],
    ['ontbreekt', 'Wij gaan ervan uit dat het probleem niet alleen bij de gemeente ligt.', 'not only the municipality'],
    ['aanwezig', 'Samen met je broertjes en zusjes kijken we wat jullie thuis nodig hebben.', 'with brothers and sisters, what you need at home'],
    ['ontbreekt', 'Met je broertjes en zusjes ga je naar het zwembad.', 'siblings going swimming'],
    ['deels', 'Ouders vertelden dat alleen het kind werd geholpen en zij buiten beeld bleven.', 'only the child was helped'],
    ['ontbreekt', 'Ouders vertelden dat het kind graag op de fiets werd gebracht.', 'the child brought by bike'],
  ]);
});

describe('kwaliteit.samen-leren in other words', () => {
  verdictCases('kwaliteit.samen-leren', [
    ['aanwezig', 'Begeleiders leren maandelijks samen van situaties uit hun eigen werk.', 'learning together from situations'],
    ['ontbreekt', 'Kinderen leren op school samen over situaties in het verkeer.', 'pupils learning about traffic'],
    ['aanwezig', "Professionals bespreken elk kwartaal casuïstiek met collega's van andere organisaties.", 'discussing cases with colleagues'],
    ['ontbreekt', 'De casuïstiek staat in de bijlage.', 'cases in an appendix'],
  ]);
});

describe('kwaliteit.kinderrechten in other words', () => {
  verdictCases('kwaliteit.kinderrechten', [
    ['aanwezig', 'Kinderen hebben rechten, bijvoorbeeld om mee te praten over hun hulp.', "children's rights with an example"],
    ['deels', 'Kinderen hebben rechten.', 'rights named only'],
    ['ontbreekt', 'Medewerkers hebben rechten, zoals verlof.', "staff's rights"],
  ]);
});

describe('kwaliteit.toetsing in other words', () => {
  verdictCases('kwaliteit.toetsing', [
    ['aanwezig', 'Een commissie die niet bij de gemeente werkt, kijkt of de jeugdhulp goed is.', 'an outside body checks the help'],
    ['ontbreekt', 'Een vrijwilliger die niet bij de gemeente werkt, kijkt of de fietsen goed zijn.', 'checking bicycles'],
  ]);
});

describe('kwaliteit.ervaringen-ophalen in other words', () => {
  verdictCases('kwaliteit.ervaringen-ophalen', [
    ['aanwezig', 'We gaan in gesprek met jongeren en horen hoe het ging met hun begeleiding.', 'hearing in conversation how help went'],
    ['ontbreekt', 'In het gesprek over de verbouwing hoorden we hoe het ging met de planning.', 'how a renovation went'],
    ['ontbreekt', 'Met de buurtverhalen horen we hoe het echt ging met de wijk.', 'neighbourhood stories'],
  ]);
});

describe('kwaliteit.klachten-en-signalen in other words', () => {
  verdictCases('kwaliteit.klachten-en-signalen', [
    ['aanwezig', 'Als er iets misgaat in de begeleiding, kunnen jongeren dat altijd melden.', 'reporting when help goes wrong'],
    ['ontbreekt', 'Als er iets misgaat met de verwarming, kunt u dat melden bij de beheerder.', 'reporting a heating fault'],
    ['aanwezig', 'Het klachtenoverzicht per aanbieder bespreken we elk halfjaar in het contractgesprek.', 'complaints per provider in contract talks'],
    ['ontbreekt', 'Het overzicht per aanbieder bespreken we elk halfjaar.', 'an overview without complaints'],
  ]);
});
