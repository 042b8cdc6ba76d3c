import { locChecklist } from '../lib/checklist';
import { translate, type MessageKey, type Params } from '../lib/i18n';
import { hasPlaceholders, placeholderSettings, reportAddress } from '../lib/letter';
import { progress } from '../lib/review/model';
import { readExportedReview, readSettings, writeLetter } from './letter-file';
import { InputError } from './read-document';
import { readOptions, runAsProgram, withInputErrors } from './program';
import { compareReviews } from '../lib/review/compare';
import { readReviewOrDocument } from './sources';

/**
 * npm run --silent letter -- REVIEW.json --docx OUT.docx [--settings COUNCIL.json] [--compare-with OLD]
 * With --compare-with (the concept version: an exported review or a document), the letter gets
 * the section "Wat is veranderd sinds de conceptversie" and the appendix the changes per item.
 * The advice letter for a review exported from the extension, with the council's verdicts,
 * toelichting, own passages and letter edits, made exactly as the panel makes it.
 * The contract is ../shared/spec/cli.md.
 */

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

export interface LetterArgs {
  review: string;
  docx: string;
  settings?: string;
  compareWith?: string;
}

export function parseArgs(argv: string[]): LetterArgs {
  const o = readOptions(argv, { values: ['--docx', '--settings', '--compare-with'] });
  if (o.positional.length > 1) throw new InputError(t('letterCli.oneReview'));
  const review = o.positional[0];
  if (!review) throw new InputError(t('letterCli.usage'));
  const docx = o.values.get('--docx');
  if (!docx) throw new InputError(t('letterCli.needDocx'));
  const compareWith = o.values.get('--compare-with');
  return { review, docx, settings: o.values.get('--settings'), ...(compareWith !== undefined ? { compareWith } : {}) };
}

export async function main(argv: string[]): Promise<number> {
  return withInputErrors(async () => {
    const args = parseArgs(argv);
    const saved = readExportedReview(args.review);
    // Without a settings file, placeholders: the letter takes the municipality and region the review knows first (letterSubject).
    const settings = args.settings ? readSettings(args.settings) : placeholderSettings();
    const now = new Date();
    const comparison = args.compareWith ? compareReviews((await readReviewOrDocument(args.compareWith, now)).saved, saved, locChecklist) : undefined;
    await writeLetter(saved, settings, args.docx, now, comparison ? { comparison } : {});
    if (comparison && !comparison.related) process.stderr.write(`${t('compare.unrelated')}\n`);
    process.stderr.write(`${t('cli.letterWritten', { file: args.docx })}\n`);
    const { reviewed, total } = progress(saved);
    process.stderr.write(`${reviewed === total ? t('letterCli.allChecked', { total }) : t('letterCli.unchecked', { count: total - reviewed, total })}\n`);
    if (hasPlaceholders(settings)) process.stderr.write(`${t('letterCli.placeholders')}\n`);
    if (settings.attachReport !== false) process.stderr.write(`${t('cli.letterReport', { url: reportAddress(locChecklist) })}\n`);
    return 0;
  });
}

runAsProgram('letter', main);
