import { basename } from 'node:path';
import { itemTitles, locChecklist, type Checklist } from '../lib/checklist';
import { translate, type MessageKey, type Params } from '../lib/i18n';
import { changedGroups, compareReviews, summaryMessage, type Comparison, type ItemComparison } from '../lib/review/compare';
import { MAX_CHANGED_PASSAGES } from '../lib/letter/changes';
import { truncateText } from '../lib/text/graphemes';
import { InputError } from './read-document';
import { readOptions, runAsProgram, withInputErrors } from './program';
import { readReviewOrDocument } from './sources';

/**
 * npm run --silent compare -- OLD NEW [--json]
 * Two versions of a regiovisie (a concept and the final version): each a document or a review
 * exported from the extension, whose council verdicts count. The comparison itself is pure, in
 * lib/review/compare.ts. The contract is ../shared/spec/cli.md.
 */

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

export interface CompareArgs {
  old: string;
  new: string;
  json: boolean;
}

export function parseArgs(argv: string[]): CompareArgs {
  const o = readOptions(argv, { flags: ['--json'] });
  const [oldFile, newFile] = o.positional;
  if (o.positional.length !== 2 || !oldFile || !newFile) throw new InputError(t('compare.usage'));
  return { old: oldFile, new: newFile, json: o.flags.has('--json') };
}

/** The JSON of the contract: old, new, summary, and every checklist item with its verdicts and passages. */
export function toCompareJson(comparison: Comparison, files: { old: string; new: string }, checklist: Checklist) {
  const title = itemTitles(checklist);
  return {
    old: { title: comparison.old.title, file: files.old, sources: comparison.old.sources },
    new: { title: comparison.new.title, file: files.new, sources: comparison.new.sources },
    summary: comparison.summary,
    related: comparison.related,
    ...(comparison.related ? {} : { warning: t('compare.unrelated') }),
    items: comparison.items.map((it) => ({
      id: it.id,
      theme: it.theme,
      title: title(it.id),
      old: it.old,
      new: it.new,
      change: it.change,
      ...(it.oldByHand ? { oldByHand: true } : {}),
      ...(it.newByHand ? { newByHand: true } : {}),
      added: it.added,
      removed: it.removed,
    })),
  };
}

function verdictText(verdict: ItemComparison['old'], byHand: boolean): string {
  const word = t(`verdict.${verdict}`);
  return byHand ? t('compare.byHand', { verdict: word }) : word;
}

/** The Dutch summary for a person at a terminal: both versions, the counts, and the items that changed. */
export function formatComparison(comparison: Comparison, files: { old: string; new: string }, checklist: Checklist): string {
  const title = itemTitles(checklist);
  const lines = [
    t('compare.heading'),
    t('compare.old', { title: comparison.old.title || t('cli.noTitle'), file: files.old }),
    t('compare.new', { title: comparison.new.title || t('cli.noTitle'), file: files.new }),
  ];
  if (!comparison.related) lines.push(`! ${t('compare.unrelated')}`);
  const summary = summaryMessage(comparison.summary);
  lines.push('', t(summary.key, summary.params));
  const groups = changedGroups(comparison);
  if (groups.length === 0) lines.push(t('compare.nothingChanged'));
  for (const { change, items: group } of groups) {
    lines.push('', t(change === 'better' ? 'compare.better' : 'compare.worse'));
    for (const it of group) {
      lines.push(`  ${title(it.id)}: ${t('compare.verdicts', { old: verdictText(it.old, it.oldByHand), new: verdictText(it.new, it.newByHand) })}`);
      if (it.added.length > 0) lines.push(`    ${t('compare.added')}`);
      for (const quote of it.added.slice(0, MAX_CHANGED_PASSAGES)) lines.push(`      + “${truncateText(quote, 120)}”`);
      if (it.removed.length > 0) lines.push(`    ${t('compare.removed')}`);
      for (const quote of it.removed.slice(0, MAX_CHANGED_PASSAGES)) lines.push(`      − “${truncateText(quote, 120)}”`);
    }
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  return withInputErrors(async () => {
    const args = parseArgs(argv);
    const now = new Date();
    const before = await readReviewOrDocument(args.old, now);
    const after = await readReviewOrDocument(args.new, now);
    const comparison = compareReviews(before.saved, after.saved, locChecklist);
    const files = { old: basename(args.old), new: basename(args.new) };
    if (args.json) {
      process.stdout.write(`${JSON.stringify(toCompareJson(comparison, files, locChecklist), null, 2)}\n`);
      if (!comparison.related) process.stderr.write(`${t('compare.unrelated')}\n`);
    } else process.stdout.write(`${formatComparison(comparison, files, locChecklist)}\n`);
    return 0;
  });
}

runAsProgram('compare', main);
