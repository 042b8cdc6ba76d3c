import { describe } from 'vitest';
import { verdictCases } from './helpers';

/**
 * Mentions of the vertrouwen.* and algemeen.vraaggericht items in other words than their key
 * terms: a problem, a question, a wish or what a study or the Rijk says names the item's concept
 * (at most deels), and a near miss with the same words in another sense or about other people
 * stays ontbreekt. Every sentence is written for these tests (never taken from a corpus or a bank).
 */

describe('vertrouwen.basis: trust in what families and professionals know, in other words', () => {
  verdictCases('vertrouwen.basis', [
    ['deels', 'Veel gezinnen vinden dat de gemeente te weinig durft te leunen op wat ouders zelf kunnen.', "'leunen op' what parents can do"],
    ['ontbreekt', 'De wethouder kan leunen op de kennis van haar ambtenaren.', "'leunen op' the knowledge of civil servants"],
    ['deels', 'Ouders kennen hun kind als geen ander, maar voelen zich in de toegang vaak niet gehoord.', "parents know their child 'als geen ander'"],
    ['ontbreekt', 'De wijkagent kent de buurt als geen ander.', "a police officer who knows the neighbourhood 'als geen ander'"],
    ['deels', 'Jongeren zeggen dat hun eigen ervaringskennis zelden serieus wordt genomen door de toegang.', "young people's knowledge not taken seriously"],
    ['ontbreekt', 'Klachten van ouders over de wachttijd nemen we serieus.', 'complaints taken seriously (no knowledge of the family)'],
    ['deels', 'Worden ouders bij ons echt gezien als expert van hun eigen kind?', 'parents as the experts of their own child'],
    ['ontbreekt', 'Een deskundige van de GGD geeft voorlichting op school.', 'an expert of the health service'],
  ]);
});

describe('vertrouwen.niet-te-snel-labelen: normal worries made into care, in other words', () => {
  verdictCases('vertrouwen.niet-te-snel-labelen', [
    ['deels', 'Alledaagse opvoedzorgen komen bij ons nog vaak terecht bij een behandelaar in de jeugdhulp.', 'everyday parenting worries end up with a therapist'],
    ['ontbreekt', 'Het consultatiebureau helpt ouders bij dagelijkse zorgen over voeding en slaap.', 'daily worries about food and sleep'],
    ['deels', 'Kinderen worden in onze regio te vaak doorverwezen naar een behandelaar.', 'children referred too often'],
    ['ontbreekt', 'Bij acute onveiligheid volgt meteen een verwijzing naar Veilig Thuis.', 'an immediate referral in a crisis'],
    ['deels', 'Veel ouders weten niet dat dwars gedrag bij de puberteit hoort.', 'behaviour that belongs to puberty'],
    ['ontbreekt', 'De leeftijd van de jongere hoort in het dossier.', "'leeftijd' and 'hoort' without 'bij de leeftijd'"],
    ['deels', 'Jongeren voelen zich bij de wijkteams soms als patiënt behandeld, terwijl ze alleen even wilden praten.', 'treated as a patient'],
    ['ontbreekt', 'De patiënt wordt in het ziekenhuis behandeld.', 'a patient in hospital'],
    ['ontbreekt', 'De raad wil niet te snel een besluit nemen over de nieuwe brug.', "a council that decides 'niet te snel'"],
    ['ontbreekt', 'Wie tien keer meedoet aan het zomerkamp voor jongeren krijgt een volle stempelkaart.', 'a loyalty card, not a stamp on a child'],
  ]);
});

