import { beforeAll, describe, expect, it } from 'vitest';
import type { Checklist } from '../../../lib/checklist/types';
import { composeLetter } from '../../../lib/letter/compose';
import { CHANGES_HEADING, changesSummarySentence, PASSAGES_ADDED, PASSAGES_REMOVED } from '../../../lib/letter/changes';
import type { LetterBlock, ParagraphBlock, TableBlock } from '../../../lib/letter/model';
import { getTemplate } from '../../../lib/letter/templates';
import { compareReviews } from '../../../lib/review/compare';
import { setVerdict } from '../../../lib/review/model';
import type { SavedReview } from '../../../lib/review/types';
import { councilSettings, hasLoneSurrogate, letterTexts, loadChecklist, makeReview, mixed, NOW } from './fixtures';

let checklist: Checklist;
const advies = getTemplate('adviesbrief-gemeenteraad')!;
const kort = getTemplate('korte-aanbiedingsbrief')!;

beforeAll(async () => {
  ({ checklist } = await loadChecklist());
});

/** The concept: every item ontbreekt except the first; the final version: mixed verdicts, the first item worse by the council's hand. */
function versions(): { concept: SavedReview; final: SavedReview } {
  const concept = makeReview(checklist, (_, i) => (i === 0 ? 'aanwezig' : 'ontbreekt'), { title: 'Regiovisie Voorbeeld (concept)' });
  const final = setVerdict(makeReview(checklist, mixed), checklist.items[0]!.id, 'ontbreekt', NOW);
  return { concept, final };
}

const ids = (blocks: LetterBlock[]) => blocks.map((b) => b.id);
const para = (blocks: LetterBlock[], id: string) => blocks.find((b): b is ParagraphBlock => b.type === 'paragraph' && b.id === id);

describe('the letter with "Wat is veranderd sinds de conceptversie"', () => {
  it('adds the section after the opening text and before the verdicts per theme, with the counts and each changed item', () => {
    const { concept, final } = versions();
    const comparison = compareReviews(concept, final, checklist);
    const letter = composeLetter(final, checklist, councilSettings(), advies, NOW, { comparison });
    const body = ids(letter.body);
    const heading = letter.body.find((b) => b.type === 'heading' && b.text === CHANGES_HEADING);
    expect(heading).toBeDefined();
    const at = body.indexOf('veranderd.kop');
    const firstTheme = letter.body.findIndex((b) => b.type === 'heading' && b.level === 3);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(firstTheme);
    const intro = para(letter.body, 'veranderd.intro')!.text;
    expect(intro).toContain('„Regiovisie Voorbeeld (concept)”');
    expect(intro).toContain(changesSummarySentence(comparison.summary));
    const { better, worse } = comparison.summary;
    expect(better).toBeGreaterThan(0);
    expect(worse).toBe(1);
    expect(para(letter.body, 'veranderd.better')?.text).toBe('Beter geworden:');
    expect(para(letter.body, 'veranderd.worse')?.text).toBe('Slechter geworden:');
    const first = checklist.items[0]!;
    expect(para(letter.body, `veranderd.${first.id}`)?.text).toBe(`${first.title}: was aanwezig, nu ontbreekt.`);
    expect(letter.body.filter((b) => b.type === 'paragraph' && b.style === 'bullet' && b.id.startsWith('veranderd.')).length).toBe(better + worse);
    for (const s of letterTexts(letter)) expect(hasLoneSurrogate(s)).toBe(false);
  });

  it('lists the changes per item in the appendix: verdict in the concept and now, passages new and gone', () => {
    const { concept, final } = versions();
    const comparison = compareReviews(concept, final, checklist);
    const letter = composeLetter(final, checklist, councilSettings(), advies, NOW, { comparison });
    const table = letter.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === 'bijlage.veranderd')!;
    expect(table.columns.map((c) => c.header)).toEqual(['Aanbeveling', 'Conceptversie', 'Nu', 'Passages']);
    expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1);
    const changedOrNewText = comparison.items.filter((it) => it.change !== 'same' || it.added.length + it.removed.length > 0);
    expect(table.rows).toHaveLength(changedOrNewText.length);
    const firstRow = table.rows.find((r) => r[0]!.paragraphs[0]!.text === checklist.items[0]!.title)!;
    expect(firstRow[1]!.paragraphs[0]!.text).toBe('aanwezig');
    expect(firstRow[2]!.paragraphs.map((p) => p.text)).toEqual(['ontbreekt', 'oordeel van de raad']);
    // The same passages, only the council's verdict differs.
    expect(firstRow[3]!.paragraphs.map((p) => p.text)).toEqual(['–']);
    const gained = table.rows.find((r) => r[3]!.paragraphs[0]!.text === PASSAGES_ADDED);
    expect(gained).toBeDefined();
    // The section follows the counts per theme, before the readability.
    const order = ids(letter.appendix.blocks);
    expect(order.indexOf('bijlage.veranderd.kop')).toBeGreaterThan(order.indexOf('bijlage.overzicht'));
    expect(order.indexOf('bijlage.veranderd.kop')).toBeLessThan(order.indexOf('bijlage.leesbaarheid.kop'));
  });

  it('says so when nothing changed, and the council can edit the section like every paragraph', () => {
    const same = makeReview(checklist, mixed);
    const comparison = compareReviews(same, same, checklist);
    const edited = { ...same, letterEdits: { 'veranderd.intro': 'Onze eigen zin over de versies.' } };
    const letter = composeLetter(edited, checklist, councilSettings(), kort, NOW, { comparison });
    expect(para(letter.body, 'veranderd.intro')?.text).toBe('Onze eigen zin over de versies.');
    expect(ids(letter.body)).not.toContain('veranderd.better');
    const plain = composeLetter(same, checklist, councilSettings(), kort, NOW, { comparison });
    expect(para(plain.body, 'veranderd.intro')?.text).toContain('Bij geen enkele aanbeveling is het oordeel veranderd');
    expect(letter.appendix.blocks.some((b) => b.id === 'bijlage.veranderd')).toBe(false);
  });

  it('has no such section without a comparison', () => {
    const letter = composeLetter(makeReview(checklist, mixed), checklist, councilSettings(), advies, NOW);
    expect([...ids(letter.body), ...ids(letter.appendix.blocks)].some((id) => id.includes('veranderd'))).toBe(false);
  });
});

