import { describe } from 'vitest';
import { verdictCases, type VerdictCase } from './helpers';

/**
 * Paraphrases and other senses of the vertrouwen, expert and algemeen items, round e: sentences
 * written for these tests (never taken from a corpus or from the sentence bank). Each concept said
 * in other words is found (aanwezig; a one-off or a shortfall that names it: deels), and a near miss
 * (another sense of a word, or the same words without the concept) is not. A passage is judged on
 * its own, as part of a regiovisie, against the LOC checklist as it ships.
 */

describe('vertrouwen.ruimte-professionals', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Begeleiders kunnen de inzet ophogen zonder nieuwe beschikking.', 'more help without a new decision from the municipality'],
    ['ontbreekt', 'De sportclub verlengt het seizoen zonder nieuwe beschikking.', 'near miss: no decision needed, but no professional'],
    ['aanwezig', 'De hulpverlener kan samen met het gezin de afspraken in het plan bijstellen.', 'the worker adjusts the plan with the family'],
    ['ontbreekt', 'De gemeente stelt het plan voor de nieuwe sporthal bij.', 'near miss: a plan adjusted by the municipality'],
  ];
  verdictCases('vertrouwen.ruimte-professionals', cases);
});

describe('vertrouwen.minder-administratie', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Aanbieders leveren hun voortgangsrapportage voortaan nog maar één keer per jaar aan.', 'reporting once a year instead of more often'],
    ['ontbreekt', 'Aanbieders leveren hun voortgangsrapportage voortaan op een nieuwe manier aan.', 'near miss: reporting changed, not reduced'],
    ['aanwezig', 'Ouders hoeven hun gegevens maar één keer in te vullen, daarna gebruiken alle loketten ze.', 'details filled in once only'],
    ['ontbreekt', 'Ouders vullen hun gegevens in op de website van de school.', 'near miss: filling in details, not less often'],
    ['ontbreekt', 'De gemeente vermindert de regeldruk voor ondernemers in het centrum met minder vergunningen.', 'other sense: red tape for businesses'],
    ['aanwezig', 'De regio vermindert de regeldruk voor jeugdhulpaanbieders.', 'red tape for youth-care providers stays found'],
  ];
  verdictCases('vertrouwen.minder-administratie', cases);
});

describe('vertrouwen.gelijkwaardige-samenwerking', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'In het regionale overleg staat de gemeente niet boven de jongerenraad en de hulpverleners.', 'nobody above the others, with a youth council and workers'],
    ['ontbreekt', 'De jongerenraad en de hulpverleners komen in het overleg van de gemeente samen.', 'near miss: meeting together, nothing about equality'],
    ['aanwezig', 'De gemeenten bouwen aan langdurige relaties met jeugdhulpaanbieders.', 'long-term relations with providers'],
    ['ontbreekt', 'De gemeenten sluiten contracten met jeugdhulpaanbieders.', 'near miss: contracts only'],
    ['aanwezig', 'De cliëntenraden zijn een volwaardige gesprekspartner van de gemeenten in het regionaal overleg.', 'client councils as full partners'],
    ['ontbreekt', 'De cliëntenraden voeren een gesprek met de gemeenten over het regionaal overleg.', 'near miss: a talk, not a full partner'],
    ['deels', 'Gemeenten en jeugdhulpaanbieders staan in de onderhandelingen soms tegenover elkaar.', 'shortfall: opposing sides (a mention)'],
    ['ontbreekt', 'Gemeenten en jeugdhulpaanbieders staan samen op de foto.', 'near miss: the same parties together'],
    ['ontbreekt', 'De gemeente en de woningcorporatie werken als gelijkwaardige partners aan de bouw van starterswoningen.', 'other sense: equal partners in housing'],
    ['aanwezig', 'De gemeente en de jeugdhulpaanbieders zijn gelijkwaardige partners.', 'equal partners in youth care stay found'],
  ];
  verdictCases('vertrouwen.gelijkwaardige-samenwerking', cases);
});

describe('vertrouwen.keuzevrijheid', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ouders bepalen zelf naar wie zij met hun kind gaan voor hulp.', "parents decide themselves to whom they go ('naar wie')"],
    ['ontbreekt', 'Ouders bepalen zelf hoe laat zij met hun kind naar de sportvereniging gaan.', 'near miss: deciding a time, not a provider'],
    ['ontbreekt', 'Inwoners hebben keuzevrijheid tussen een grote en een kleine afvalcontainer.', 'other sense: choosing a waste bin'],
    ['aanwezig', 'Gezinnen hebben keuzevrijheid in de jeugdhulpaanbieder die hen helpt.', 'freedom of choice of a provider stays found'],
  ];
  verdictCases('vertrouwen.keuzevrijheid', cases);
});

