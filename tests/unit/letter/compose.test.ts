import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { applyEdits, composeLetter, countPhrase, effectiveItems, summarySentence } from '../../../lib/letter/compose';
import type { LetterBlock, LetterModel, ParagraphBlock, TableBlock } from '../../../lib/letter/model';
import { placeholderSettings, type CouncilSettings } from '../../../lib/letter/settings';
import { getTemplate, type LetterTemplate } from '../../../lib/letter/templates';
import {
  allStrings,
  councilSettings,
  hasLoneSurrogate,
  letterTexts,
  loadChecklist,
  makeReview,
  mixed,
  NOW,
  TINY_PNG_BASE64,
} from './fixtures';

let checklist: Checklist;
const advies = getTemplate('adviesbrief-gemeenteraad')!;
const kort = getTemplate('korte-aanbiedingsbrief')!;

beforeAll(async () => {
  ({ checklist } = await loadChecklist());
});

function compose(
  verdict: Parameters<typeof makeReview>[1],
  opts: Parameters<typeof makeReview>[2] = {},
  settings: CouncilSettings = councilSettings(),
  template: LetterTemplate = advies,
): LetterModel {
  return composeLetter(makeReview(checklist, verdict, opts), checklist, settings, template, NOW);
}

const paragraphs = (blocks: LetterBlock[]) => blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const bodyText = (l: LetterModel) => allStrings(l.body).join('\n');
const appendixText = (l: LetterModel) => allStrings(l.appendix).join('\n');
const themeTable = (l: LetterModel, themeId: string) =>
  l.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === `bijlage.${themeId}`)!;

function expectSafe(letter: LetterModel) {
  for (const s of allStrings(letter)) {
    expect(s.includes('\n'), `line break in ${JSON.stringify(s.slice(0, 60))}`).toBe(false);
    expect(hasLoneSurrogate(s)).toBe(false);
  }
}

describe('composeLetter: the letter frame', () => {
  it('fills letterhead, addressee, place and date, kenmerk, subject and salutation', () => {
    const l = compose(mixed);
    expect(l.letterhead.name).toBe('Cliëntenraad Sociaal Domein Voorbeeldstad');
    expect(l.letterhead.addressLines).toEqual(['Postbus 12', '1234 AB Voorbeeldstad']);
    expect(l.letterhead.email).toBe('raad@example.nl');
    expect(l.letterhead.phone).toBe('030 123 45 67');
    expect(l.addressee).toEqual(['Aan de gemeenteraad van Voorbeeldstad']);
    expect(l.placeDate).toBe('Voorbeeldstad, 22 november 2026');
    expect(l.kenmerk).toMatch(/^CR-2026-[0-9A-Z]{6}$/);
    expect(l.subject).toBe('Advies over de regiovisie „Regiovisie Jeugd Regio Voorbeeld 2025–2028”');
    expect(l.salutation).toBe('Geachte leden van de gemeenteraad van Voorbeeldstad,');
    expect(l.closing).toBe('Met vriendelijke groet,');
    expect(l.sender).toBe('Cliëntenraad Sociaal Domein Voorbeeldstad');
    expect(l.signatories).toEqual([
      { name: 'A. de Vries', role: 'voorzitter' },
      { name: 'B. Jansen', role: 'secretaris' },
    ]);
    expect(l.attachments).toEqual([
      'Bijlage 1: Toetsingsrapport regiovisie',
      'Bijlage 2: het rapport „Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld”, LOC, februari 2022',
    ]);
    expect(l.reference.map((r) => r.label)).toEqual(['Ons kenmerk', 'Onderwerp', 'Bijlagen', 'Contactpersoon']);
    expect(l.reference[3]!.value).toBe('C. Bakker, c.bakker@example.nl');
    expect(l.fileName).toBe('Adviesbrief regiovisie Voorbeeldstad 2026-11-22.docx');
    expect(l.language).toBe('nl-NL');
    expect(l.hasPlaceholders).toBe(false);
  });

  it('keeps the kenmerk stable for the same review and different for another', () => {
    const a = compose(mixed).kenmerk;
    expect(compose(mixed).kenmerk).toBe(a);
    expect(compose(mixed, { key: 'andere-regio.nl/visie' }).kenmerk).not.toBe(a);
  });

  it('writes to the college with the right article, and uses a known postal address and place', () => {
    const s = councilSettings();
    s.recipient.body = 'college van B&W';
    s.recipient.address = ['Postbus 100', '1234 ZZ Voorbeeldstad'];
    s.place = 'Dorpsveld';
    const l = compose(mixed, {}, s);
    expect(l.addressee).toEqual(['Aan het college van burgemeester en wethouders van Voorbeeldstad', 'Postbus 100', '1234 ZZ Voorbeeldstad']);
    expect(l.salutation).toBe('Geachte leden van het college van burgemeester en wethouders van Voorbeeldstad,');
    expect(l.placeDate).toBe('Dorpsveld, 22 november 2026');
  });

  it('fills every placeholder: no {braces} left anywhere', () => {
    for (const t of [advies, kort]) {
      const l = compose(mixed, {}, councilSettings(), t);
      for (const s of allStrings(l)) expect(s).not.toMatch(/[{}]/);
      const text = bodyText(l);
      expect(text).toContain('Regio Voorbeeld');
      expect(text).toContain('20 november 2026'); // datumGetoetst
      expect(text).toContain('C. Bakker');
      expect(text).toContain('c.bakker@example.nl');
      expect(text).toContain('LOC Waardevolle zorg');
    }
  });

  it('shows clearly marked placeholders when the council has no settings yet', () => {
    const l = compose(mixed, {}, placeholderSettings({ municipality: 'Voorbeeldstad' }));
    expect(l.hasPlaceholders).toBe(true);
    expect(l.letterhead.name).toBe('[naam cliëntenraad]');
    expect(l.addressee[0]).toBe('Aan de gemeenteraad van Voorbeeldstad');
    expect(l.placeDate).toBe('[plaats], 22 november 2026');
    expect(bodyText(l)).toContain('[regio]');
    expect(bodyText(l)).toContain('[naam contactpersoon]');
  });

  it('sizes a logo to fit the letterhead', () => {
    const s = councilSettings();
    s.logo = { mime: 'image/png', dataBase64: TINY_PNG_BASE64 };
    expect(compose(mixed, {}, s).letterhead.logo).toMatchObject({ width: 2, height: 1, mime: 'image/png' });
    s.logo = { mime: 'image/png', dataBase64: TINY_PNG_BASE64, width: 1000, height: 200 };
    expect(compose(mixed, {}, s).letterhead.logo).toMatchObject({ width: 200, height: 40 });
  });
});

