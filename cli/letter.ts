import { locChecklist } from '../lib/checklist';
import { translate, type MessageKey, type Params } from '../lib/i18n';
import { hasPlaceholders, placeholderSettings, reportAddress, type CouncilSettings } from '../lib/letter';
import { progress } from '../lib/review/model';
import type { SavedReview } from '../lib/review/types';
import { readExportedReview, readSettings, writeLetter } from './letter-file';
import { InputError } from './read-document';

/**
 * npm run --silent letter -- REVIEW.json --docx OUT.docx [--settings COUNCIL.json]
 * The advice letter for a review exported from the extension, with the council's verdicts,
 * toelichting, own passages and letter edits, made exactly as the panel makes it.
 * The contract is ../shared/spec/cli.md.
 */

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

export interface LetterArgs {
  review: string;
  docx: string;
  settings?: string;
}

export function parseArgs(argv: string[]): LetterArgs {
  let review: string | undefined;
  let docx: string | undefined;
  let settings: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--docx' || arg === '--settings') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new InputError(t('cli.missingValue', { option: arg }));
      if (arg === '--docx') docx = value;
      else settings = value;
    } else if (arg.startsWith('-')) throw new InputError(t('cli.unknownOption', { option: arg }));
    else if (review) throw new InputError(t('letterCli.oneReview'));
    else review = arg;
  }
  if (!review) throw new InputError(t('letterCli.usage'));
  if (!docx) throw new InputError(t('letterCli.needDocx'));
  return { review, docx, settings };
}

/** Without a settings file: what the review itself knows (municipality, region), the rest marked [like this]. */
export function reviewPlaceholderSettings(saved: SavedReview): CouncilSettings {
  const region = (saved as { region?: unknown }).region;
  return placeholderSettings({ municipality: saved.municipality, region: typeof region === 'string' ? region : undefined });
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const saved = readExportedReview(args.review);
    const settings = args.settings ? readSettings(args.settings) : reviewPlaceholderSettings(saved);
    await writeLetter(saved, settings, args.docx, new Date());
    process.stderr.write(`${t('cli.letterWritten', { file: args.docx })}\n`);
    const { reviewed, total } = progress(saved);
    process.stderr.write(`${reviewed === total ? t('letterCli.allChecked', { total }) : t('letterCli.unchecked', { count: total - reviewed, total })}\n`);
    if (hasPlaceholders(settings)) process.stderr.write(`${t('letterCli.placeholders')}\n`);
    if (settings.attachReport !== false) process.stderr.write(`${t('cli.letterReport', { url: reportAddress(locChecklist) })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] && /letter\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${t('cli.crashed')} ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