describe('vertrouwen.ouders-verbinden', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'We zorgen dat je vader kan kennismaken met andere vaders die hetzelfde hebben meegemaakt.', 'meeting other fathers who went through the same'],
    ['ontbreekt', 'We zorgen dat je vader kan kennismaken met de nieuwe voetbaltrainer.', 'near miss: meeting someone, not other parents'],
  ];
  verdictCases('vertrouwen.ouders-verbinden', cases);
});

describe('vertrouwen.niet-te-snel-labelen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'De jeugdverpleegkundige kijkt eerst samen met de ouders wat helpt, zonder meteen door te verwijzen naar de ggz.', 'not referring on straight away'],
    ['ontbreekt', 'De jeugdverpleegkundige is de eerste die de ouders belt.', 'near miss: the same worker, no referral held back'],
  ];
  verdictCases('vertrouwen.niet-te-snel-labelen', cases);
});

describe('expert.ervaringsdeskundigheid', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'In elk wijkteam kunnen ouders terecht bij een ouder die zelf jeugdhulp heeft gehad.', 'a parent who had youth care, there for others'],
    ['ontbreekt', 'Jongeren kunnen praten met een coach over de jeugdhulp die ze zelf hebben gehad.', 'near miss: talking about their own care, no expert by experience'],
    ['ontbreekt', 'Ervaringsdeskundigen ondersteunen in de verslavingszorg bij het herstel.', 'other field: addiction care'],
    ['ontbreekt', 'Bij de schuldhulpverlening denken ervaringsdeskundigen mee met inwoners.', 'other field: debt counselling'],
    ['ontbreekt', 'De gemeente zet ervaringsdeskundigen in bij cursussen voor volwassenen.', 'other field: courses for adults'],
    ['aanwezig', 'De regio zet ervaringsdeskundigen in bij de jeugdhulp aan jongvolwassenen.', 'young adults are not adults in general'],
  ];
  verdictCases('expert.ervaringsdeskundigheid', cases);
});

describe('expert.afspraken-ervaringsdeskundigen', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Met iedere ervaringsdeskundige spreken we af hoeveel uur zij meedoet en hoe we haar bijstaan.', "agreements with each expert ('spreken af')"],
    ['ontbreekt', 'Met iedere ervaringsdeskundige praten we over de ervaringen met de jeugdhulp.', 'near miss: a talk, no agreement'],
    ['aanwezig', 'Een ervaringsdeskundige in de jeugdhulp weet vooraf wat hij ervoor krijgt en bij wie hij terecht kan.', 'clear what the expert gets in return'],
    ['deels', 'In de jeugdhulp is ervaringskennis de kennis die iemand heeft opgedaan in het eigen leven.', 'experiential knowledge defined (a mention)'],
    ['ontbreekt', 'In de jeugdhulp heeft iemand kennis opgedaan in het eigen leven.', 'near miss: knowledge gained, not experiential knowledge'],
  ];
  verdictCases('expert.afspraken-ervaringsdeskundigen', cases);
});

describe('expert.in-gesprek-blijven', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Ook nadat de regiovisie is vastgesteld, blijven we met u praten.', "keep talking with 'u' after the vision is set"],
    ['ontbreekt', 'Nadat de sporthal is gebouwd, blijven we met u voetballen.', 'near miss: keep doing something else together'],
    ['deels', 'Voor de jeugdhulp is eenmalig een bijeenkomst met ouders gehouden.', 'a one-off meeting (a mention)'],
    ['ontbreekt', 'Voor de jeugdhulp zijn nieuwe folders voor ouders gemaakt.', 'near miss: parents, but no meeting'],
    ['deels', 'De deelnemers aan de jeugdhulpavond vroegen de regio contact te blijven houden.', "participants ('deelnemers') ask to stay in touch: a wish"],
    ['ontbreekt', 'De deelnemers aan de jeugdhulpavond kregen een kop koffie.', 'near miss: participants, no contact'],
  ];
  verdictCases('expert.in-gesprek-blijven', cases);
});

describe('algemeen.vraaggericht', () => {
  const cases: VerdictCase[] = [
    ['aanwezig', 'Bij ons telt wat jij nodig hebt, niet wat een organisatie te bieden heeft.', 'need first, not what an organisation offers'],
    ['ontbreekt', 'Bij ons hoor je wat een organisatie te bieden heeft.', 'near miss: the offer without the need'],
    ['aanwezig', 'De jeugdhulp past zich aan het gezin aan, en niet andersom.', 'help that adapts to the family'],
    ['ontbreekt', 'Het kind past zich snel aan op de nieuwe school.', 'near miss: a child adapting to a school'],
  ];
  verdictCases('algemeen.vraaggericht', cases);
});
