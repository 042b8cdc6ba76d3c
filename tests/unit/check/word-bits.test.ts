import { describe, expect, it } from 'vitest';
import {
  ABOUT_ITSELF,
  AGENDA_SAYS,
  DOCUMENT_SAYS,
  ASPIRE,
  FAMILY_VERB,
  HABIT,
  IS_OR_ZIJN,
  OFTEN,
  ONDER_CASED,
  OTHERS_VIEW,
  PERSON_FIRST,
  PLACEHOLDER,
  PLACEHOLDER_CASED,
  BOARD_DECIDES,
  DECIDES_WHETHER,
  DEFERRED,
  SHORTFALL,
  STUDY,
  TIME_LIMIT,
  VIEW_AS,
  WE_LOOK_INTO,
  WONDER,
  ELSEWHERE_OR_TREND,
  mayBeElsewhereOrTrend,
  STILL_TO_AGREE,
  SPEAKER_AFTER,
  AF_ANY_CASE,
  NOG_ANY_CASE,
  WORD_BIT,
  VALUES,
  TOPICS_OF,
  STILL_HARDLY,
  NOW_INSTEAD,
  NEVER_A_REASON,
  REDEN_ANY_CASE,
  STUDY_NEEDS,
  TOPICS_NEEDS,
  VALUES_NEEDS,
  mayStudy,
  wordBits,
  DISAPPROVES,
  TOPIC_IS,
  NOW_MUST,
  REGIONS_EXPECTED,
  mayExpectRegions,
  ASKED_WHETHER,
  WORD_BIT2,
  wordBits2,
  THINKING_OVER,
  RUNS_UP,
  READER_WISH_ANSWER,
  MUST_SERVE,
  SPEAKER_FIRST,
  FAMILY_SAYS,
  FAMILY_SAYS_AFTER,
  HEDGE,
} from '../../../lib/check/passage-kind';
import { compileChecklist } from '../../../lib/check/signals';
import { GOES_ON } from '../../../lib/check/analyzer';
import { locChecklist } from '../../../lib/checklist';
import { WordInterner, createTokenBuffer, joinSeparableVerbs, joinTrailingParticles, scanTokens } from '../../../lib/text/tokenize';
import { mulberry32 } from '../seeded-random';

const verbs = compileChecklist(locChecklist).separableVerbs;
/** The analyzer's test for a separable verb (particle + rest), and "onderbrengen" (the checklist names no verb with "onder"). */
const isVerb = (particle: string, rest: string) => verbs.get(particle)?.has(rest) === true || (particle === 'onder' && (rest === 'brengen' || rest === 'brengt'));

/** The OR of the word bits (wordBits, or wordBits2 with `second`) of the text's tokens, tokenised and joined as the analyzer does. */
function bitsOf(text: string, interner: WordInterner, second = false): number {
  const buf = createTokenBuffer();
  const n = scanTokens(text, buf, interner);
  joinSeparableVerbs(buf, n, interner);
  joinTrailingParticles(text, buf, n, isVerb, interner);
  let bits = 0;
  for (let k = 0; k < n; k++) bits |= second ? wordBits2(buf.norm[k]!) : wordBits(buf.norm[k]!, isVerb);
  return bits;
}