describe('composeLetter: checklist letter sentences', () => {
  it('fills {regio} in a letter sentence, as the checklist format allows', () => {
    const first = checklist.items[0]!;
    const withRegio: Checklist = {
      ...checklist,
      items: checklist.items.map((it) => (it === first ? { ...it, letter: { ...it.letter, ontbreekt: 'Wij vragen {regio} hier iets over op te nemen.' } } : it)),
    };
    const letter = composeLetter(makeReview(withRegio, () => 'ontbreekt'), withRegio, councilSettings(), advies, NOW);
    expect(bodyText(letter)).toContain('Wij vragen Regio Voorbeeld hier iets over op te nemen.');
    expect(bodyText(letter)).not.toContain('{regio}');
  });
});

describe('composeLetter: where the regiovisie was found', () => {
  const sourceRow = (l: LetterModel, label: string) =>
    l.appendix.blocks.filter((b): b is TableBlock => b.type === 'table').flatMap((t) => t.rows).find((r) => allStrings(r[0]).join('') === label);

  it('gives a web page\'s address as "Vindplaats" and a chosen file\'s name as "Bestand"', () => {
    const page = compose(() => 'deels');
    expect(allStrings(sourceRow(page, 'Vindplaats')).join(' ')).toContain('https://www.voorbeeldstad.nl/regiovisie-jeugd');
    expect(sourceRow(page, 'Bestand')).toBeUndefined();

    const saved = makeReview(checklist, () => 'deels');
    const file = composeLetter({ ...saved, key: 'file:Regiovisie Zuiderveld.pdf', url: 'Regiovisie Zuiderveld.pdf' }, checklist, councilSettings(), advies, NOW);
    expect(allStrings(sourceRow(file, 'Bestand')).join(' ')).toContain('Regiovisie Zuiderveld.pdf');
    expect(sourceRow(file, 'Vindplaats')).toBeUndefined();
  });
});

