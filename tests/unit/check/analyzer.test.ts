import { describe, expect, it } from 'vitest';
import defaultWeights from '../../../lib/check/weights.json';
import { analyze } from '../../../lib/check';
import { locChecklist } from '../../../lib/checklist';
import type { Review } from '../../../lib/check/types';
import { ONE_VAGUE_MONEY_SENTENCE, REGIO_INTRO, TEN_SENTENCES_WITHOUT_MONEY, doc, miniChecklist } from './helpers';

const wacht = miniChecklist({
  'passend.wachtlijsten': { strong: ['wachtlijst', 'wachttijd'], weak: ['wachten', '@hulp'] },
  'vertrouwen.minder-administratie': { strong: ['administratieve lasten', 'regeldruk'], weak: [] },
});

function verdictOf(review: Review, id: string) {
  return review.items.find((i) => i.id === id)!;
}

function check(body: string, checklist = wacht) {
  return analyze(doc(REGIO_INTRO + '\n' + body), checklist);
}

describe('mention versus intent', () => {
  it('a concrete intent is aanwezig', () => {
    for (const sentence of [
      'We gaan de wachtlijsten voor jeugdhulp verkorten.',
      'De regio zorgt ervoor dat de wachttijd nooit langer is dan vier weken.',
      'Wij spreken af dat niemand langer dan zes weken op de wachtlijst staat.',
      'In 2025 is de wachttijd uiterlijk vier weken.',
    ]) {
      const r = check(sentence);
      expect(verdictOf(r, 'passend.wachtlijsten').verdict, sentence).toBe('aanwezig');
    }
  });

  it('a topic only in a heading is at most deels', () => {
    const r = check('## Wachtlijsten\n\nDit hoofdstuk volgt later.');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
  });

  it('a topic only as a question is at most deels', () => {
    const r = check('Hoe lang is de wachttijd eigenlijk?');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
  });

  it('a topic only named as a problem is at most deels', () => {
    const r = check('De wachtlijsten zijn helaas te lang.');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
  });

  it('a topic only in a short list of themes is at most deels', () => {
    const r = check('Onze thema\'s zijn:\n\n- wachtlijsten\n- regeldruk\n- samenwerking');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
    expect(verdictOf(r, 'vertrouwen.minder-administratie').verdict).toBe('deels');
  });

  it('a topic in a table of contents is at most deels', () => {
    const r = check('## Inhoud\n\n- Wachtlijsten en wachttijden ........ 12\n- Regeldruk ........ 14');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
  });

  it('reported speech is at most deels', () => {
    const r = check('Volgens een ouder gaan we de wachtlijsten nooit oplossen.');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
  });

  it('says nothing: ontbreekt with score 0 and no evidence', () => {
    const r = check('We gaan meer sporten in de buurt.');
    const w = verdictOf(r, 'passend.wachtlijsten');
    expect(w.verdict).toBe('ontbreekt');
    expect(w.evidence).toEqual([]);
    expect(w.score).toBe(0);
  });
});

describe('matching', () => {
  it('finds a signal inside a compound and across inflections', () => {
    const r = check('We pakken de wachtlijstproblematiek samen aan.');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('aanwezig');
  });

  it('finds a phrase split by a few other words within one sentence', () => {
    const r = check('We verminderen de administratieve en financiële lasten voor aanbieders.');
    expect(verdictOf(r, 'vertrouwen.minder-administratie').verdict).toBe('aanwezig');
  });

  it('does not find a phrase spread over two sentences', () => {
    const r = check('We zorgen voor goede administratieve steun. De lasten blijven gelijk.');
    expect(verdictOf(r, 'vertrouwen.minder-administratie').verdict).toBe('ontbreekt');
  });

  it('finds words with soft hyphens, line breaks and diacritics', () => {
    const r = check('We gaan de wacht\u00ADlijsten verkorten en de regel-\ndruk verlagen.');
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('aanwezig');
    expect(verdictOf(r, 'vertrouwen.minder-administratie').verdict).toBe('aanwezig');
  });

  it('with weak pairs switched on (weights.weakPairScore), two weak words (one topical) in a passage about youth care give deels', () => {
    const weighted = (body: string) => analyze(doc(REGIO_INTRO + '\n' + body), wacht, { weights: { ...defaultWeights, weakPairScore: 0.5 } });
    expect(verdictOf(weighted('Het wachten duurt.'), 'passend.wachtlijsten').verdict).toBe('ontbreekt');
    expect(verdictOf(weighted('Het wachten op jeugdhulp duurt.'), 'passend.wachtlijsten').verdict).toBe('deels');
    // the same words about a bus stop are not about youth care
    expect(verdictOf(weighted('Het wachten op de bus duurt.'), 'passend.wachtlijsten').verdict).toBe('ontbreekt');
    // switched off, as shipped: weak words alone say nothing
    expect(defaultWeights.weakPairScore).toBe(0);
    expect(verdictOf(check('Het wachten op jeugdhulp duurt.'), 'passend.wachtlijsten').verdict).toBe('ontbreekt');
  });

  it('finds the head of a suspended compound ("jeugd- en gezinsteams")', () => {
    const c = miniChecklist({ 'x.team': { strong: ['jeugdteam'], weak: [] } });
    const r = analyze(doc(REGIO_INTRO + '\nWe zetten de jeugd- en gezinsteams in.'), c);
    expect(verdictOf(r, 'x.team').verdict).toBe('aanwezig');
  });

  it('uses exclusion terms', () => {
    const c = miniChecklist({ 'x.vertrouwen': { strong: ['vertrouwen'], weak: [], exclude: ['vertrouwenspersoon'] } });
    const r = analyze(doc(REGIO_INTRO + '\nWe bieden een vertrouwenspersoon voor elk kind.'), c);
    expect(verdictOf(r, 'x.vertrouwen').verdict).toBe('ontbreekt');
  });
});

