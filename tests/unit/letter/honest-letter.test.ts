/**
 * The letter tells the truth (issue 9): it says exactly which verdicts the council checked,
 * prints the toelichting and never the private note, lists the LOC report as an attachment
 * unless switched off, and says what is good once per theme instead of once per item.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import type { ItemDecision } from '../../../lib/review/types';
import { CHECK_LABEL, checkedSentence, composeLetter, reportAddress, reportAttachment } from '../../../lib/letter/compose';
import type { LetterModel, TableBlock } from '../../../lib/letter/model';
import { validateSettings, type CouncilSettings } from '../../../lib/letter/settings';
import { builtInTemplates, getTemplate, type LetterTemplate } from '../../../lib/letter/templates';
import { allStrings, councilSettings, loadChecklist, makeReview, mixed, NOW } from './fixtures';

let checklist: Checklist;
const advies = getTemplate('adviesbrief-gemeenteraad')!;
beforeAll(async () => {
  ({ checklist } = await loadChecklist());
});

const AT = '2026-11-21T10:00:00Z';
const bodyText = (l: LetterModel) => allStrings(l.body).join('\n');
const appendixText = (l: LetterModel) => allStrings(l.appendix).join('\n');
const everything = (l: LetterModel) => allStrings(l).join('\n');

function compose(decisions: Record<string, ItemDecision>, settings: CouncilSettings = councilSettings(), template: LetterTemplate = advies): LetterModel {
  return composeLetter(makeReview(checklist, mixed, { decisions }), checklist, settings, template, NOW);
}

/** The verdict cell of each item in the appendix, by item id. */
function verdictCells(l: LetterModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of checklist.items) {
    const table = l.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === `bijlage.${item.theme}`)!;
    const row = table.rows.find((r) => r[0]!.paragraphs[0]!.text === item.title)!;
    out.set(item.id, row[1]!.paragraphs.map((p) => p.text));
  }
  return out;
}

const OLD_CLAIMS = /Elke uitkomst hebben wij zelf nagelezen|elke uitkomst zelf nagelezen/;