describe('composeLetter: outcomes', () => {
  it('everything present: praise, no gaps, the no-gaps request', () => {
    const l = compose(() => 'aanwezig');
    const text = bodyText(l);
    expect(text).toContain(`De regiovisie werkt alle ${checklist.items.length} aanbevelingen uit het rapport goed uit.`);
    expect(text).toContain('Wij zijn blij dat de regiovisie alle aanbevelingen uitwerkt.');
    expect(text).not.toContain('Dit missen wij');
    expect(text).toContain('erop toe te zien dat de regio de voornemens uit de regiovisie ook echt uitvoert;');
    // What is good is grouped per theme: its titles in one paragraph, one "Dat vinden wij goed." per theme.
    for (const item of checklist.items) expect(text).toContain(item.title.slice(1));
    expect(text.split('Dat vinden wij goed.').length - 1).toBe(checklist.themes.length);
    expect(paragraphs(l.body).filter((p) => p.style === 'bullet')).toHaveLength(0);
    for (const theme of checklist.themes) expect(text).toContain(theme.title);
  });

  it('nothing present: every item asked for, per theme', () => {
    const l = compose(() => 'ontbreekt');
    const text = bodyText(l);
    expect(text).toContain(`De regiovisie werkt geen van de ${checklist.items.length} aanbevelingen uit het rapport uit.`);
    expect(text).not.toContain('Dit doet de regiovisie goed:');
    expect(paragraphs(l.body).filter((p) => p.text === 'Dit missen wij in de regiovisie:')).toHaveLength(checklist.themes.length);
    for (const item of checklist.items) expect(text).toContain(item.letter.ontbreekt);
    expect(text).toContain('het college te vragen de regiovisie aan te vullen');
    // The appendix says so for every item.
    for (const theme of checklist.themes) {
      const t = themeTable(l, theme.id);
      for (const row of t.rows) expect(row[1]!.paragraphs[0]!.text).toBe('Ontbreekt');
    }
  });

  it('mixed: counts, both lists per theme, numbered requests with literal numbers', () => {
    const l = compose(mixed);
    const counts = { aanwezig: 0, deels: 0, ontbreekt: 0 };
    checklist.items.forEach((it, i) => counts[mixed(it, i)]++);
    const text = bodyText(l);
    expect(text).toContain(summarySentence({ total: checklist.items.length, ...counts }));
    expect(text).toMatch(/De regiovisie werkt (dit punt|\d+ punten) goed uit: /);
    expect(text).toContain('Dit missen wij of kan beter:');
    const numbered = paragraphs(l.body).filter((p) => p.style === 'numbered');
    expect(numbered.map((p) => p.label)).toEqual(numbered.map((_, i) => `${i + 1}.`));
    expect(numbered[0]!.id).toBe('verzoek.1');
    // Overview table totals.
    const overview = l.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === 'bijlage.overzicht')!;
    const total = overview.rows[overview.rows.length - 1]!;
    expect(total.map((c) => c.paragraphs[0]?.text ?? '')).toEqual(['Totaal', '', String(counts.aanwezig), String(counts.deels), String(counts.ontbreekt)]);
  });

  it('short cover letter: per-theme counts and a pointer to the appendix', () => {
    const l = compose(mixed, {}, councilSettings(), kort);
    const text = bodyText(l);
    expect(text).toContain('U vindt de toetsing als bijlage bij deze brief.');
    expect(paragraphs(l.body).filter((p) => p.id.startsWith('overzicht.') && p.style === 'bullet')).toHaveLength(checklist.themes.length);
    expect(text).not.toContain('Dit missen wij');
    expect(l.appendix.title).toBe('Bijlage 1: Toetsingsrapport regiovisie');
  });

  it('summary and count phrases are good Dutch for edge counts', () => {
    expect(summarySentence({ total: 3, aanwezig: 1, deels: 1, ontbreekt: 1 })).toBe(
      'Van de 3 aanbevelingen uit het rapport werkt de regiovisie er 1 goed uit. Bij 1 aanbeveling blijft de regiovisie vaag of onvolledig en er ontbreekt 1 aanbeveling helemaal.',
    );
    expect(summarySentence({ total: 4, aanwezig: 0, deels: 2, ontbreekt: 2 })).toBe(
      'De regiovisie werkt geen van de 4 aanbevelingen uit het rapport volledig uit. Bij 2 aanbevelingen blijft de regiovisie vaag of onvolledig en er ontbreken 2 aanbevelingen helemaal.',
    );
    expect(summarySentence({ total: 4, aanwezig: 2, deels: 0, ontbreekt: 2 })).toBe(
      'Van de 4 aanbevelingen uit het rapport werkt de regiovisie er 2 goed uit. Er ontbreken 2 aanbevelingen helemaal.',
    );
    expect(countPhrase({ total: 7, aanwezig: 3, deels: 2, ontbreekt: 2 })).toBe('3 goed uitgewerkt, 2 deels en 2 ontbreken');
    expect(countPhrase({ total: 2, aanwezig: 0, deels: 1, ontbreekt: 1 })).toBe('1 deels en 1 ontbreekt');
    expect(countPhrase({ total: 2, aanwezig: 2, deels: 0, ontbreekt: 0 })).toBe('alle 2 goed uitgewerkt');
  });
});

