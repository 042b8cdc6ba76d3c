import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Paraphrases and other senses of the vertrouwen.*, expert.* and algemeen.* items (group h), each
 * on sentences written for these tests (never taken from a corpus or the sentence bank): the item
 * said in plain, B1 or youth words is found, and a near miss (another sense, or the same words
 * without the item's concept) is not. A passage is judged on its own, as part of a regiovisie,
 * against the LOC checklist as it ships.
 */

describe('vertrouwen.basis in other words', () => {
  verdictCases('vertrouwen.basis', [
    ['aanwezig', 'Wij gaan uit van het oordeel van de jeugdprofessional.', "starting from the professional's judgement"],
    ['aanwezig', 'Bij een melding gaan we uit van de inschatting van ouders zelf.', "starting from the parents' own assessment"],
    ['ontbreekt', 'We gaan uit van een stijging van het aantal meldingen; het oordeel van de accountant volgt in mei.', 'assuming a rise, an auditor judging'],
    ['aanwezig', 'Het vakmanschap van de jeugdprofessional is ons vertrekpunt bij elke toewijzing.', 'craftsmanship as the starting point'],
    ['ontbreekt', 'Vertrekpunt van de busroute is het station; de chauffeur kent zijn vak.', 'the starting point of a bus route'],
    ['aanwezig', 'De gemeente kijkt niet langer over de schouder van de hulpverleners mee.', 'no longer looking over the shoulder'],
    ['ontbreekt', 'Een ervaren collega kijkt bij lastige gezinnen over de schouder mee.', 'a colleague who does look over the shoulder (coaching)'],
    ['deels', 'Jongeren voelen zich vaak niet geloofd als ze vertellen wat er thuis speelt in de jeugdhulp.', 'not being believed, a mention'],
    ['ontbreekt', 'Ouders van verschillend geloof krijgen jeugdhulp in hun eigen taal.', 'faith in the religious sense'],
  ]);
});

describe('vertrouwen.ruimte-professionals in other words', () => {
  verdictCases('vertrouwen.ruimte-professionals', [
    ['aanwezig', 'De jeugdprofessional bepaalt samen met u wat nodig is.', 'the professional decides with you what is needed'],
    ['ontbreekt', 'De hulpverlener bespreekt met u wat nodig is.', 'only talking it over'],
  ]);
});

describe('vertrouwen.gelijkwaardige-samenwerking in other words', () => {
  verdictCases('vertrouwen.gelijkwaardige-samenwerking', [
    ['aanwezig', 'Gemeenten en aanbieders lossen problemen in goed vertrouwen samen op.', 'in good faith'],
    ['ontbreekt', 'Wij hebben er goed vertrouwen in dat de aanbieders de wachtlijst terugdringen.', 'confidence that something will happen'],
    ['ontbreekt', 'Samen met de sportvereniging gaan we een partnerschap aan voor een beweegprogramma voor kinderen.', 'a partnership with a sports club'],
  ]);
});

describe('vertrouwen.keuzevrijheid in other words', () => {
  verdictCases('vertrouwen.keuzevrijheid', [
    ['aanwezig', 'U bepaalt zelf welke aanbieder uw kind helpt.', "'bepaalt zelf' in the singular"],
    ['aanwezig', 'Ouders bepalen zelf welke organisatie hun kind begeleidt.', 'choosing the organisation'],
    ['ontbreekt', 'De gemeente bepaalt zelf welke organisatie het buurthuis beheert.', 'the council choosing for a community centre'],
    ['ontbreekt', 'De gemeente bepaalt zelf welke organisatie de speeltuin onderhoudt.', 'the council choosing a contractor, no help in the sentence'],
    ['aanwezig', 'Het wijkteam stelt ouders bij een verwijzing twee zorgaanbieders voor, zodat zij zelf beslissen.', 'several providers put forward to choose from'],
    ['aanwezig', 'Jongeren krijgen altijd meerdere aanbieders voorgelegd en mogen zelf beslissen.', 'several providers put before young people'],
    ['ontbreekt', 'We hebben de plannen voorgelegd aan 12 aanbieders en aan ouders.', 'plans put before providers'],
    ['aanwezig', 'Jongeren mogen zelf bepalen wie hen begeleidt.', 'deciding who helps'],
    ['ontbreekt', 'Jongeren mogen zelf bepalen wie er bij het gesprek aanwezig is.', 'deciding who attends a talk'],
    ['ontbreekt', 'Ouders hebben een vrije schoolkeuze; de gemeente deelt geen leerlingen in bij basisscholen.', 'free choice of school'],
  ]);
});

describe('vertrouwen.ouders-verbinden in other words', () => {
  verdictCases('vertrouwen.ouders-verbinden', [
    ['aanwezig', 'Gezinnen die net met jeugdhulp beginnen, krijgen een oudermaatje.', 'a parent buddy'],
    ['ontbreekt', 'De buurtsportcoach zoekt een maatje voor kinderen die willen voetballen.', 'a buddy for children at sport'],
    ['aanwezig', 'Via het wijkteam leren ouders andere ouders kennen die ook kinderen met autisme hebben.', 'meeting parents in the same situation'],
    ['deels', 'Op de informatieavond over jeugdhulp zijn ook andere ouders welkom.', 'other parents merely welcome'],
  ]);
});

describe('expert.* in other words', () => {
  verdictCases('expert.ervaringsdeskundigheid', [
    ['aanwezig', 'Wij nemen ook begeleiders aan die vroeger zelf jeugdhulp kregen.', 'hiring workers who had youth care themselves'],
    ['deels', 'Twee van onze begeleiders kregen zelf vroeger hulp.', 'workers who had help, described'],
    ['deels', 'Sommige professionals in het jeugdteam hebben als kind zelf hulp gekregen.', 'professionals who had help as a child, described'],
    ['ontbreekt', 'Wij vragen ouders of zij vroeger zelf hulp kregen, zodat de begeleider dat weet.', "asking about a family's past help"],
  ]);
  verdictCases('expert.afspraken-ervaringsdeskundigen', [
    ['deels', 'Niet iedereen met ervaring in de jeugdhulp is ook een ervaringsdeskundige: wanneer is iemand dat?', 'who counts as an expert by experience'],
    ['ontbreekt', 'Onze ervaringsdeskundige werkt al jaren in het jeugdteam.', 'an expert by experience at work, no agreements'],
  ]);
  verdictCases('expert.in-gesprek-blijven', [
    ['aanwezig', 'Elk jaar voeren we een dialoog met jongeren over hoe de jeugdhulp loopt.', 'a yearly dialogue with young people'],
    ['ontbreekt', 'Elk jaar voert de wethouder een dialoog met de woningcorporaties.', 'a yearly dialogue with housing corporations'],
    ['aanwezig', 'Ook na vaststelling van deze visie stoppen we niet met het gesprek met jongeren en ouders.', 'not stopping the talks after the plan'],
    ['ontbreekt', 'De begeleiding stopt niet op je achttiende; je begeleider blijft contact houden over je plan.', 'help that does not stop at eighteen'],
  ]);
});

describe('algemeen.vraaggericht in other words', () => {
  verdictCases('algemeen.vraaggericht', [
    ['aanwezig', 'De jeugdconsulent begint altijd bij jouw vraag.', 'starting from your question'],
    ['aanwezig', 'Wij gaan uit van uw hulpvraag, niet van ons aanbod.', 'starting from your request for help'],
    ['ontbreekt', 'Wij beginnen bij de ingang van het gemeentehuis.', 'beginning at an entrance'],
    ['deels', 'Ouders willen hulp vanuit wat nodig is, niet vanuit wat het contract toestaat.', 'what is needed, not the contract: a wish'],
    ['ontbreekt', 'Het contract met de schoonmaker is niet nodig; wij verlengen het niet.', 'a contract that is not needed'],
  ]);
});