describe('the letter says exactly which verdicts the council checked', () => {
  it('none checked: every verdict is called automatic and not checked, in the letter, the appendix and per item', () => {
    const n = checklist.items.length;
    const l = compose({});
    expect(bodyText(l)).toContain(`Alle ${n} oordelen zijn automatisch gegeven en niet door ons nagekeken.`);
    expect(appendixText(l)).toContain(`Alle ${n} oordelen zijn automatisch gegeven en niet door de raad nagekeken.`);
    expect(everything(l)).not.toMatch(OLD_CLAIMS);
    expect(everything(l)).not.toContain('zelf nagekeken');
    for (const [id, cell] of verdictCells(l)) expect(cell, id).toContain(CHECK_LABEL.unchecked);
  });

  it('some checked: the numbers confirmed, changed and not checked, and the label only on the unchecked items', () => {
    const n = checklist.items.length;
    const [a, b, c, d] = checklist.items;
    const other = (v: string) => (v === 'aanwezig' ? 'ontbreekt' : 'aanwezig');
    const l = compose({
      [a!.id]: { confirmed: true, updatedAt: AT },
      [b!.id]: { verdict: mixed(b!, 1), updatedAt: AT }, // the same verdict by hand: checked, agrees
      [c!.id]: { verdict: other(mixed(c!, 2)), updatedAt: AT }, // changed
      [d!.id]: { toelichting: 'Alleen een toelichting: het oordeel is niet nagekeken.', updatedAt: AT },
    });
    expect(bodyText(l)).toContain(`Wij hebben 3 van de ${n} oordelen zelf nagekeken. Daarvan klopten er 2 en hebben wij er 1 aangepast. De andere ${n - 3} oordelen zijn automatisch gegeven en niet door ons nagekeken.`);
    expect(appendixText(l)).toContain(`De raad heeft 3 van de ${n} oordelen zelf nagekeken. Daarvan klopten er 2 en heeft de raad er 1 aangepast. De andere ${n - 3} oordelen zijn automatisch gegeven en niet door de raad nagekeken.`);
    const cells = verdictCells(l);
    expect(cells.get(a!.id)).toContain(CHECK_LABEL.confirmed);
    expect(cells.get(b!.id)).toContain(CHECK_LABEL.confirmed);
    expect(cells.get(c!.id)).toContain(CHECK_LABEL.changed);
    expect(cells.get(d!.id)).toContain(CHECK_LABEL.unchecked);
    const unchecked = [...cells.values()].filter((cell) => cell.includes(CHECK_LABEL.unchecked));
    expect(unchecked).toHaveLength(n - 3);
    for (const id of [a!.id, b!.id, c!.id]) expect(cells.get(id)).not.toContain(CHECK_LABEL.unchecked);
  });

  it('all checked: says so, and no item is called automatic', () => {
    const n = checklist.items.length;
    const decisions = Object.fromEntries(checklist.items.map((it) => [it.id, { confirmed: true, updatedAt: AT } as ItemDecision]));
    const l = compose(decisions);
    expect(bodyText(l)).toContain(`Wij hebben alle ${n} oordelen zelf nagekeken. Die ${n} oordelen klopten.`);
    expect(everything(l)).not.toContain(CHECK_LABEL.unchecked);
    expect(everything(l)).not.toContain('niet door ons nagekeken');
    expect(everything(l)).not.toContain('niet door de raad nagekeken');
  });

  it('the short cover letter says it too', () => {
    const kort = getTemplate('korte-aanbiedingsbrief')!;
    const l = compose({}, councilSettings(), kort);
    expect(bodyText(l)).toContain(`Alle ${checklist.items.length} oordelen zijn automatisch gegeven en niet door ons nagekeken.`);
    for (const template of builtInTemplates) {
      expect(JSON.stringify(template), template.id).toContain('{nagekeken}');
      expect(JSON.stringify(template), template.id).not.toMatch(OLD_CLAIMS);
    }
  });

  it('in correct Dutch for one and for many', () => {
    expect(checkedSentence({ total: 1, confirmed: 0, changed: 0, unchecked: 1 }, 'wij')).toBe('Het oordeel is automatisch gegeven en niet door ons nagekeken.');
    expect(checkedSentence({ total: 1, confirmed: 1, changed: 0, unchecked: 0 }, 'wij')).toBe('Wij hebben het oordeel zelf nagekeken. Dat oordeel klopte.');
    expect(checkedSentence({ total: 5, confirmed: 0, changed: 1, unchecked: 4 }, 'raad')).toBe(
      'De raad heeft 1 van de 5 oordelen zelf nagekeken. Dat oordeel heeft de raad aangepast. De andere 4 oordelen zijn automatisch gegeven en niet door de raad nagekeken.',
    );
    expect(checkedSentence({ total: 5, confirmed: 3, changed: 1, unchecked: 1 }, 'wij')).toBe(
      'Wij hebben 4 van de 5 oordelen zelf nagekeken. Daarvan klopten er 3 en hebben wij er 1 aangepast. Het andere oordeel is automatisch gegeven en niet door ons nagekeken.',
    );
    expect(checkedSentence({ total: 2, confirmed: 1, changed: 1, unchecked: 0 }, 'wij')).toBe('Wij hebben alle 2 oordelen zelf nagekeken. Daarvan klopte er 1 en hebben wij er 1 aangepast.');
    expect(checkedSentence({ total: 0, confirmed: 0, changed: 0, unchecked: 0 }, 'wij')).toBe('');
  });
});

describe('the toelichting goes into the letter, the private note never', () => {
  const SECRET = 'Navragen bij wethouder (privé)';

  it('prints the toelichting in the letter and the appendix, and the private note nowhere, in every template', () => {
    const [a, b] = checklist.items;
    const decisions: Record<string, ItemDecision> = {
      [a!.id]: { toelichting: 'Dit lazen wij ook in de begroting.', privateNote: SECRET, updatedAt: AT },
      [b!.id]: { privateNote: `${SECRET}\n${'lang '.repeat(400)}`, confirmed: true, updatedAt: AT },
    };
    for (const template of builtInTemplates) {
      const l = compose(decisions, councilSettings(), template);
      expect(JSON.stringify(l), template.id).not.toContain('Navragen bij wethouder');
      expect(appendixText(l), template.id).toContain('Dit lazen wij ook in de begroting.');
    }
    const l = compose(decisions);
    expect(bodyText(l)).toContain('Dit lazen wij ook in de begroting.');
    // An item with only a private note shows no toelichting in its appendix row.
    const table = l.appendix.blocks.find((x): x is TableBlock => x.type === 'table' && x.id === `bijlage.${b!.theme}`)!;
    const row = table.rows.find((r) => r[0]!.paragraphs[0]!.text === b!.title)!;
    expect(row[3]!.paragraphs.map((p) => p.text)).toEqual(['–']);
  });

  it('a long private note does not move to below the table either (only a long toelichting does)', () => {
    const [a] = checklist.items;
    const l = compose({ [a!.id]: { privateNote: `${SECRET} ${'x'.repeat(2000)}`, updatedAt: AT } });
    expect(JSON.stringify(l)).not.toContain(SECRET);
    expect(l.appendix.blocks.some((x) => x.id.startsWith(`bijlage.${a!.id}.notitie`))).toBe(false);
  });
});