describe('composeLetter: the council’s own review', () => {
  it('hand-set verdicts win, are marked in the appendix, and the toelichting and own evidence show', () => {
    const [first, second, third] = checklist.items;
    const l = compose(() => 'ontbreekt', {
      decisions: {
        [first!.id]: { verdict: 'aanwezig', toelichting: 'Staat op pagina 12 van de bijlage bij de regiovisie.', updatedAt: '2026-11-21T10:00:00Z' },
        [second!.id]: { confirmed: true, toelichting: 'Wij zijn het eens met dit oordeel.', updatedAt: '2026-11-21T10:00:00Z' },
        [third!.id]: {
          verdict: 'deels',
          ownEvidence: [
            { quote: 'Wij gaan hierover in gesprek met ouders.', prefix: '', suffix: '', block: 'b99', heading: 'Samen met ouders', page: 7, addedAt: '2026-11-21T10:00:00Z' },
          ],
          updatedAt: '2026-11-21T10:00:00Z',
        },
      },
    });
    const eff = effectiveItems(makeReview(checklist, () => 'ontbreekt', { decisions: { [first!.id]: { verdict: 'aanwezig', updatedAt: '' } } }), checklist);
    expect(eff[0]!.verdict).toBe('aanwezig');
    expect(eff[0]!.changedByCouncil).toBe(true);

    const text = bodyText(l);
    // What is good is named by its title in one paragraph per theme, not by its own sentence.
    expect(text).toContain(first!.title.slice(1));
    expect(text).not.toContain(first!.letter.aanwezig);
    expect(text).not.toContain(first!.letter.ontbreekt);
    expect(text).toContain(third!.letter.deels);
    const note = paragraphs(l.body).find((p) => p.id === `themas.${first!.id}.notitie`)!;
    expect(note.label).toBe(`Toelichting van de raad bij „${first!.title}”:`);
    expect(note.text).toBe('Staat op pagina 12 van de bijlage bij de regiovisie.');

    const rowOf = (id: string) => {
      const item = checklist.items.find((i) => i.id === id)!;
      return themeTable(l, item.theme).rows.find((r) => r[0]!.paragraphs[0]!.text === item.title)!;
    };
    const r1 = rowOf(first!.id);
    expect(r1[1]!.paragraphs.map((p) => p.text)).toEqual(['Aanwezig', '(aangepast door de raad)', 'Automatisch: ontbreekt']);
    expect(r1[3]!.paragraphs[0]!.text).toBe('Staat op pagina 12 van de bijlage bij de regiovisie.');
    expect(rowOf(second!.id)[1]!.paragraphs.map((p) => p.text)).toEqual(['Ontbreekt', 'Nagekeken door de raad: klopt']);
    const r3 = rowOf(third!.id);
    expect(r3[2]!.paragraphs.map((p) => p.text)).toEqual([
      '„Wij gaan hierover in gesprek met ouders.”',
      'Onder het kopje „Samen met ouders”, pagina 7 · toegevoegd door de raad',
    ]);
    expect(appendixText(l)).toContain('Bij 2 aanbevelingen heeft de raad het automatische oordeel aangepast.');
  });

  it('shows automatic evidence with heading or page, at most two per item', () => {
    const l = compose(() => 'aanwezig');
    const item = checklist.items.find((i) => i.method !== 'readability')!;
    const row = themeTable(l, item.theme).rows.find((r) => r[0]!.paragraphs[0]!.text === item.title)!;
    const quotes = row[2]!.paragraphs.filter((p) => p.italic);
    expect(quotes).toHaveLength(2);
    expect(row[2]!.paragraphs.map((p) => p.text)).toContain(`Onder het kopje „Hoofdstuk over ${item.theme}”`);
    expect(row[2]!.paragraphs.map((p) => p.text)).toContain('Pagina 4');
  });

  it('quotes the passages in the checker\'s order (strongest first, ranked by the checker), the first two', () => {
    const l = compose(() => 'aanwezig');
    const item = checklist.items.find((i) => i.method !== 'readability')!;
    const saved = makeReview(checklist, () => 'aanwezig');
    const ranked = saved.automatic.items.find((r) => r.id === item.id)!.evidence;
    const row = themeTable(l, item.theme).rows.find((r) => r[0]!.paragraphs[0]!.text === item.title)!;
    const quotes = row[2]!.paragraphs.filter((p) => p.italic).map((p) => p.text);
    expect(quotes).toEqual([`„${ranked[0]!.quote}”`, `„${ranked[1]!.quote}”`]);
  });

  it('appendix: method, source, date, readability figures and LOC credit', () => {
    const l = compose(mixed);
    const text = appendixText(l);
    expect(l.appendix.blocks[0]).toEqual({ type: 'heading', id: 'bijlage.titel', level: 1, text: 'Bijlage 1: Toetsingsrapport regiovisie' });
    expect(text).toContain('Werkwijze');
    expect(text).toContain('Regiovisie Jeugd Regio Voorbeeld 2025–2028');
    expect(text).toContain('https://www.voorbeeldstad.nl/regiovisie-jeugd');
    expect(text).toContain('20 november 2026');
    expect(text).toContain('Leesgemak (Flesch–Douma)');
    expect(text).toContain('41'); // Flesch–Douma rounded
    expect(text).toContain('19,4 woorden');
    expect(text).toContain('12 %'); // 11,8 % rounded: whole percents from 10 % up
    expect(text).toContain('3,4 %');
    expect(text).toContain('transformatie (12)');
    expect(text).toContain('B2');
    expect(text).toContain(checklist.source.title);
    expect(text).toContain(checklist.source.publisher);
    expect(text).toContain(checklist.source.url);
    for (const theme of checklist.themes) expect(text).toContain(theme.title);
  });
});