describe('vertrouwen.ruimte-professionals: room for professionals, in other words', () => {
  verdictCases('vertrouwen.ruimte-professionals', [
    ['deels', 'Begeleiders in de jeugdhulp voelen zich klem gezet door productafspraken.', 'care workers held back by product agreements'],
    ['ontbreekt', 'Strakke productafspraken met aanbieders houden de kosten in de hand.', 'product agreements about costs, no professional'],
    ['deels', 'Behandelaars moeten bij elke verlenging van de jeugdhulp weken wachten op een nieuwe beschikking.', 'therapists who wait for a decision'],
    ['ontbreekt', 'Hulpverleners delen gegevens over een kind alleen met toestemming van de ouders.', "parents' consent to share data"],
    ['deels', 'Hoe vaak werken hulpverleners buiten het protocol om een jongere te helpen?', 'working outside the protocol'],
    ['ontbreekt', 'Buiten de kaders van dit plan valt de zorg voor volwassenen.', "'buiten de kaders' of a plan"],
    ['deels', 'Krijgen jeugdprofessionals in onze regio genoeg armslag in hun werk met gezinnen?', 'elbow room for professionals'],
    ['ontbreekt', 'Jongeren hebben in het jongerencentrum veel vrijheid.', 'freedom of young people'],
    ['deels', 'Consulenten jeugd ervaren dat ze te weinig beslisruimte hebben bij een hulpvraag.', 'a consulent is a professional'],
    ['ontbreekt', 'De consulent van de woningcorporatie heeft weinig tijd voor huurders.', 'a housing consulent'],
  ]);
});

describe('vertrouwen.minder-administratie: the burden of paperwork, in other words', () => {
  verdictCases('vertrouwen.minder-administratie', [
    ['deels', 'Jeugdhulpverleners schrijven lange verslagen in plaats van met jongeren te praten.', 'reports instead of time with young people'],
    ['ontbreekt', 'Ouders krijgen in plaats van een brief een verslag van het gesprek met de jongere.', 'a report of a talk instead of a letter'],
    ['deels', 'Aanbieders van jeugdhulp moeten per gemeente verschillende declaraties indienen.', 'different claims per municipality'],
    ['ontbreekt', 'Elke gemeente heeft een eigen jeugdteam met andere openingstijden.', 'each municipality its own team'],
    ['deels', 'Zorgaanbieders klagen dat ze de gegevens van een kind dubbel moeten vastleggen.', 'double registration'],
    ['ontbreekt', 'De gemeente legt het aantal inwoners met een dubbele nationaliteit vast.', 'a double nationality recorded'],
    ['deels', 'Jeugdprofessionals zitten steeds vaker achter de computer.', 'professionals behind the computer'],
    ['ontbreekt', 'Jongeren zitten steeds vaker achter de computer.', 'young people behind the computer'],
    ['deels', 'Hoe dringen we overbodige controles bij jeugdhulpaanbieders terug?', 'superfluous checks'],
    ['ontbreekt', 'Overbodige verkeersborden in het centrum worden weggehaald.', 'superfluous road signs'],
    ['ontbreekt', 'Sportclubs hoeven voortaan minder formulieren in te vullen voor hun jeugdleden.', 'forms of sports clubs'],
  ]);
});

describe('vertrouwen.gelijkwaardige-samenwerking: equal partners, in other words', () => {
  verdictCases('vertrouwen.gelijkwaardige-samenwerking', [
    ['deels', 'Cliëntenorganisaties willen net zo zwaar meebeslissen als de aanbieders.', 'client organisations who want an equal say'],
    ['ontbreekt', 'Ouders willen net zo zwaar meebeslissen over het schoolplein als de school.', 'parents and a school playground'],
    ['deels', 'Zien aanbieders de gemeente als opdrachtgever of als partner?', 'commissioner or partner'],
    ['ontbreekt', 'De gemeente is opdrachtgever voor de bouw van de sporthal door een partner uit de regio.', 'a building contract'],
    ['deels', 'Gemeenten en aanbieders zitten nog niet op gelijke hoogte aan tafel.', "'op gelijke hoogte'"],
    ['ontbreekt', 'De aanbieders houden de gemeente op de hoogte van de wachttijden.', "'op de hoogte' houden"],
    ['deels', 'Nu heeft in het overleg met aanbieders één partij het laatste woord.', 'one party has the last word'],
    ['ontbreekt', 'Bij een meningsverschil over een gezag heeft de rechter het laatste woord.', 'a court has the last word'],
    ['deels', 'Gemeenten en aanbieders gunnen elkaar nog te weinig.', "'elkaar gunnen'"],
    ['ontbreekt', 'De gemeenten gunnen de opdracht voor het leerlingenvervoer aan twee vervoerders.', 'a contract awarded'],
  ]);
});