describe('the LOC report as the second attachment', () => {
  const LINE = 'Bijlage 2: het rapport „Specialistische jeugdzorg. Knelpunten en aanbevelingen in beeld”, LOC, februari 2022';

  it('is listed by default, in the attachments and the reference block, and the letter says it goes along', () => {
    const l = compose({});
    expect(l.attachments).toEqual(['Bijlage 1: Toetsingsrapport regiovisie', LINE]);
    expect(l.reference.find((r) => r.label === 'Bijlagen')!.value).toContain(LINE);
    expect(bodyText(l)).toContain('Het rapport sturen wij mee als bijlage 2. U kunt het ook downloaden via www.loc.nl/regionale-jz.');
    expect(reportAttachment(checklist, 2)).toBe(LINE);
    expect(reportAddress(checklist)).toBe('www.loc.nl/regionale-jz');
  });

  it('is left out when the council switched it off (attachReport: false)', () => {
    const l = compose({}, { ...councilSettings(), attachReport: false });
    expect(l.attachments).toEqual(['Bijlage 1: Toetsingsrapport regiovisie']);
    expect(everything(l)).not.toContain('Bijlage 2');
    expect(bodyText(l)).toContain('U kunt het rapport downloaden via www.loc.nl/regionale-jz.');
    expect(bodyText(l)).not.toContain('sturen wij mee');
  });

  it('settings: absent means on; false is kept; anything else is refused', () => {
    const base = councilSettings();
    const on = validateSettings(base);
    expect(on.ok && on.settings.attachReport).toBeUndefined();
    const off = validateSettings({ ...base, attachReport: false });
    expect(off.ok && off.settings.attachReport).toBe(false);
    const yes = validateSettings({ ...base, attachReport: true });
    expect(yes.ok && yes.settings.attachReport).toBeUndefined();
    const bad = validateSettings({ ...base, attachReport: 'nee' });
    expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['attachReport']);
  });
});

describe('what is good is said once per theme', () => {
  it('names the good items by title in one paragraph per theme, with one "Dat vinden wij goed."', () => {
    const l = compose({});
    const text = bodyText(l);
    const themesWithGood = checklist.themes.filter((t) => checklist.items.some((it, i) => it.theme === t.id && mixed(it, i) === 'aanwezig'));
    expect(text.split('Dat vinden wij goed.').length - 1).toBe(themesWithGood.length);
    for (const t of themesWithGood) expect(l.body.some((b) => b.id === `themas.${t.id}.sterk`)).toBe(true);
    // The asks stay: every missing or partial item keeps its own concrete sentence.
    checklist.items.forEach((it, i) => {
      const v = mixed(it, i);
      if (v !== 'aanwezig') expect(text).toContain(it.letter[v]);
    });
  });

  it('keeps a toelichting on a good item, named after the item', () => {
    const good = checklist.items.find((it, i) => mixed(it, i) === 'aanwezig')!;
    const l = compose({ [good.id]: { toelichting: 'Goed dat dit erin staat.', updatedAt: AT } });
    const note = l.body.find((b) => b.id === `themas.${good.id}.notitie`);
    expect(note && note.type === 'paragraph' && note.label).toBe(`Toelichting van de raad bij „${good.title}”:`);
    expect(note && note.type === 'paragraph' && note.text).toBe('Goed dat dit erin staat.');
  });
});