describe('composeLetter: user edits', () => {
  it('replaces paragraphs by id, splits multi-line edits, removes emptied ones, edits subject and salutation', () => {
    const base = compose(mixed);
    const ids = paragraphs(base.body).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length); // ids are unique
    expect(ids).toContain('opening');
    expect(ids).toContain('slot');

    const l = compose(mixed, {
      letterEdits: {
        opening: 'Eigen openingszin van de raad.',
        slot: 'Eerste regel.\n\nTweede regel.',
        'aanpak.2': '',
        onderwerp: 'Ons eigen onderwerp',
        aanhef: 'Geachte raadsleden,',
        'verzoek.kop': 'Wat wij u vragen',
      },
    });
    const ps = paragraphs(l.body);
    expect(ps.find((p) => p.id === 'opening')!.text).toBe('Eigen openingszin van de raad.');
    expect(ps.find((p) => p.id === 'slot')!.text).toBe('Eerste regel.');
    expect(ps.find((p) => p.id === 'slot~2')!.text).toBe('Tweede regel.');
    expect(ps.find((p) => p.id === 'aanpak.2')).toBeUndefined();
    expect(l.subject).toBe('Ons eigen onderwerp');
    expect(l.reference.find((r) => r.label === 'Onderwerp')!.value).toBe('Ons eigen onderwerp');
    expect(l.salutation).toBe('Geachte raadsleden,');
    expect(l.body.find((b) => b.id === 'verzoek.kop')).toMatchObject({ type: 'heading', text: 'Wat wij u vragen' });
    // Same ids as the unedited letter, except the removed and added ones.
    expect(paragraphs(l.body).map((p) => p.id).filter((id) => id !== 'slot~2')).toEqual(ids.filter((id) => id !== 'aanpak.2'));
  });

  it('applyEdits leaves blocks alone without edits', () => {
    const blocks: LetterBlock[] = [{ type: 'paragraph', id: 'a', text: 'x', style: 'body' }];
    expect(applyEdits(blocks, undefined)).toBe(blocks);
  });
});

describe('composeLetter: text safety', () => {
  const nasty = 'Zorg & welzijn <samen> „dicht bij huis” — "direct" 👨‍👩‍👧‍👦 🇳🇱 café';

  it('keeps quotes, ampersands and emoji, and never puts a line break in a paragraph', () => {
    const longNote = Array.from({ length: 100 }, (_, i) => `Regel ${i + 1} van de toelichting 😊 met & en <>.`).join('\n').padEnd(10_000, ' x');
    expect(longNote.length).toBe(10_000);
    const item = checklist.items[0]!;
    const l = compose(() => 'deels', {
      title: `Regiovisie ${nasty}`,
      decisions: {
        [item.id]: {
          toelichting: `${nasty}\r\n\r\n${longNote}`,
          ownEvidence: [
            { quote: `${'Heel lang citaat 👍🏽 '.repeat(60)}einde`, prefix: '', suffix: '', block: 'b1', addedAt: '2026-11-21T10:00:00Z' },
            { quote: `Lone surrogate \uD83D here and \uDE00 there`, prefix: '', suffix: '', block: 'b2', addedAt: '2026-11-21T10:00:00Z' },
          ],
          updatedAt: '2026-11-21T10:00:00Z',
        },
      },
      letterEdits: { opening: `Met ${nasty}\u0007 en een bel.` },
    });
    expectSafe(l);
    expect(l.subject).toContain(nasty);
    const notes = paragraphs(l.body).filter((p) => p.id.startsWith(`themas.${item.id}.notitie`));
    expect(notes[0]!.text).toBe(nasty);
    expect(notes.length).toBe(101);
    expect(notes.map((n) => n.text).join('').length).toBeGreaterThan(9000);
    expect(paragraphs(l.body).find((p) => p.id === 'opening')!.text).toBe(`Met ${nasty} en een bel.`);
    const texts = letterTexts(l).join('\n');
    expect(texts).toContain('„Lone surrogate here and there”');
    // In the appendix the long note goes below the table, in full, and the cell points to it.
    const row = themeTable(l, item.theme).rows.find((r) => r[0]!.paragraphs[0]!.text === item.title)!;
    expect(row[3]!.paragraphs).toEqual([{ text: 'Zie de toelichting onder deze tabel.', italic: true }]);
    const below = paragraphs(l.appendix.blocks).filter((p) => p.id.startsWith(`bijlage.${item.id}.notitie`));
    expect(below[0]!.text).toBe(`Toelichting van de raad bij „${item.title}”:`);
    expect(below.slice(1).map((p) => p.text)).toEqual(notes.map((n) => n.text));
    const long = allStrings(l.appendix).find((s) => s.startsWith('„Heel lang citaat'))!;
    expect(long.endsWith('…”')).toBe(true);
    const graphemeCount = Array.from(new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(long)).length;
    expect(graphemeCount).toBeLessThanOrEqual(302); // 300 + „ + ”
  });
});