describe('vertrouwen.keuzevrijheid: families who choose, in other words', () => {
  verdictCases('vertrouwen.keuzevrijheid', [
    ['deels', 'Kunnen ouders meebeslissen door wie hun kind wordt begeleid?', "'meebeslissen door wie'"],
    ['ontbreekt', 'Ouders beslissen mee over de inrichting van het schoolplein.', 'parents decide on a playground'],
    ['deels', 'Jongeren krijgen een begeleider toegewezen, ook als ze liever iemand anders hadden.', 'a care worker assigned, another preferred'],
    ['ontbreekt', 'Elke jongere krijgt een begeleider toegewezen die hem helpt bij zijn stage.', 'a care worker assigned for an internship'],
    ['deels', 'Gezinnen horen vaak pas achteraf welke aanbieder de hulp gaat geven, zonder dat zij zijn gevraagd.', 'provider decided without asking'],
    ['ontbreekt', 'Gezinnen horen binnen twee weken welke aanbieder de hulp gaat geven.', 'families told which provider, in time'],
    ['deels', 'Ouders die willen overstappen naar een andere behandelaar lopen tegen lange wachttijden aan.', 'switching to another therapist'],
    ['ontbreekt', 'Jongeren stappen bij hun achttiende over naar de volwassenenzorg.', 'moving on to adult care at eighteen'],
    ['deels', 'Veel ouders willen hun eigen behandelaar uitzoeken.', 'parents who pick their own therapist'],
    ['ontbreekt', 'Ouders zoeken samen met de school uit welke eigen leerroute past.', 'a learning route picked with the school'],
  ]);
});

describe('vertrouwen.ouders-verbinden: parents who meet parents, in other words', () => {
  verdictCases('vertrouwen.ouders-verbinden', [
    ['deels', 'Ervaringsouders worden in de jeugdhulp nog weinig ingezet.', 'experienced parents'],
    ['ontbreekt', 'Ervaringsdeskundige jongeren denken mee over de nieuwe website.', 'young experts by experience'],
    ['deels', 'Pleegouders zoeken vaak anderen die weten hoe het is.', 'others who know what it is like'],
    ['ontbreekt', 'Een hulpverlener weet hoe het is voor ouders om een kind uit huis te zien gaan.', 'a care worker who knows what it is like'],
    ['deels', 'Ouders van kinderen met autisme vragen om een gespreksgroep.', 'a talking group for parents'],
    ['ontbreekt', 'Jongeren kunnen terecht bij een praatgroep over rouw.', 'a talking group for young people'],
    ['ontbreekt', 'Tijdens de ouderavond op school spreken ouders met de mentor over het rapport.', 'a school parents evening'],
  ]);
});

describe('algemeen.vraaggericht: care led by what families need, in other words', () => {
  verdictCases('algemeen.vraaggericht', [
    ['deels', 'Jongeren krijgen nu de hulp die voorhanden is in plaats van wat ze nodig hebben.', 'the help at hand instead of what is needed'],
    ['ontbreekt', 'Er is te weinig hulp beschikbaar voor jongeren die het nodig hebben.', 'too little help available'],
    ['deels', 'Te vaak bepaalt het aanbod welke zorg een kind krijgt.', 'supply decides the care'],
    ['ontbreekt', 'Het aanbod aan sportlessen bepaalt welke kinderen meedoen.', 'a supply of sports lessons'],
    ['deels', 'Zijn de wensen van jongeren bij ons echt het vertrekpunt?', "young people's wishes as the starting point"],
    ['ontbreekt', 'Vertrekpunt van de fietstocht is het gemeentehuis; de wensen van deelnemers nemen we mee.', 'the start of a bicycle tour'],
    ['deels', 'We weten te weinig waar gezinnen echt mee geholpen zijn.', 'what families are helped by'],
    ['ontbreekt', 'Gezinnen zijn er niet mee geholpen als de bus niet rijdt.', "'niet mee geholpen' with a bus"],
  ]);
});
