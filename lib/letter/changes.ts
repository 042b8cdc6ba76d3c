/**
 * The letter's part about what changed since the concept version: a section in the letter and
 * a table per changed item in the appendix, built from a comparison of two reviews
 * (lib/review/compare.ts). Pure: blocks of the LetterModel, all text already final.
 */
import type { Checklist, Verdict } from '../checklist/types';
import { itemTitles } from '../checklist/helpers';
import type { Comparison, ItemComparison } from '../review/compare';
import { changedGroups } from '../review/compare';
import { translate } from '../i18n';
import type { CellParagraph, LetterBlock, TableCell } from './model';
import { oneLine, truncateText } from './text';

/** The heading of the section in the letter (and the start of the appendix part's heading). */
export const CHANGES_HEADING = 'Wat is veranderd sinds de conceptversie';
/** Passages new or gone shown per item in the appendix, each way. */
export const MAX_CHANGED_PASSAGES = 2;
const MAX_PASSAGE_CHARS = 200;
/**
 * The labels over the passages new and gone. A comparison sees only the passages the check
 * showed (its top few per item) and the council's own, not the whole text: a passage that fell
 * out of the top few, or an own passage not added again, may still be in the text. So the labels
 * say only what is certain.
 */
export const PASSAGES_ADDED = translate('nl', 'compare.added');
export const PASSAGES_REMOVED = translate('nl', 'compare.removed');

const aanbeveling = (n: number) => (n === 1 ? 'aanbeveling' : 'aanbevelingen');

function titleOf(checklist: Checklist): (id: string) => string {
  const title = itemTitles(checklist);
  return (id) => oneLine(title(id));
}

/** "Bij 7 aanbevelingen is de regiovisie beter geworden, bij 1 slechter en bij 26 is het oordeel gelijk gebleven." */
export function changesSummarySentence(summary: Comparison['summary']): string {
  const { better, worse, same } = summary;
  if (better === 0 && worse === 0) return `Bij geen enkele aanbeveling is het oordeel veranderd (${same} ${aanbeveling(same)}).`;
  return `Bij ${better} ${aanbeveling(better)} is de regiovisie beter geworden, bij ${worse} slechter en bij ${same} is het oordeel gelijk gebleven.`;
}

function verdictWord(v: Verdict): string {
  return v === 'aanwezig' ? 'aanwezig' : v === 'deels' ? 'deels aanwezig' : 'ontbreekt';
}

/** One line per changed item: "Klachten: was ontbreekt, nu aanwezig." */
function itemLine(it: ItemComparison, title: string): string {
  return `${title}: was ${verdictWord(it.old)}, nu ${verdictWord(it.new)}.`;
}

/**
 * The section for the letter's body: a heading, a paragraph naming the concept version and the
 * counts, then the items that became better and those that became worse. Paragraph ids start
 * with "veranderd." (the council can edit them like every paragraph).
 */
export function changesSection(comparison: Comparison, checklist: Checklist): LetterBlock[] {
  const title = titleOf(checklist);
  const concept = oneLine(comparison.old.title);
  const blocks: LetterBlock[] = [
    { type: 'heading', id: 'veranderd.kop', level: 2, text: CHANGES_HEADING },
    {
      type: 'paragraph',
      id: 'veranderd.intro',
      text: `Wij hebben deze versie van de regiovisie vergeleken met de conceptversie${concept ? ` („${truncateText(concept, 200)}”)` : ''}. ${changesSummarySentence(comparison.summary)}`,
      style: 'body',
    },
  ];
  for (const { change, items: group } of changedGroups(comparison)) {
    blocks.push({ type: 'paragraph', id: `veranderd.${change}`, text: change === 'better' ? 'Beter geworden:' : 'Slechter geworden:', style: 'lead', keepNext: true });
    for (const it of group) blocks.push({ type: 'paragraph', id: `veranderd.${it.id}`, text: itemLine(it, title(it.id)), style: 'bullet', label: '•' });
  }
  return blocks;
}

function passages(label: string, quotes: string[]): CellParagraph[] {
  if (quotes.length === 0) return [];
  const shown = quotes.slice(0, MAX_CHANGED_PASSAGES).map((q): CellParagraph => ({ text: `„${truncateText(oneLine(q), MAX_PASSAGE_CHARS)}”`, italic: true }));
  const more = quotes.length - shown.length;
  return [{ text: label, muted: true }, ...shown, ...(more > 0 ? [{ text: `en nog ${more}`, muted: true }] : [])];
}

/**
 * The appendix part: per item whose verdict changed or whose passages changed, the verdict
 * in the concept and now, and the passages that are new or gone. Nothing changed: one sentence.
 */
export function changesAppendix(comparison: Comparison, checklist: Checklist): LetterBlock[] {
  const title = titleOf(checklist);
  const rows: TableCell[][] = comparison.items
    .filter((it) => it.change !== 'same' || it.added.length > 0 || it.removed.length > 0)
    .map((it) => {
      const texts = [...passages(PASSAGES_ADDED, it.added), ...passages(PASSAGES_REMOVED, it.removed)];
      const mark = (v: Verdict, byHand: boolean): TableCell => ({ paragraphs: [{ text: verdictWord(v), bold: it.change !== 'same' }, ...(byHand ? [{ text: translate('nl', 'compare.byCouncil'), muted: true }] : [])] });
      return [
        { paragraphs: [{ text: title(it.id), bold: true }] },
        mark(it.old, it.oldByHand),
        mark(it.new, it.newByHand),
        { paragraphs: texts.length > 0 ? texts : [{ text: '–', muted: true }] },
      ];
    });
  const blocks: LetterBlock[] = [
    { type: 'heading', id: 'bijlage.veranderd.kop', level: 2, text: `${CHANGES_HEADING}, per aanbeveling` },
    {
      type: 'paragraph',
      id: 'bijlage.veranderd.intro',
      text: `Vergeleken met de conceptversie „${truncateText(oneLine(comparison.old.title) || 'zonder titel', 200)}”. ${changesSummarySentence(comparison.summary)}`,
      style: 'body',
    },
  ];
  if (rows.length > 0) {
    blocks.push({
      type: 'table',
      id: 'bijlage.veranderd',
      columns: [
        { header: 'Aanbeveling', width: 0.28 },
        { header: 'Conceptversie', width: 0.16 },
        { header: 'Nu', width: 0.16 },
        { header: 'Passages', width: 0.4 },
      ],
      rows,
      description: 'Per aanbeveling het oordeel over de conceptversie en over deze versie, met de gevonden passages die nieuw zijn of er niet meer bij zijn',
    });
  }
  return blocks;
}