describe('composeLetter: names are lines, however long they were typed', () => {
  it('cuts a 50,000-character municipality, region and signatory to a line, and keeps the file name short', () => {
    const huge = `${'Gemeente Lange Naam 👨‍👩‍👧‍👦 '.repeat(2000)}einde`;
    const settings = councilSettings();
    settings.recipient.municipality = huge;
    settings.recipient.region = huge;
    settings.signatories = [{ name: huge, role: huge }];
    const review = makeReview(checklist, mixed, { title: huge });
    // The review's own municipality and region win over the settings: cut those too.
    review.municipality = huge;
    review.region = huge;
    review.url = `https://example.nl/${'a'.repeat(50_000)}`;
    const l = composeLetter(review, checklist, settings, advies, NOW);
    const segments = (s: string) => Array.from(new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(s)).length;
    expect(l.addressee[0]!.startsWith('Aan de gemeenteraad van Gemeente Lange Naam')).toBe(true);
    expect(l.addressee[0]!.endsWith('…')).toBe(true);
    expect(segments(l.addressee[0]!)).toBeLessThanOrEqual('Aan de gemeenteraad van '.length + 200);
    expect(segments(l.signatories[0]!.name)).toBeLessThanOrEqual(200);
    expect(segments(l.signatories[0]!.role)).toBeLessThanOrEqual(200);
    expect(l.subject.length).toBeLessThan(1000);
    for (const s of allStrings(l)) expect(s.length, s.slice(0, 40)).toBeLessThan(3000);
    expect(new TextEncoder().encode(l.fileName).length).toBeLessThanOrEqual(255);
    expect(l.fileName).toMatch(/^Adviesbrief regiovisie Gemeente Lange Naam .*\d{4}-\d{2}-\d{2}\.docx$/u);
    expect(hasLoneSurrogate(l.fileName)).toBe(false);
  });
});

describe('composeLetter: why each automatic verdict, and a text that is no regiovisie', () => {
  it('the appendix says per item what kind of passage the automatic verdict stands on', () => {
    const review = makeReview(checklist, (_, i) => (i === 0 ? 'deels' : i === 1 ? 'aanwezig' : 'ontbreekt'));
    review.automatic.items[0]!.basis = 'question';
    review.automatic.items[1]!.basis = 'commitment';
    const l = composeLetter(review, checklist, councilSettings(), advies, NOW);
    const [first, second, third] = checklist.items;
    const rowOf = (id: string) => {
      const item = checklist.items.find((i) => i.id === id)!;
      return themeTable(l, item.theme).rows.find((r) => r[0]!.paragraphs[0]!.text === item.title)!;
    };
    const auto = 'Automatisch, niet nagekeken door de raad';
    expect(rowOf(first!.id)[1]!.paragraphs.map((p) => p.text)).toEqual(['Deels', auto, 'Genoemd in een vraag.']);
    expect(rowOf(second!.id)[1]!.paragraphs.map((p) => p.text)).toEqual(['Aanwezig', auto, 'Gevonden: een eigen afspraak of plan van de regio.']);
    // nothing found is said once, in the passage column
    expect(rowOf(third!.id)[1]!.paragraphs.map((p) => p.text)).toEqual(['Ontbreekt', auto]);
    expect(appendixText(l)).not.toContain('lijkt de getoetste tekst geen regiovisie');
  });

  it('a deels on one vague word says so in the appendix until the council has checked it', () => {
    const review = makeReview(checklist, (_, i) => (i === 0 ? 'deels' : 'ontbreekt'));
    review.automatic.items[0]!.basis = 'problem';
    review.automatic.items[0]!.faint = true;
    const first = checklist.items[0]!;
    const cell = (r: typeof review) => themeTable(composeLetter(r, checklist, councilSettings(), advies, NOW), first.theme).rows.find((row) => row[0]!.paragraphs[0]!.text === first.title)![1]!.paragraphs.map((p) => p.text);
    expect(cell(review)).toEqual(['Deels', 'Automatisch, niet nagekeken door de raad', 'Maar één keer genoemd, met een woord dat ook iets anders kan betekenen.']);
    const confirmed = { ...review, decisions: { [first.id]: { confirmed: true, updatedAt: NOW.toISOString() } } };
    expect(cell(confirmed)).toEqual(['Deels', 'Nagekeken door de raad: klopt', 'Genoemd als probleem, zonder plan.']);
  });

  it('an aanwezig that one passage carries (single) says so in the appendix until the council has checked it', () => {
    const review = makeReview(checklist, (_, i) => (i === 0 ? 'aanwezig' : 'ontbreekt'));
    review.automatic.items[0]!.basis = 'arrangement';
    review.automatic.items[0]!.single = true;
    const first = checklist.items[0]!;
    const cell = (r: typeof review) => themeTable(composeLetter(r, checklist, councilSettings(), advies, NOW), first.theme).rows.find((row) => row[0]!.paragraphs[0]!.text === first.title)![1]!.paragraphs.map((p) => p.text);
    expect(cell(review)).toEqual(['Aanwezig', 'Automatisch, niet nagekeken door de raad', 'Gevonden: de regio beschrijft hoe het geregeld is. Maar alleen deze ene zin zegt dat.']);
    const confirmed = { ...review, decisions: { [first.id]: { confirmed: true, updatedAt: NOW.toISOString() } } };
    expect(cell(confirmed)).toEqual(['Aanwezig', 'Nagekeken door de raad: klopt', 'Gevonden: de regio beschrijft hoe het geregeld is.']);
  });

  it('warns in the appendix, with the reason, when the text is not a regiovisie', () => {
    const review = makeReview(checklist, () => 'deels');
    review.automatic.looksLikeRegiovisie = false;
    review.automatic.notRegiovisie = 'ordinance';
    const l = composeLetter(review, checklist, councilSettings(), advies, NOW);
    expect(appendixText(l)).toContain(
      'Let op: volgens het programma lijkt de getoetste tekst geen regiovisie. Het lijkt een verordening, met artikelen en leden.',
    );
  });
});