/** The text in capitals, with a Kelvin sign for "k" (its lower case is "k"), capitalised, or as written, by `r` in [0, 1). */
function anyCase(text: string, r: number): string {
  if (r < 0.2) return text.toUpperCase();
  if (r < 0.3) return text.replace(/k/g, '\u212a');
  if (r < 0.4) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

/** Each gated pattern, the bits it is tried with (all of them), and whether it reads the lower-cased text. */
const GATES: [string, RegExp, number, boolean][] = [
  ['ONDER_CASED', ONDER_CASED, WORD_BIT.ONDER, false],
  ['IS_OR_ZIJN', IS_OR_ZIJN, WORD_BIT.IS_ZIJN, false],
  ['FAMILY_VERB', FAMILY_VERB, WORD_BIT.FAMILY_VERB, false],
  ['AGENDA_SAYS', AGENDA_SAYS, WORD_BIT.AGENDA_VERB, true],
  ['ASPIRE', ASPIRE, WORD_BIT.ASPIRE, true],
  ['VIEW_AS', VIEW_AS, WORD_BIT.VIEW_AS, true],
  ['HABIT', HABIT, WORD_BIT.HABIT_EVERY | WORD_BIT.HABIT_PERIOD, true],
  ['TIME_LIMIT', TIME_LIMIT, WORD_BIT.LIMIT_WORD | WORD_BIT.TIME_UNIT, true],
  ['OFTEN', OFTEN, WORD_BIT.OFTEN, true],
  ['WE_LOOK_INTO', WE_LOOK_INTO, WORD_BIT.LOOK_INTO, true],
  ['GOES_ON', GOES_ON, WORD_BIT.GOES_ON, false],
  ['OTHERS_VIEW', OTHERS_VIEW, WORD_BIT.OTHERS_VERB, true],
  ['ABOUT_ITSELF', ABOUT_ITSELF, WORD_BIT.ITSELF_NOUN, true],
  ['DOCUMENT_SAYS', DOCUMENT_SAYS, WORD_BIT.DOCUMENT_VERB, true],
  ['SHORTFALL', SHORTFALL, WORD_BIT.SHORTFALL_WORD, true],
  ['BOARD_DECIDES', BOARD_DECIDES, WORD_BIT.DECIDE_WORD, true],
  ['DECIDES_WHETHER', DECIDES_WHETHER, WORD_BIT.DECIDE_WORD, true],
  ['DEFERRED', DEFERRED, WORD_BIT.DEFER_VERB, true],
  // first tests by index, on the text as written or lower-cased (see passageKind, describesShortfall, mayBeEffort)
  ['ijlage', /ijlage/, WORD_BIT.IJLAGE, false],
  ['IN_GESPREK', /in gesprek/i, WORD_BIT.GESPREK, false],
  ['niet', /niet/, WORD_BIT.NIET, true],
  ['mayBeEffort', / aan| in op|inzetten|verbeter|versterk|stimule|bevorder/, WORD_BIT.EFFORT, true],
  ['PERSON_FIRST', PERSON_FIRST, WORD_BIT.PERSON, false],
  ['WONDER', WONDER, WORD_BIT.FAMILY_VERB | WORD_BIT.QUESTION_WORD, true],
  ['STILL_TO_AGREE', STILL_TO_AGREE, WORD_BIT.PLACEHOLDER, true],
  ['SPEAKER_AFTER', SPEAKER_AFTER, WORD_BIT.PERSON, true],
  // NOW_INSTEAD's first tests, on the text as written
  ['nu/praktijk', /\bnu\b|praktijk/, WORD_BIT.NU_PRAKTIJK, true],
  // the gates of notSoStrong
  ['DISAPPROVES', DISAPPROVES, WORD_BIT.VALUE_WORD, true],
  ['NOW_MUST', NOW_MUST, WORD_BIT.NU_PRAKTIJK, true],
  ['ASKED_WHETHER', ASKED_WHETHER, WORD_BIT.AGENDA_VERB, true],
];

/** As GATES, with WORD_BIT2 bits (wordBits2): the gates of notSoStrong, and of what parents or young people say (passageKind). */
const GATES2: [string, RegExp, number, boolean][] = [
  ['THINKING_OVER', THINKING_OVER, WORD_BIT2.DENK, true],
  ['RUNS_UP', RUNS_UP, WORD_BIT2.RUN_UP, true],
  ['READER_WISH_ANSWER', READER_WISH_ANSWER, WORD_BIT2.WIL, true],
  ['MUST_SERVE', MUST_SERVE, WORD_BIT2.SERVE, true],
  ['REGIONS_EXPECTED', REGIONS_EXPECTED, WORD_BIT2.REGIONS, true],
  ['TOPIC_IS', TOPIC_IS, WORD_BIT2.TOPIC_NOUN, true],
  ['SPEAKER_FIRST', SPEAKER_FIRST, WORD_BIT2.SAYS_VERB | WORD_BIT2.SAYS_FIRST, true],
  ['FAMILY_SAYS', FAMILY_SAYS, WORD_BIT2.SAYS_VERB, true],
  ['FAMILY_SAYS_AFTER', FAMILY_SAYS_AFTER, WORD_BIT2.SAYS_VERB | WORD_BIT2.SAYS_FIRST, true],
];

describe('word bits (passageKind tries a pattern only when its bit is set)', () => {
  it('every sentence VALUES or TOPICS_OF matches has its bit, from pieces of such sentences in any case (replayable)', () => {
    const pick = <T,>(list: readonly T[], r: () => number) => list[Math.floor(r() * list.length)]!;
    const lead = ['', 'Goed luisteren ', 'Eén aanspreekpunt voor elk gezin ', 'Dat ', 'In het overleg ', 'Tijdens de regiodag ', 'De wijziging ', 'Het gesprek ', 'Het OVERLEG '];
    const verb = [
      'vinden we', 'we vinden', 'wij vinden dat', 'vindt de regio', 'de gemeenten vinden', 'hechten we', 'de regio hecht', 'wij hechten er', 'is voor ons', 'zijn voor de regio',
      'waar we naartoe willen', 'waar wij als regio naar toe gaan', 'op de agenda staan', 'op de agenda van het overleg staat', 'is besproken', 'bespraken we', 'is gesproken over',
      'spraken we over', 'werd gepraat over', 'gaat het over', 'gaan over', 'ging over', 'gingen vooral over', 'betreft', 'betreffen onder meer', 'betrof',
    ];
    const middle = ['', 'ook ', 'erg ', 'heel ', 'het overleg ', 'korte lijnen ', 'de inzet van ervaringsdeskundigen ', 'dit jaar '];
    const tail = [
      'belangrijk', 'waardevol', 'essentieel', 'wezenlijk', 'onmisbaar', 'cruciaal', 'van groot belang', 'van het grootste belang', 'de kern', 'waarde aan', 'belang aan', 'groeien',
      'de tarieven, de wachttijden en de inkoop', 'de inkoop, het contract, de kosten en de huisvesting', 'hun visie, hun beleid en de kwaliteit', 'een plan, de regels en een budget',
    ];
    const random = mulberry32(67);
    const interner = new WordInterner();
    let values = 0;
    let topics = 0;
    for (let i = 0; i < 20000; i++) {
      const text = anyCase(`${pick(lead, random)}${pick(verb, random)} ${pick(middle, random)}${pick(tail, random)}.`, random());
      const bits = bitsOf(text, interner);
      const lower = text.toLowerCase();
      if (VALUES.test(lower)) {
        values++;
        expect(bits & WORD_BIT.VALUE_WORD, `VALUES: ${JSON.stringify(text)}`).toBe(WORD_BIT.VALUE_WORD);
        expect(VALUES_NEEDS.test(lower), `VALUES_NEEDS: ${JSON.stringify(text)}`).toBe(true);
      }
      if (TOPICS_OF.test(lower)) {
        topics++;
        expect(bits & WORD_BIT.TOPIC_VERB, `TOPICS_OF: ${JSON.stringify(text)}`).toBe(WORD_BIT.TOPIC_VERB);
        expect(TOPICS_NEEDS.test(lower), `TOPICS_NEEDS: ${JSON.stringify(text)}`).toBe(true);
      }
    }
    expect(values).toBeGreaterThan(300);
    expect(topics).toBeGreaterThan(300);
    // NOW_INSTEAD and NEVER_A_REASON, tried with a word of theirs in the text as written, in any case
    let now = 0;
    let reason = 0;
    for (let i = 0; i < 4000; i++) {
      const time = pick(['In de praktijk', 'Nu', 'Nog steeds', 'nog altijd', 'Ook nu', 'In de Praktijk van vandaag'], random);
      const supply = pick(['het aanbod', 'het budget', 'wat er toevallig is', 'het geld', 'wat beschikbaar is'], random);
      const against = pick(['en niet wat', 'in plaats van wat', 'niet de vraag', 'en niet de behoefte'], random);
      const text = anyCase(`${time} bepaalt ${supply} de hulp ${against} een gezin nodig heeft.`, random());
      if (NOW_INSTEAD.test(text.toLowerCase())) {
        now++;
        expect(bitsOf(text, interner) & (WORD_BIT.NU_PRAKTIJK | WORD_BIT.PLACEHOLDER), `NOW_INSTEAD bits: ${JSON.stringify(text)}`).not.toBe(0);
      }
      const rule = pick(['is nooit een reden om', 'is voor ons nooit een reden om', 'mag geen reden zijn om', 'vormt geen geldige reden voor', 'zijn geen reden tot'], random);
      const said = anyCase(`Een tekort op het budget ${rule} hulp te weigeren.`, random());
      if (NEVER_A_REASON.test(said.toLowerCase())) {
        reason++;
        expect(REDEN_ANY_CASE.test(said), `NEVER_A_REASON: ${JSON.stringify(said)}`).toBe(true);
      }
    }
    expect(now).toBeGreaterThan(300);
    expect(reason).toBeGreaterThan(300);
  });

  it('every text a gated pattern matches has the pattern\'s bit, whatever its case, diacritics or joined particles (replayable)', () => {
    // the patterns' own words, the particles and verbs the analyzer joins, and words around them
    const words = [
      'onder', 'Onder', 'ONDER', 'onderzoek', 'vallen', 'valt', 'is', 'zijn', 'Is', 'ZIJN', 'zij', 'isis',
      'zeggen', 'zeiden', 'vertelden', 'vragen', 'vroegen', 'wensen', 'misten', 'hopen', 'pleiten', 'gaven', 'geven', 'geeft',
      'gevoel', 'noemden', 'willen', 'zouden', 'graag', 'behoefte', 'adviseren', 'vonden', 'ervaren', 'ervoeren', 'merken', 'MER\u212aTEN',
      'wordt', 'worden', 'werd', 'in', 'door', 'de', 'het', 'dat', 'die', 'ook', 'agenda', 'hervormingsagenda', 'rapport', 'verdrag',
      'akkoord', 'advies', 'wet', 'onderzoek', 'gewezen', 'op', 'benadrukt', 'gesteld', 'genoemd', 'gevraagd', 'wijst', 'noemt', 'vraagt', 'stelt',
      'streven', 'we', 'wij', 'naar', 'streeft', 'ons', 'hopen', 'hoopt', 'onze', 'doelstelling', 'ambitie',
      'PM', 'P.M.', 'p.m.', 'TBD', 'XX', 'XXX', 'pm', 'nog', 'nader', 'uit', 'werken', 'uitwerken', 'volgt', 'later', 'tekst', 'uitwerking',
      'aangevuld', 'een', 'stadium', 'vormgegeven', 'bepalen', 'invullen', '...', '\u2026', 'zien', 'als', 'af', 'te', 'stemmen', 'mee',
      // and a few whole clauses of AGENDA_SAYS, VIEW_AS and PLACEHOLDER, which random words seldom make
      'wordt in de agenda gewezen op', 'worden door het advies benadrukt', 'het rapport stelt', 'de agenda wijst', 'ook de hervormingsagenda noemt', 'we zien', 'wij zien', 'WIJ ZIEN',
      'elk jaar', 'iedere maand', 'per kwartaal', 'jaarlijks', 'wekelijks', 'halfjaar', 'binnen', 'uiterlijk', 'hoogstens', 'maximaal', 'niet langer dan',
      'zes weken', 'tien werkdagen', 'drie maanden', 'vaak', 'soms', 'meestal', 'zo vaak', 'dikwijls', 'zelden', 'onderzoeken', 'verkennen', 'we onderzoeken', 'wij verkennen', 'onderzoeken we',
      'blijven', 'blijft', 'blijvend', 'structureel', 'voortaan', 'doorlopend', 'BLIJVEN',
      'we onderzoeken of', 'de regio bekijkt hoe', 'gaan na', 'gaat na', 'zoeken uit', 'nagaan', 'uitzoeken', 'wordt nog onderzocht', 'bekeken', 'verkend',
      'uitgezocht', 'onderzoek naar', 'Verkenning van', 'pilot of', 'haalbaarheidsonderzoek', 'De werkgroep kijkt of', 'we kijken of', 'Wij KIJKEN of', 'kan', 'haalbaar', 'verkent hoe', 'welke', 'wat', 'in hoeverre', 'waar', 'of', 'hoe', 'gemeenten', 'college',
      'aanbieders vinden dat', 'Veel professionals ervaren', 'de meeste scholen zeggen', 'huisartsen gaven aan', 'partners melden dat', 'instellingen klagen',
      'De regiovisie', 'Dit hoofdstuk', 'In deze nota staat', 'het beleidsplan', 'Daarin staat', 'Hierin lees je', 'In het verdrag staan', 'Het rapport zegt',
      'De jeugdwet bepaalt', 'daar wordt beschreven', 'is vastgelegd', 'schrijft voor', 'beschrijft',
      'nog uit te werken', 'nader te bepalen', 'tekst volgt', 'volgt later', 'wordt later aangevuld', '[invullen]', 'in een later stadium uitgewerkt',
      'elke twee weken', 'elke drie maanden', 'ieder 2 jaren', 'halfjaarlijks', 'per halfjaar', 'worden de volgende onderwerpen uitgewerkt:', 'uitgewerkt', ':', '[link volgt]', '[tekst later]',
      'er is niemand die', 'Er is nu niemand die', 'zonder dat iemand', 'zonder dat er iemand', 'durven niet', 'durft', 'niet', 'raken', 'raakt het overzicht kwijt', 'kwijt',
      'ouders weten niet waar', 'weet niet hoe', 'weten', 'weet', 'tot wie', 'niemand', 'iemand', 'we zien', 'wij zien het als', 'als', 'het bestuur besluit', 'de raad beslist later of', 'besluiten de colleges of', 'Het college', 'beslissen', 'BESLUIT',
      'dit werken we in 2027 uit', 'dat zoeken we samen uit', 'dat zoekt de regio uit', 'dit werkt het college uit', 'werken we met de aanbieders uit wat', 'werkt de regio uit hoe', 'WERKEN', 'Werkt', 'zoekt', 'dit', 'dat',
      'Raadslid', 'raadslid', 'De wethouder', 'Wethouder', 'voorzitter', 'Fractievoorzitter', 'Een inspreker', 'Burgemeester', 'woordvoerder', 'Directeur', 'bestuurder',
      'bijlage', 'Bijlage 2', 'BIJLAGEN', 'in gesprek', 'In Gesprek', 'gesprekken', 'begin gesprek', 'aan', 'aanpakken', 'zet in op', 'in opvoeding', 'inzetten', 'verbeteren', 'versterkt', 'stimuleren', 'bevordert', 'op', 'in',
      'we vragen ons af hoe', 'vragen we ons nog af', 'Hoe we', 'af', 'af:', 'AF', 'wie', 'wanneer', 'de regio vraagt zich af of', 'onszelf',
      'moeten nog afspraken', 'moet nog worden besloten', 'nog geen afspraken', 'Nog moeten er', 'worden gemaakt', 'nog verder worden uitgewerkt',
      'beloofde de wethouder dat', 'zegde de minister toe', 'antwoordt de voorzitter', 'dat', 'toe',
      'in de praktijk', 'Nu', "nu't", 'nu’n', 'nué', 'nu\u00adance', 'nu-', 'NU', 'nog steeds', 'het aanbod', 'het budget', 'en niet wat', 'in plaats van wat', 'niet de vraag', 'is nooit een reden om', 'mag geen reden zijn om', 'vormt geen reden voor',
      'de cliëntenraad pleit', 'De adviesraad beveelt', 'raadt', 'aan dat', 'adviseert om', 'vraagt ons om',
      'deze afspraak', 'Dit deel', 'ingevuld', 'AANGEVULD', 'na het overleg', 'nog nauwelijks', 'nog steeds niet', 'NOG TE WEINIG', 'amper', 'zelden',
      'nu', 'NU', 'Nu', 'nu,', 'menu', 'continu', 'nummer', 'praktijk', 'Praktijk', 'PRAKTIJK', 'praktijkondersteuner', 'huisartsenpraktijk', 'praktijken', 'in de praktijk', 'krijgen nu', 'zeg-',
      'Niemand heeft de bevoegdheid', 'niemand in de regio heeft het overzicht', 'hebben geen keus', 'heeft nog geen KEUZE', 'hebben gevraagd of', 'is Gevraagd of', 'GEVRAAGD OF', 'we vinden', 'vinden we het', 'vindt de regio', 'onacceptabel', 'niet langer acceptabel', 'ONAANVAARDBAAR', 'onwenselijk', 'ongewenst', 'zorgelijk', 'schrijnend', 'niet normaal', 'zijn', 'is',
      'een onderwerp van', 'is ook een thema voor', 'zijn aandachtspunten bij', 'agendapunt op', 'Gespreksonderwerp tijdens', 'blijft een onderwerp in', 'nu moeten ouders', 'Nu moet een gezin', 'nu moeten zij',
      'daar denken we nog over na', 'denken wij nog na over hoe', 'De gemeenten denken nog na.', 'nog over nadenken', 'NOG AAN HET NADENKEN', 'denkt', 'na', 'over',
      'lopen', 'loopt', 'liepen', 'LIEP', 'op tot', 'op.', 'oplopende', 'opgelopen', 'de wachttijden lopen op naar', 'Kosten lopen verder op', 'loopbaan',
      'Dan wilt u', 'wil je', 'u wilt', 'JIJ WILT', 'dan wil jij', 'wilt', '?', 'moet ertoe bijdragen', 'moeten leiden tot', 'zal eraan BIJDRAGEN', 'zullen', 'leiden',
      'ouders zeiden', 'Jongeren gaven aan dat', 'kinderen vertelden', 'gezinnen hebben het gevoel', 'pleegouders merkten op', 'Ouders willen', 'jongeren wilden', 'de cliëntenraad pleit',
      'Het platform vraagt om', 'het jongerenplatform wil', 'jongeren zouden graag', 'ouders hebben behoefte', 'deelnemers adviseren om', 'Op de avonden noemden ouders', 'zeiden veel jongeren',
      'De ouderraad vindt dat', 'is van mening dat', 'jeugdigen missen', 'hoopten', 'wensen', 'vroegen', 'gevraagd', 'verteld', 'gezegd', 'geeft', 'gaf', 'raadt', 'raden', 'raadde', 'beveelt', 'beval', 'ERVOEREN', 'hulpvraag', 'vragen',
      'ouders noemden', 'Jongeren noemen', 'jongeren hebben het gevoel', 'ouders hadden het gevoel', 'De cliëntenraad raadt aan', 'de ouderraden raden de regio aan', 'Het panel raadde aan',
      'misschien', 'Wellicht', 'de mogelijke inzet van', 'streven ernaar', 'proberen we', 'overweegt', 'in principe', 'waar mogelijk', 'als dat kan', 'waar het kan', 'houden die optie open',
      'houdt de mogelijkheid open', 'mits', 'denkbaar', 'op termijn', 'zullen eventueel', 'we mogelijk', 'kan mogelijk', 'Zou', 'zouden', 'Mogelijk', 'kan', 'kunnen',
      "Regio's moeten", 'regio’s dienen', "REGIO'S", 'Elke regio moet', 'iedere jeugdregio wordt geacht', "van regio's wordt verwacht", "vraagt van de regio's", 'Die agenda vraagt', 'vraagt de agenda', 'AGENDA', 'verwacht', 'van', 'alle',
      'brengen', 'brengt', 'bijzonder', 'waaronder', 'ge\u00efnformeerd', 'W\u0130LLEN', 'ze\u00adggen', 'zeg-', 'gen', "zo'n", 'x', '12', '2026',
    ];
    const gaps = [' ', ' ', ' ', ' ', '  ', ', ', '. ', ': ', '; ', ' (', ') ', ' [', '] ', '\t', '\u00a0', '-', '\n', '\n ', '-\n', '-\n ', ' \n', "'"];
    const random = mulberry32(61);
    const interner = new WordInterner();
    const matched = new Map<string, number>();
    for (let i = 0; i < 120000; i++) {
      const n = 1 + Math.floor(random() * 10);
      let written = '';
      for (let k = 0; k < n; k++) written += (k > 0 ? gaps[Math.floor(random() * gaps.length)]! : '') + words[Math.floor(random() * words.length)]!;
      const text = anyCase(written, random());
      const bits = bitsOf(text, interner);
      const bits2 = bitsOf(text, interner, true);
      const lower = text.toLowerCase();
      for (const [name, pattern, bit, lowered] of GATES) {
        if (!pattern.test(lowered ? lower : text)) continue;
        matched.set(name, (matched.get(name) ?? 0) + 1);
        expect(bits & bit, `${name}: ${JSON.stringify(text)}`).toBe(bit);
      }
      for (const [name, pattern, bit, lowered] of GATES2) {
        if (!pattern.test(lowered ? lower : text)) continue;
        matched.set(`2:${name}`, (matched.get(`2:${name}`) ?? 0) + 1);
        expect(bits2 & bit, `${name} (WORD_BIT2): ${JSON.stringify(text)}`).toBe(bit);
      }
      // HEDGE is tried with its bit, or with "t kan" in the lower-cased text ("als dat kan", "waar het kan")
      if (HEDGE.test(lower)) {
        matched.set('HEDGE', (matched.get('HEDGE') ?? 0) + 1);
        expect((bits2 & WORD_BIT2.HEDGE) !== 0 || lower.includes('t kan'), `HEDGE: ${JSON.stringify(text)}`).toBe(true);
      }
      // WONDER and STILL_TO_AGREE are tried only with " af" / "nog" in the text as written, in any case
      if (WONDER.test(lower)) expect(AF_ANY_CASE.test(text), `WONDER af: ${JSON.stringify(text)}`).toBe(true);
      if (STILL_TO_AGREE.test(lower)) expect(NOG_ANY_CASE.test(text), `STILL_TO_AGREE nog: ${JSON.stringify(text)}`).toBe(true);
      // NOW_INSTEAD is tried with the bits of "nu"/"praktijk" or "nog"; NEVER_A_REASON with "reden" as written, in any case
      if (NOW_INSTEAD.test(lower)) expect(bits & (WORD_BIT.NU_PRAKTIJK | WORD_BIT.PLACEHOLDER), `NOW_INSTEAD: ${JSON.stringify(text)}`).not.toBe(0);
      if (NEVER_A_REASON.test(lower)) expect(REDEN_ANY_CASE.test(text), `NEVER_A_REASON: ${JSON.stringify(text)}`).toBe(true);
      // REGIONS_EXPECTED is tried with WORD_BIT2.REGIONS (GATES2) and its pieces in the lower-cased passage
      if (REGIONS_EXPECTED.test(lower)) {
        matched.set('REGIONS_EXPECTED', (matched.get('REGIONS_EXPECTED') ?? 0) + 1);
        expect(mayExpectRegions(lower), `mayExpectRegions: ${JSON.stringify(text)}`).toBe(true);
      }
      // STILL_HARDLY is tried with the placeholder bit (its "nog") and "nog" in any case
      if (STILL_HARDLY.test(lower)) {
        matched.set('STILL_HARDLY', (matched.get('STILL_HARDLY') ?? 0) + 1);
        expect(NOG_ANY_CASE.test(text) && (bits & WORD_BIT.PLACEHOLDER) !== 0, `STILL_HARDLY: ${JSON.stringify(text)}`).toBe(true);
      }
      // STUDY is tried with a verb and a question word, or a noun
      if (STUDY.test(lower)) {
        matched.set('STUDY', (matched.get('STUDY') ?? 0) + 1);
        expect(mayStudy(bits), `STUDY: ${JSON.stringify(text)}`).toBe(true);
        expect(STUDY_NEEDS.test(lower), `STUDY_NEEDS: ${JSON.stringify(text)}`).toBe(true);
      }
      // hasPlaceholderMark's "p.m." and "P.M." are tried with the word "m"
      if (/p\.m\.|P\.M\./.test(text)) {
        matched.set('p.m.', (matched.get('p.m.') ?? 0) + 1);
        expect(bits & WORD_BIT.LETTER_M, `p.m.: ${JSON.stringify(text)}`).toBe(WORD_BIT.LETTER_M);
      }
      // the placeholder patterns are tried with their bit, or with "[", ".m." or ".M." in the text
      const placeholder = (bits & WORD_BIT.PLACEHOLDER) !== 0 || text.includes('[') || text.includes('.m.') || text.includes('.M.');
      for (const [name, pattern, lowered] of [['PLACEHOLDER', PLACEHOLDER, true], ['PLACEHOLDER_CASED', PLACEHOLDER_CASED, false]] as const) {
        if (!pattern.test(lowered ? lower : text)) continue;
        matched.set(name, (matched.get(name) ?? 0) + 1);
        expect(placeholder, `${name}: ${JSON.stringify(text)}`).toBe(true);
      }
    }
    // every pattern matched often enough for the check to mean something
    for (const name of [...GATES.map((g) => g[0]), ...GATES2.map((g) => `2:${g[0]}`), 'PLACEHOLDER', 'PLACEHOLDER_CASED', 'STUDY', 'p.m.', 'STILL_HARDLY', 'REGIONS_EXPECTED', 'HEDGE']) expect(matched.get(name) ?? 0, name).toBeGreaterThan(30);
  });

  it('"onder" joined with a separable verb keeps its bit, a word that merely starts with it does not get it', () => {
    expect(wordBits('onderbrengen', isVerb) & WORD_BIT.ONDER).not.toBe(0);
    expect(wordBits('onderzoek', isVerb) & WORD_BIT.ONDER).toBe(0);
    expect(wordBits('onder', isVerb) & WORD_BIT.ONDER).not.toBe(0);
  });

  it('the two-letter first test of ELSEWHERE_OR_TREND lets through every passage the pattern matches, in any case', () => {
    const openings = ['In de buurregio', 'Bij de buurgemeenten', 'Buiten de jeugdhulp', 'Los van de jeugdzorg', 'Steeds meer', 'Alsmaar vaker', 'Almaar langer', 'In een andere regio', 'Bij omliggende gemeenten', 'In 2026', 'De regio', 'We'];
    const rests = [' werken ze met één aanspreekpunt.', ' kinderen krijgen een diagnose.', ' zet de gemeente toezicht in.', ''];
    let matched = 0;
    for (const o of openings) {
      for (const r of rests) {
        for (const text of [o + r, (o + r).toUpperCase(), (o + r).toLowerCase()]) {
          if (!ELSEWHERE_OR_TREND.test(text.toLowerCase())) continue;
          matched++;
          expect(mayBeElsewhereOrTrend(text), text).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(60);
    expect(mayBeElsewhereOrTrend('In 2026 start de regio')).toBe(true);
    expect(mayBeElsewhereOrTrend('De regio')).toBe(false);
  });
});
