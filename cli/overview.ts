import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { locChecklist } from '../lib/checklist';
import { fileKind } from '../lib/extract/file';
import { translate, type MessageKey, type Params } from '../lib/i18n';
import { overviewCsv, overviewHtml, overviewJson, overviewRow, overviewTable, type OverviewRow } from '../lib/overview';
import { IMPORT_ERRORS, parseReviewImport } from '../lib/review/exchange';
import { InputError } from './read-document';
import { isReviewFile, readReviewOrDocument } from './sources';
import { readOptions, runAsProgram, withInputErrors } from './program';

/**
 * npm run --silent overview -- DIR|FILE … [--csv OUT.csv] [--html OUT.html] [--json]
 * One row per regiovisie: every document `check` reads in DIR (and the reviews exported from
 * the extension there), or each FILE. The contract is ../shared/spec/cli.md; the rows, the CSV
 * and the HTML are pure functions in lib/overview/.
 */

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

export interface OverviewArgs {
  inputs: string[];
  csv?: string;
  html?: string;
  json: boolean;
}

export function parseArgs(argv: string[]): OverviewArgs {
  const o = readOptions(argv, { flags: ['--json'], values: ['--csv', '--html'] });
  if (o.positional.length === 0) throw new InputError(t('overview.usage'));
  return { inputs: o.positional, csv: o.values.get('--csv'), html: o.values.get('--html'), json: o.flags.has('--json') };
}

/**
 * The files of the overview, in order: each FILE as given, and for a DIR the documents `check`
 * reads and the `.json` files in it (sorted by name; subfolders are not read). An empty folder is an error.
 */
export function collectFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      throw new InputError(t('cli.fileUnreadable', { file: input }));
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const found = readdirSync(input, { withFileTypes: true })
      .filter((entry) => entry.isFile() && (fileKind(entry.name) !== undefined || isReviewFile(entry.name)))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'nl'));
    const inFolder = found.map((name) => join(input, name)).filter((file) => !isReviewFile(file) || !isForeignJson(file));
    if (inFolder.length === 0) throw new InputError(t('overview.emptyFolder', { dir: input }));
    files.push(...inFolder);
  }
  return files;
}

/** A `.json` in a folder that is not an export of this extension at all (settings, other data): left out. */
function isForeignJson(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false; // reported when it is read
  }
  const parsed = parseReviewImport(text);
  return !parsed.ok && (parsed.error === IMPORT_ERRORS.foreign || parsed.error === IMPORT_ERRORS.notJson || parsed.error === IMPORT_ERRORS.empty);
}

/** The row of one file: an exported review with the council's decisions, or a document checked now. */
export async function rowOf(file: string, now: Date): Promise<OverviewRow> {
  const { saved, kind } = await readReviewOrDocument(file, now);
  return overviewRow(saved, basename(file), locChecklist, kind);
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch {
    throw new InputError(t('overview.cannotWrite', { file }));
  }
  process.stderr.write(`${t('overview.written', { file })}\n`);
}

export async function main(argv: string[]): Promise<number> {
  return withInputErrors(async () => {
    const args = parseArgs(argv);
    const now = new Date();
    const rows: OverviewRow[] = [];
    for (const file of collectFiles(args.inputs)) rows.push(await rowOf(file, now));
    if (args.csv) write(args.csv, overviewCsv(rows, locChecklist));
    if (args.html) write(args.html, overviewHtml(rows, locChecklist, { generatedAt: now }));
    if (args.json) process.stdout.write(`${JSON.stringify(overviewJson(rows), null, 2)}\n`);
    else if (!args.csv && !args.html) process.stdout.write(`${overviewTable(rows, locChecklist)}\n`);
    return 0;
  });
}

runAsProgram('overview', main);