describe('evidence', () => {
  it('quotes an exact substring of the block with prefix and suffix', () => {
    const d = doc(REGIO_INTRO + '\nEerst iets anders. We gaan de wachtlijsten halveren. Daarna volgt de rest van dit verhaal.');
    const r = analyze(d, wacht);
    const ev = verdictOf(r, 'passend.wachtlijsten').evidence[0]!;
    const block = d.blocks.find((b) => b.id === ev.block)!;
    expect(ev.quote).toBe('We gaan de wachtlijsten halveren.');
    expect(block.text.includes(ev.quote)).toBe(true);
    expect(block.text.includes(ev.prefix + ev.quote + ev.suffix)).toBe(true);
    expect(ev.prefix.length).toBeLessThanOrEqual(32);
    expect(ev.suffix.length).toBeLessThanOrEqual(32);
    expect(ev.heading).toBe('Regiovisie jeugdhulp Voorbeeldregio');
  });

  it('ranks evidence, at most five, highest score first', () => {
    const body = [
      'Is de wachttijd in wijk 1 te lang?',
      'De wachttijd in wijk 2 is een groot probleem.',
      ...Array.from({ length: 4 }, (_, i) => `We gaan de wachttijd in wijk ${i + 3} verkorten.`),
    ].join('\n\n');
    const ev = verdictOf(check(body), 'passend.wachtlijsten').evidence;
    expect(ev.length).toBe(5);
    for (let i = 1; i < ev.length; i++) expect(ev[i - 1]!.score).toBeGreaterThanOrEqual(ev[i]!.score);
    // The four plans first, then the problem with a lower score; the question (lowest) is left out.
    expect(ev.slice(0, 4).every((e) => e.quote.startsWith('We gaan'))).toBe(true);
    expect(ev[4]!.quote).toContain('wijk 2');
    expect(ev[4]!.score).toBeLessThan(ev[0]!.score);
  });
});

describe('regiovisie or not', () => {
  it('a news-style report about regiovisies is not a regiovisie and gets no aanwezig', () => {
    const news = doc(
      [
        '# Regio\'s worstelen met wachtlijsten',
        '',
        'Volgens het rapport moeten alle regio\'s hun wachtlijsten aanpakken. "De wachttijden zijn te lang", zegt een onderzoeker. ' +
          'Een wethouder vertelt dat de gemeenten het lastig vinden. Aldus de onderzoekers zou het geld voor de jeugdzorg geoormerkt moeten worden. ' +
          'De deelnemers vonden dat de administratieve lasten omlaag moeten.',
      ].join('\n'),
    );
    const r = analyze(news, locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.items.filter((i) => i.verdict === 'aanwezig' && i.id !== 'algemeen.begrijpelijk')).toEqual([]);
    expect(verdictOf(r, 'passend.wachtlijsten').verdict).toBe('deels');
  });

  it('a region writing its own commitments is a regiovisie', () => {
    const r = check('We gaan de wachtlijsten verkorten. Wij zorgen ervoor dat gezinnen snel hulp krijgen.');
    expect(r.looksLikeRegiovisie).toBe(true);
  });
});

