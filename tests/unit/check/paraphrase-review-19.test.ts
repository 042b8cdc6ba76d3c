import { describe } from 'vitest';
import { itemVerdictCases } from './helpers';

/**
 * Second reading of the paraphrases, terms and excludes added in round 19 (banks h, i, j): each near
 * miss is a sentence the reviewer wrote for this review, which the new entry took for the item; each
 * own-sense sentence shows the narrowed entry still finds the item. A passage is judged on its own, as
 * part of a regiovisie, against the LOC checklist as it ships.
 */
describe('review 19: near misses the new entries took for the item', () => {
  itemVerdictCases([
    ['ontbreekt', 'kwaliteit.luisteren', 'Zodra de hulpvraag van het gezin helder is, start de hulp.', 'a request that starts is no listening'],
    ['ontbreekt', 'kwaliteit.luisteren', 'De hulpvraag van het gezin wordt vastgelegd in het dossier van de gemeente.', 'a request put on file is no listening'],
    ['ontbreekt', 'kwaliteit.luisteren', 'In het plan staat in duidelijke woorden welke hulp het gezin krijgt.', 'plain words in a plan are not the family’s own'],
    ['ontbreekt', 'kwaliteit.wie-bepaalt', 'We vragen van aanbieders dat jongeren meebeslissen over hun eigen doelen.', 'a say in one’s own goals is not deciding what good care is'],
    ['ontbreekt', 'vertrouwen.basis', 'We gaan bij de begroting uit van een inschatting van het aantal jongeren dat jeugdhulp nodig heeft.', 'an estimate for the budget'],
    ['deels', 'kwaliteit.bijsturen', 'Het overleg met aanbieders over de jeugdhulp wordt afgeschaald naar twee keer per jaar.', 'a meeting scaled down: "afgeschaald" is a mention at most'],
    ['ontbreekt', 'vertrouwen.gelijkwaardige-samenwerking', 'De gemeente heeft de subsidie in goed vertrouwen aan de stichting verstrekt.', 'a grant given in good faith'],
    ['ontbreekt', 'kwaliteit.contact-bij-wachttijd', 'Kinderen die thuis wachten op hun ouders staan er niet alleen voor: de buurtouders zijn er.', 'children waiting for their parents'],
    ['ontbreekt', 'expert.in-gesprek-blijven', 'In de regiovisie leggen we vast hoe we in dialoog met aanbieders de hulp voor jongeren inkopen.', '"leggen vast" is no "vaste" talk'],
    ['ontbreekt', 'kwaliteit.kinderrechten', 'Ben jij het niet eens met het besluit? Dan heb jij het recht om bezwaar te maken; informatie vind je op onze website.', 'a right of appeal is no child right'],
    ['ontbreekt', 'vertrouwen.keuzevrijheid', 'Elke gemeente bepaalt zelf door wie de toegang tot jeugdhulp wordt uitgevoerd.', 'a municipality that decides is no choice of the family'],
    ['ontbreekt', 'vertrouwen.ruimte-professionals', 'Uw begeleider kiest samen met u de vorm van dagbesteding die bij u past.', 'a counsellor in care for adults'],
    ['ontbreekt', 'kwaliteit.samen-leren', 'In het regionaal overleg spreken de gemeentelijke medewerkers met elkaar over wat beter kan in de contracten.', 'civil servants about contracts'],
    ['ontbreekt', 'kwaliteit.bijsturen', 'Jongeren die terugkeren uit een instelling hoeven niet opnieuw te beginnen op een nieuwe school.', 'starting again at a school'],
    ['ontbreekt', 'passend.behoefte-en-schaal', 'Wat in de buurt gebeurt, wordt besproken in het regionaal georganiseerde overleg van wijkteams.', 'a meeting organised regionally'],
    ['ontbreekt', 'algemeen.vraaggericht', 'Bij de inkoop gaan we uit van hun vraag: aanbieders willen langere contracten.', 'the providers’ question'],
    ['aanwezig', 'kwaliteit.kinderrechten', 'Elk kind heeft recht op gratis onderwijs en goede zorg, zo staat in het Kinderrechtenverdrag.', 'a right to free education is a child right (the exclude is for free entry)'],
  ]);
});

describe('review 19: the narrowed entries still find the item', () => {
  itemVerdictCases([
    ['aanwezig', 'kwaliteit.samen-leren', 'Hulpverleners gaan elk kwartaal met elkaar praten over wat goed ging en wat beter kan.', '"met elkaar praten" in that order'],
    ['aanwezig', 'passend.geld-geoormerkt', 'Elke euro die we voor jeugdhulp krijgen, geven we ook aan jeugdhulp uit.', 'every euro received goes to youth care'],
    ['aanwezig', 'kwaliteit.bijsturen', 'Wie terugvalt, hoeft niet opnieuw in de rij voor hulp.', 'falling back without queueing again'],
    ['aanwezig', 'kwaliteit.contact-bij-wachttijd', 'Moet je wachten op hulp? We laten je niet alleen: het wijkteam belt je elke week.', 'not left alone while waiting'],
    ['aanwezig', 'vertrouwen.basis', 'We gaan uit van het oordeel van ouders en van het vakmanschap van hulpverleners.', 'trust in judgement and craft'],
    ['aanwezig', 'kwaliteit.luisteren', 'Elk eerste gesprek begint met het verhaal van het gezin zelf.', 'the first talk starts with the family’s story (kept when the paraphrase was narrowed)'],
    ['aanwezig', 'vertrouwen.keuzevrijheid', 'Het gezin bepaalt zelf door wie het kind wordt begeleid.', 'the family decides by whom'],
    ['aanwezig', 'expert.in-gesprek-blijven', 'Er zijn vaste momenten waarop we met jongeren en ouders in gesprek gaan over de uitvoering.', '"vaste momenten" still counts'],
  ]);
});