describe('composeLetter: the letter is about the checked document', () => {
  const appendixBlock = (l: LetterModel, id: string) => paragraphs(l.appendix.blocks).find((b) => b.id === id);

  it('takes the municipality, region, addressee and name of the regiovisie from the review first', () => {
    const review = makeReview(checklist, mixed, { title: 'Laatste nieuws | Regio Holland Noord' });
    review.municipality = 'Lindeveld';
    review.region = 'Regio Lindeveld en Omstreken';
    review.addressee = 'college van B&W';
    review.regiovisieName = 'Regiovisie Jeugdhulp Lindeveld 2026–2030';
    const l = composeLetter(review, checklist, councilSettings(), advies, NOW);
    expect(l.addressee).toEqual(['Aan het college van burgemeester en wethouders van Lindeveld']);
    expect(l.salutation).toBe('Geachte leden van het college van burgemeester en wethouders van Lindeveld,');
    expect(l.subject).toBe('Advies over de regiovisie „Regiovisie Jeugdhulp Lindeveld 2026–2030”');
    expect(l.title).toBe('Advies over de regiovisie Regiovisie Jeugdhulp Lindeveld 2026–2030');
    expect(l.fileName).toMatch(/^Adviesbrief regiovisie Lindeveld /);
    const text = [...allStrings(l)].join('\n');
    expect(text).toContain('Regio Lindeveld en Omstreken');
    expect(text).not.toContain('Regio Voorbeeld:');
    expect(text).not.toContain('Laatste nieuws');
    expect(text).not.toContain('van Voorbeeldstad');
    expect(appendixBlock(l, 'bijlage.bij')!.text).toContain('aan het college van burgemeester en wethouders van Lindeveld');
    const source = l.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === 'bijlage.bron')!;
    expect(source.rows[0]![1]!.paragraphs[0]!.text).toBe('Regiovisie Jeugdhulp Lindeveld 2026–2030');
  });

  it('falls back to the council settings and the page title when the review has none', () => {
    const review = makeReview(checklist, mixed);
    delete review.municipality;
    const settings = councilSettings();
    settings.recipient = { municipality: 'Zuiderveen', body: 'college van B&W', region: 'Regio Zuid' };
    const l = composeLetter(review, checklist, settings, advies, NOW);
    expect(l.addressee).toEqual(['Aan het college van burgemeester en wethouders van Zuiderveen']);
    expect(l.subject).toBe('Advies over de regiovisie „Regiovisie Jeugd Regio Voorbeeld 2025–2028”');
    expect(bodyText(l)).toContain('specialistische jeugdzorg van Regio Zuid');
    // white space only counts as not set
    review.municipality = '   ';
    review.regiovisieName = ' ';
    const again = composeLetter(review, checklist, settings, advies, NOW);
    expect(again.addressee[0]).toBe('Aan het college van burgemeester en wethouders van Zuiderveen');
    expect(again.subject).toBe(l.subject);
  });

  it('writes to the gemeenteraad, the college, or both', () => {
    const cases = [
      ['gemeenteraad', 'de gemeenteraad'],
      ['college van B&W', 'het college van burgemeester en wethouders'],
      ['gemeenteraad en college van B&W', 'de gemeenteraad en het college van burgemeester en wethouders'],
    ] as const;
    for (const [addressee, phrase] of cases) {
      const review = makeReview(checklist, mixed);
      review.addressee = addressee;
      // the settings say otherwise: the review wins
      const settings = councilSettings();
      settings.recipient.body = addressee === 'gemeenteraad' ? 'college van B&W' : 'gemeenteraad';
      const l = composeLetter(review, checklist, settings, advies, NOW);
      expect(l.addressee[0]).toBe(`Aan ${phrase} van Voorbeeldstad`);
      expect(l.salutation).toBe(`Geachte leden van ${phrase} van Voorbeeldstad,`);
      expect(appendixBlock(l, 'bijlage.bij')!.text).toContain(`aan ${phrase} van Voorbeeldstad,`);
      expectSafe(l);
    }
  });

  it("prints the settings' postal address only under the settings' municipality", () => {
    const settings = councilSettings();
    settings.recipient.address = ['Postbus 100', '1234 AA Voorbeeldstad'];
    const review = makeReview(checklist, mixed);
    review.municipality = 'voorbeeldstad';
    expect(composeLetter(review, checklist, settings, advies, NOW).addressee).toEqual(['Aan de gemeenteraad van voorbeeldstad', 'Postbus 100', '1234 AA Voorbeeldstad']);
    review.municipality = 'Lindeveld';
    expect(composeLetter(review, checklist, settings, advies, NOW).addressee).toEqual(['Aan de gemeenteraad van Lindeveld']);
  });

  it('counts placeholders after the review filled them in', () => {
    const review = makeReview(checklist, mixed);
    const placeholders = placeholderSettings();
    placeholders.council = councilSettings().council;
    placeholders.signatories = councilSettings().signatories;
    placeholders.contact = councilSettings().contact;
    delete placeholders.place;
    review.municipality = 'Lindeveld';
    expect(composeLetter(review, checklist, placeholders, advies, NOW).hasPlaceholders).toBe(true); // [regio]
    review.region = 'Regio Lindeveld';
    const l = composeLetter(review, checklist, placeholders, advies, NOW);
    expect(l.hasPlaceholders).toBe(false);
    expect(allStrings(l).join('\n')).not.toContain('[gemeente]');
  });
});