describe('passages new and gone: only what is certain', () => {
  /** The item's evidence (the check's top five): the concept has passages 1–5, the final version 2–6. Passage 1 is still in the final text, only ranked lower. */
  function topFiveShifted(): { concept: SavedReview; final: SavedReview; id: string } {
    const concept = makeReview(checklist, (_, i) => (i === 0 ? 'deels' : 'ontbreekt'), { title: 'Regiovisie Voorbeeld (concept)' });
    const final = makeReview(checklist, (_, i) => (i === 0 ? 'aanwezig' : 'ontbreekt'));
    const id = checklist.items[0]!.id;
    const quote = (n: number) => `Zin ${n} over dit punt, die in beide versies van de tekst staat.`;
    const withQuotes = (saved: SavedReview, ns: number[]): SavedReview => ({
      ...saved,
      automatic: {
        ...saved.automatic,
        items: saved.automatic.items.map((it) => (it.id === id ? { ...it, evidence: ns.map((n, k) => ({ ...saved.automatic.items[0]!.evidence[0]!, quote: quote(n), score: 0.9 - k * 0.1 })) } : it)),
      },
    });
    return { concept: withQuotes(concept, [1, 2, 3, 4, 5]), final: withQuotes(final, [2, 3, 4, 5, 6]), id };
  }

  it('does not say a passage that fell out of the top five is no longer in the text, in the letter nor in the CLI', async () => {
    const { concept, final, id } = topFiveShifted();
    const comparison = compareReviews(concept, final, checklist);
    const item = comparison.items.find((it) => it.id === id)!;
    expect(item.removed).toEqual(['Zin 1 over dit punt, die in beide versies van de tekst staat.']);
    expect(item.added).toEqual(['Zin 6 over dit punt, die in beide versies van de tekst staat.']);
    const letter = composeLetter(final, checklist, councilSettings(), advies, NOW, { comparison });
    const table = letter.appendix.blocks.find((b): b is TableBlock => b.type === 'table' && b.id === 'bijlage.veranderd')!;
    const row = table.rows.find((r) => r[0]!.paragraphs[0]!.text === checklist.items[0]!.title)!;
    expect(row[3]!.paragraphs.map((p) => p.text)).toEqual([
      PASSAGES_ADDED,
      '„Zin 6 over dit punt, die in beide versies van de tekst staat.”',
      PASSAGES_REMOVED,
      '„Zin 1 over dit punt, die in beide versies van de tekst staat.”',
    ]);
    expect(PASSAGES_REMOVED).toBe('Niet meer bij de gevonden passages:');
    const all = [...letterTexts(letter), table.description ?? ''].join('\n');
    expect(all).not.toMatch(/(niet meer|nieuw) in de tekst/i);
    const { formatComparison } = await import('../../../cli/compare');
    const text = formatComparison(comparison, { old: 'concept.html', new: 'definitief.html' }, checklist);
    expect(text).toContain('Niet meer bij de gevonden passages:\n      − “Zin 1');
    expect(text).toContain('Nieuw bij de gevonden passages:\n      + “Zin 6');
    expect(text).not.toMatch(/in de tekst:/);
  });
});

describe('the letter of a review of several sources', () => {
  it('lists the sources in the appendix and says per quote from which source it is', () => {
    const saved = makeReview(checklist, () => 'aanwezig');
    const second = { ...saved.sources[0]!, id: 's2', title: 'Werkagenda 2026', url: 'werkagenda.pdf', kind: 'pdf' as const, pages: 12 };
    const item = saved.automatic.items[0]!;
    item.evidence[0] = { ...item.evidence[0]!, block: 's2:b4', page: 3 };
    const letter = composeLetter({ ...saved, sources: [...saved.sources, second] }, checklist, councilSettings(), advies, NOW);
    const texts = letterTexts(letter);
    expect(texts.some((t) => /^1\. Regiovisie Jeugd Regio Voorbeeld .*woorden\)$/.test(t))).toBe(true);
    expect(texts).toContain('2. Werkagenda 2026 (werkagenda.pdf, 12 pagina’s, 7100 woorden)');
    expect(texts.filter((t) => t.startsWith('In „Werkagenda 2026”'))).toHaveLength(1);
    expect(texts.find((t) => t.startsWith('In „Werkagenda 2026”'))).toMatch(/, pagina 3$/);
    expect(texts.filter((t) => t.startsWith('In „Regiovisie Jeugd Regio Voorbeeld')).length).toBeGreaterThan(10);
    // One source: nothing about sources.
    const one = letterTexts(composeLetter(makeReview(checklist, () => 'aanwezig'), checklist, councilSettings(), advies, NOW));
    expect(one.some((t) => t.startsWith('In „'))).toBe(false);
  });
});