describe('contract', () => {
  const text =
    REGIO_INTRO +
    [
      '## Wat we gaan doen',
      '',
      'We gaan de wachtlijsten verkorten. Elk gezin krijgt één vast aanspreekpunt. We betrekken jongeren en ouders bij het beleid via een jongerenraad en een ouderpanel.',
      '',
      'De administratieve lasten voor professionals zullen omlaag gaan, zodat zij meer ruimte krijgen om te doen wat nodig is.',
      '',
      '- Kinderrechten zijn ons uitgangspunt.',
      '- Hulp zo thuis mogelijk.',
    ].join('\n');
  const d = doc(text);
  const r = analyze(d, locChecklist);

  it('has every checklist item exactly once, in order', () => {
    expect(r.items.map((i) => i.id)).toEqual(locChecklist.items.map((i) => i.id));
  });

  it('evidence is empty exactly when ontbreekt (except algemeen.begrijpelijk); scores in [0, 1]', () => {
    for (const item of r.items) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      if (item.id === 'algemeen.begrijpelijk') continue;
      expect(item.evidence.length === 0, item.id).toBe(item.verdict === 'ontbreekt');
      expect(item.evidence.length).toBeLessThanOrEqual(5);
      for (const ev of item.evidence) {
        const block = d.blocks.find((b) => b.id === ev.block)!;
        expect(block.text.includes(ev.quote)).toBe(true);
        expect(ev.score).toBeGreaterThanOrEqual(0);
        expect(ev.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('finds the topics the text clearly commits to', () => {
    for (const id of ['passend.wachtlijsten', 'kwaliteit.een-aanspreekpunt', 'expert.betrokken-bij-beleid', 'vertrouwen.minder-administratie']) {
      expect(verdictOf(r, id).verdict, id).toBe('aanwezig');
    }
    expect(verdictOf(r, 'passend.doorbraak').verdict).toBe('ontbreekt');
  });

  it('algemeen.begrijpelijk has the hardest passages as evidence and readability figures', () => {
    const b = verdictOf(r, 'algemeen.begrijpelijk');
    expect(b.evidence.length).toBeGreaterThan(0);
    expect(b.evidence.length).toBeLessThanOrEqual(3);
    expect(r.readability.words).toBeGreaterThan(0);
    expect(r.readability.sentences).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(analyze(doc(text), locChecklist)).toEqual(r);
  });

  it('copies source facts', () => {
    expect(r.source).toEqual({
      title: d.title,
      url: d.url,
      language: d.language,
      characters: d.characters,
      blocks: d.blocks.length,
      words: d.words,
    });
    expect(r.checklist).toEqual({ id: locChecklist.id, version: locChecklist.version });
  });

  it('handles an empty document', () => {
    const empty = analyze({ title: '', url: '', language: '', source: 'text', blocks: [], characters: 0, words: 0 }, locChecklist);
    expect(empty.items.every((i) => i.verdict === 'ontbreekt' && i.evidence.length === 0)).toBe(true);
    expect(empty.looksLikeRegiovisie).toBe(false);
  });
});

describe('generalisation rules', () => {
  it('an off-topic page (hardly about youth care) gets ontbreekt everywhere, readability included', () => {
    const page = doc(
      [
        '# Afval scheiden',
        '',
        'In onze gemeente halen we het afval aan huis op. Op zaterdag kan de wachttijd bij de milieustraat oplopen. ' +
          'Bent u niet tevreden? Dan kunt u een klacht indienen bij het meldpunt. Zet uw container op tijd aan de straat. ' +
          'Glas brengt u naar de glasbak in de buurt. Grof afval halen we tegen betaling bij u thuis op.',
      ].join('\n'),
    );
    const r = analyze(page, locChecklist);
    expect(r.looksLikeRegiovisie).toBe(false);
    expect(r.items.every((i) => i.verdict === 'ontbreekt')).toBe(true);
  });

  it('an open question or a hedge is not a decision ("de vraag of", "nog niet", "voor zover")', () => {
    for (const sentence of [
      'Het gaat om de vraag of de wachtlijsten in de regio korter kunnen.',
      'De aanpak van de wachtlijsten werken we nog niet uit.',
      'We gaan de wachtlijsten verkorten, voor zover dat haalbaar is.',
    ]) {
      expect(verdictOf(check(sentence), 'passend.wachtlijsten').verdict, sentence).toBe('deels');
    }
  });

  it('a single vague word in a question heading is a passing word', () => {
    const c = miniChecklist({ 'x.geld': { strong: ['~geld'], weak: [] } });
    const r = analyze(doc(REGIO_INTRO + '\n## Kost jeugdhulp geld?\n\nNee, jeugdhulp is gratis.'), c);
    expect(verdictOf(r, 'x.geld').verdict).toBe('ontbreekt');
  });

  it('the same vague word in a question in running text raises the topic: deels', () => {
    const c = miniChecklist({ 'x.geld': { strong: ['~geld'], weak: [] } });
    const r = analyze(doc(REGIO_INTRO + '\nWaarom gaat er in onze regio nog steeds zo veel geld naar de jeugdhulp van buiten de regio?'), c);
    expect(verdictOf(r, 'x.geld')).toMatchObject({ verdict: 'deels', basis: 'question' });
  });

  it('for deels, the passage that names the item with its own term comes before a vague mention in a promise', () => {
    const c = miniChecklist({ 'x.wacht': { strong: ['wachttijd', '~wachten'], weak: [] } });
    const r = analyze(
      doc(REGIO_INTRO + "\nWe zorgen dat niemand lang hoeft te wachten op een gesprek met de jeugdconsulent.\n\nHet Rijk verwacht dat alle regio's de wachttijd in de jeugdhulp verkorten."),
      c,
    );
    const item = verdictOf(r, 'x.wacht');
    expect(item.verdict).toBe('deels');
    expect(item.evidence.map((e) => e.kind)).toEqual(['national', 'commitment']);
  });

  it('repeated analyze calls give the same review (caches are pure)', () => {
    const d = doc(REGIO_INTRO + '\nWe gaan de wachtlijsten verkorten. Jeugd- en gezinsteams werken met zorg-aanbieders samen.');
    expect(analyze(d, locChecklist)).toEqual(analyze(d, locChecklist));
  });
});

/** For the faint and single marks: earmarked money with its own words and a vague one ("kosten"), in a text of these lines. */
const geld = miniChecklist({ 'passend.geld-geoormerkt': { strong: ['geoormerkt', 'apart gezet', '~kosten'], weak: [] } });
const geldItem = (lines: string[], weights = defaultWeights) =>
  verdictOf(analyze(doc(['Regiovisie jeugdhulp Zuidwaard', ...lines].join('\n\n')), geld, { weights }), 'passend.geld-geoormerkt');

describe('a deels on one vague word in a longer text asks to be checked (faint)', () => {
  const LONG = TEN_SENTENCES_WITHOUT_MONEY;
  const ONE_VAGUE = ONE_VAGUE_MONEY_SENTENCE;
  const item = geldItem;

  it('one sentence with only the vague word, in a text of ten sentences or more: deels, marked faint', () => {
    const r = item([...LONG, ONE_VAGUE]);
    expect(r.verdict).toBe('deels');
    expect(r.faint).toBe(true);
  });

  it('the vague word in two sentences, the item\'s own word, or a short text: not faint', () => {
    const twice = item([...LONG, ONE_VAGUE, 'Ook de kosten van een tolk voor het gezin tellen mee in het plan.']);
    expect(twice.verdict).toBe('deels');
    expect(twice.faint).toBeUndefined();
    // the item's own word, only in a question: deels, but not on a vague word
    const own = item([...LONG, 'Wordt het geld voor jeugdhulp apart gezet?']);
    expect(own.verdict).toBe('deels');
    expect(own.faint).toBeUndefined();
    const short = item([...LONG.slice(0, 4), ONE_VAGUE]);
    expect(short.verdict).toBe('deels');
    expect(short.faint).toBeUndefined();
  });

  it('the length from which it applies is data (weights.faintMinSentences)', () => {
    expect(item([...LONG.slice(0, 4), ONE_VAGUE], { ...defaultWeights, faintMinSentences: 3 } as typeof defaultWeights).faint).toBe(true);
  });
});

describe('an aanwezig that one passage of a longer text carries asks to be checked (single)', () => {
  const LONG = TEN_SENTENCES_WITHOUT_MONEY;
  const PROMISE = 'Het geld voor jeugdhulp wordt elk jaar apart gezet in de begroting van de regio.';
  const item = geldItem;

  it('one passage that carries aanwezig in a text of ten sentences or more: aanwezig, marked single', () => {
    const r = item([...LONG, PROMISE]);
    expect(r.verdict).toBe('aanwezig');
    expect(r.single).toBe(true);
    // a mention elsewhere does not carry it: still one
    const mentioned = item([...LONG, PROMISE, 'Wordt het geld voor jeugdhulp ook in 2030 apart gezet?']);
    expect(mentioned.verdict).toBe('aanwezig');
    expect(mentioned.single).toBe(true);
  });

  it('two passages that carry it, or a short text: not single; a deels never is', () => {
    const twice = item([...LONG, PROMISE, 'Wat overblijft, wordt geoormerkt voor de jeugdhulp van het jaar daarna.']);
    expect(twice.verdict).toBe('aanwezig');
    expect(twice.single).toBeUndefined();
    const short = item([...LONG.slice(0, 4), PROMISE]);
    expect(short.verdict).toBe('aanwezig');
    expect(short.single).toBeUndefined();
    const deels = item([...LONG, 'Wordt het geld voor jeugdhulp apart gezet?']);
    expect(deels.verdict).toBe('deels');
    expect(deels.single).toBeUndefined();
  });

  it('the length from which it applies is data (weights.faintMinSentences)', () => {
    expect(item([...LONG.slice(0, 4), PROMISE], { ...defaultWeights, faintMinSentences: 3 } as typeof defaultWeights).single).toBe(true);
  });
});

describe('an item that leaves a passage to another (yieldsTo) is only mentioned there', () => {
  // a tiny checklist: "termijn" is the norm item's own term, "binnen vier weken … hulp" its paraphrase,
  // "terugbelteam" the other item's term
  const signals = (yieldsTo?: string[]) =>
    miniChecklist({
      'passend.wachtlijsten': { strong: ['termijn'], weak: [], paraphrase: ['binnen + vier weken + hulp'], ...(yieldsTo ? { yieldsTo } : {}) },
      'kwaliteit.contact-bij-wachttijd': { strong: ['terugbelteam'], weak: [] },
    });
  const norm = (sentence: string, checklist: ReturnType<typeof signals>) => verdictOf(check(sentence, checklist), 'passend.wachtlijsten').verdict;

  it('a paraphrase in a passage that carries the other item: deels, and aanwezig without yieldsTo', () => {
    const sentence = 'Het terugbelteam belt gezinnen binnen vier weken over de hulp.';
    expect(norm(sentence, signals(['kwaliteit.contact-bij-wachttijd']))).toBe('deels');
    expect(norm(sentence, signals())).toBe('aanwezig');
    // the other item keeps its own verdict
    expect(verdictOf(check(sentence, signals(['kwaliteit.contact-bij-wachttijd'])), 'kwaliteit.contact-bij-wachttijd').verdict).toBe('aanwezig');
  });

  it('a term of the item itself, or a passage without the other item, keeps aanwezig', () => {
    const s = signals(['kwaliteit.contact-bij-wachttijd']);
    expect(norm('Binnen vier weken start de hulp; de termijn bewaakt het terugbelteam.', s)).toBe('aanwezig');
    expect(norm('Gezinnen krijgen binnen vier weken de hulp die ze nodig hebben.', s)).toBe('aanwezig');
  });

  it('a term of the item said with "niet" or "geen" names what is missing: it does not keep the passage, when the item says so (deniable)', () => {
    const deniable = miniChecklist({
      'passend.wachtlijsten': { strong: ['termijn'], weak: [], paraphrase: ['binnen + vier weken + hulp'], yieldsTo: ['kwaliteit.contact-bij-wachttijd'], deniable: true },
      'kwaliteit.contact-bij-wachttijd': { strong: ['terugbelteam'], weak: [] },
    });
    const s = signals(['kwaliteit.contact-bij-wachttijd']);
    const denied = 'Het terugbelteam belt gezinnen die geen termijn hebben binnen vier weken over de hulp.';
    expect(norm(denied, deniable)).toBe('deels');
    // an item that is not deniable keeps its term ("geen wachtlijsten meer" is the item itself)
    expect(norm(denied, s)).toBe('aanwezig');
    expect(norm('Het terugbelteam belt gezinnen zonder vaste termijn binnen vier weken over de hulp.', deniable)).toBe('aanwezig');
    // "niet alleen" adds; a "niet" of the clause before does not deny
    expect(norm('Het terugbelteam bewaakt niet alleen de termijn maar belt gezinnen ook binnen vier weken over de hulp.', deniable)).toBe('aanwezig');
    expect(norm('Het terugbelteam bewaakt niet de termijn maar belt gezinnen binnen vier weken over de hulp.', deniable)).toBe('deels');
    expect(norm('Als het niet lukt bewaakt het terugbelteam de termijn en belt gezinnen binnen vier weken over de hulp.', deniable)).toBe('aanwezig');
    // not across a comma or the end of a sentence
    expect(norm('Het terugbelteam belt gezinnen binnen vier weken over de hulp en bewaakt de termijn, niet de wachtlijst.', deniable)).toBe('aanwezig');
    expect(norm('Het terugbelteam belt gezinnen binnen vier weken over de hulp en bewaakt de termijn. Geen gezin wacht dus langer.', deniable)).toBe('aanwezig');
  });
});