describe('composeLetter: a short text', () => {
  const SHORT = 'bijlage.weinigTekst';
  const ids = (l: LetterModel) => l.appendix.blocks.map((b) => b.id);

  it('says in the appendix that the full regiovisie may be elsewhere, with the number of words', () => {
    const review = makeReview(checklist, mixed);
    review.automatic.source.words = 577;
    const l = composeLetter(review, checklist, councilSettings(), advies, NOW);
    const block = paragraphs(l.appendix.blocks).find((b) => b.id === SHORT)!;
    expect(block.text).toBe(
      'Let op: in de getoetste tekst staan maar 577 woorden. Misschien staat de volledige regiovisie in een pdf of op een andere pagina. Dan kan de regiovisie meer zeggen dan hier staat, ook bij een aanbeveling met „ontbreekt”.',
    );
    expect(ids(l).indexOf(SHORT)).toBeLessThan(ids(l).indexOf('bijlage.bron.kop'));
  });

  it('also when most items found nothing in a text of under 3,000 words; not in a long text', () => {
    const review = makeReview(checklist, (_, i) => (i === 0 ? 'aanwezig' : 'ontbreekt'));
    review.automatic.source.words = 2400;
    expect(ids(composeLetter(review, checklist, councilSettings(), advies, NOW))).toContain(SHORT);
    review.automatic.source.words = 7100;
    expect(ids(composeLetter(review, checklist, councilSettings(), advies, NOW))).not.toContain(SHORT);
    expect(ids(compose(mixed))).not.toContain(SHORT);
  });

  it('says it once when the reason the text is no regiovisie is already that it is too short', () => {
    const review = makeReview(checklist, () => 'ontbreekt');
    review.automatic.source.words = 300;
    review.automatic.looksLikeRegiovisie = false;
    review.automatic.notRegiovisie = 'too-short';
    const l = composeLetter(review, checklist, councilSettings(), advies, NOW);
    expect(ids(l)).toContain('bijlage.geenRegiovisie');
    expect(ids(l)).not.toContain(SHORT);
    review.automatic.notRegiovisie = 'news';
    const news = composeLetter(review, checklist, councilSettings(), advies, NOW);
    expect(ids(news)).toContain('bijlage.geenRegiovisie');
    expect(ids(news)).toContain(SHORT);
  });
});
