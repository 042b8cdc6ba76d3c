import { basename } from 'node:path';
import { documentNotices, documentProblems } from '../lib/extract/problems';
import type { ExtractedDocument } from '../lib/extract/types';
import type { ItemResult } from '../lib/check/types';
import { itemsByTheme, locChecklist, type Checklist, type ChecklistItem } from '../lib/checklist';
import { translate, type Message, type MessageKey, type Params } from '../lib/i18n';
import { explainNotRegiovisie, explainVerdict } from '../lib/review/explain';
import { sourceIdOfBlock } from '../lib/review';
import { truncateText } from '../lib/text/graphemes';
import { reportAddress, placeholderSettings } from '../lib/letter';
import { InputError } from './read-document';
import { readOptions, runAsProgram, withInputErrors } from './program';
import { readSettings, writeLetter } from './letter-file';
import { checkFiles, type CheckedFiles } from './sources';

/**
 * npm run --silent check -- FILE [FILE …] [--json] [--docx OUT.docx] [--settings COUNCIL.json]
 * Several files are one regiovisie: one review over all of them (cli/sources.ts).
 * The contract is ../shared/spec/cli.md: add fields freely, never rename or remove.
 */

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

export interface CliArgs {
  files: string[];
  json: boolean;
  docx?: string;
  settings?: string;
}

export function parseArgs(argv: string[]): CliArgs {
  const o = readOptions(argv, { flags: ['--json'], values: ['--docx', '--settings'] });
  if (o.positional.length === 0) throw new InputError(t('cli.usage'));
  const docx = o.values.get('--docx');
  const settings = o.values.get('--settings');
  return { files: o.positional, json: o.flags.has('--json'), ...(docx !== undefined ? { docx } : {}), ...(settings !== undefined ? { settings } : {}) };
}

/** The index of a quote's file in `sources` (0 for the first), from the source its block id names. */
function sourceIndex(checked: CheckedFiles, block: string): number {
  return Math.max(0, checked.parts.findIndex((p) => p.source.id === sourceIdOfBlock(block)));
}

/**
 * The JSON of the contract: source (the first file's title, counts over all files), sources
 * (every file in order), checklist, items (each evidence with the index of its file), readability.
 */
/** What the contract says of one document (title first, then where it came from, then its figures). */
function documentJson(d: ExtractedDocument, from: { file: string; kind?: string }) {
  return {
    title: d.title,
    ...from,
    characters: d.characters,
    blocks: d.blocks.length,
    words: d.words,
    ...(d.pages !== undefined ? { pages: d.pages } : {}),
    language: d.language,
    problems: documentProblems(d),
  };
}

export function toContractJson(checked: CheckedFiles, checklist: Checklist) {
  const { merged: doc, review } = checked;
  const byId = new Map(checklist.items.map((item) => [item.id, item]));
  return {
    source: documentJson(doc, { file: basename(checked.parts[0]!.file) }),
    sources: checked.parts.map(({ doc: d, source }) => documentJson(d, { file: source.url, kind: source.kind })),
    checklist: review.checklist,
    looksLikeRegiovisie: review.looksLikeRegiovisie,
    ...(review.notRegiovisie ? { notRegiovisie: review.notRegiovisie, notRegiovisieReason: messageText(explainNotRegiovisie(review.notRegiovisie)) } : {}),
    items: review.items.map((item) => ({
      id: item.id,
      theme: item.theme,
      title: byId.get(item.id)?.title ?? item.id,
      verdict: item.verdict,
      score: item.score,
      ...(item.basis ? { basis: item.basis } : {}),
      ...(item.capped ? { capped: true } : {}),
      ...(item.faint ? { faint: true } : {}),
      ...(item.single ? { single: true } : {}),
      ...explanationField(byId.get(item.id) ?? {}, item),
      evidence: item.evidence.map((e) => ({
        quote: e.quote,
        source: sourceIndex(checked, e.block),
        block: e.block,
        ...(e.heading ? { heading: e.heading } : {}),
        ...(e.page ? { page: e.page } : {}),
        prefix: e.prefix,
        suffix: e.suffix,
        score: e.score,
        ...(e.kind ? { kind: e.kind } : {}),
      })),
    })),
    readability: review.readability,
  };
}

/** The Dutch explanation of a verdict, for the JSON (the readability item has none). */
function explanationField(item: Pick<ChecklistItem, 'method'>, result: ItemResult): { explanation?: string } {
  const why = explainVerdict(item, result);
  return why ? { explanation: messageText(why) } : {};
}

function messageText(m: Message): string {
  return t(m.key, m.params);
}

const VERDICT_MARK = { aanwezig: '[+]', deels: '[~]', ontbreekt: '[ ]' } as const;

/** A readable Dutch summary per theme for a person at a terminal. */
export function formatSummary(checked: CheckedFiles, checklist: Checklist): string {
  const { merged: doc, review } = checked;
  const several = checked.parts.length > 1;
  const lines: string[] = [];
  lines.push(doc.title || t('cli.noTitle'));
  lines.push(t('doc.counts', { blocks: doc.blocks.length, words: doc.words }));
  if (several) {
    lines.push(t('cli.sources', { count: checked.parts.length }));
    checked.parts.forEach(({ doc: d, source }, i) => {
      lines.push(`  ${t('cli.sourceLine', { n: i + 1, title: d.title || t('cli.noTitle'), file: source.url, words: d.words })}`);
      // A short source (an appendix page) is fine when the sources together have text enough.
      for (const notice of documentNotices(d).filter((n) => n.problem !== 'empty')) lines.push(`     ! ${t(notice.message.key, notice.message.params)}`);
    });
  }
  for (const notice of documentNotices(doc).filter((n) => !several || n.problem === 'empty')) lines.push(`! ${t(notice.message.key, notice.message.params)}`);
  // Nothing to check (no text, or a scan): the message is the whole answer, as in the panel.
  if (documentProblems(doc).includes('empty')) return lines.join('\n');
  if (!review.looksLikeRegiovisie) lines.push(`! ${t('review.notRegiovisie', { reason: explainNotRegiovisie(review.notRegiovisie) })}`);
  const byId = new Map(review.items.map((i) => [i.id, i]));
  for (const { theme, items } of itemsByTheme(checklist)) {
    const counts = { aanwezig: 0, deels: 0, ontbreekt: 0 };
    for (const item of items) counts[byId.get(item.id)?.verdict ?? 'ontbreekt']++;
    lines.push('');
    lines.push(`${theme.title}: ${t('cli.themeCounts', counts)}`);
    for (const item of items) {
      const result = byId.get(item.id);
      if (!result) continue;
      lines.push(`  ${VERDICT_MARK[result.verdict]} ${item.title} (${t(`verdict.${result.verdict}`)})`);
      const why = explainVerdict(item, result);
      if (why && result.verdict !== 'ontbreekt') lines.push(`      ${t(why.key, why.params)}`);
      const first = result.evidence[0];
      if (first) {
        const where = [several ? t('cli.fromSource', { n: sourceIndex(checked, first.block) + 1 }) : '', first.page ? t('cli.onPage', { page: first.page }) : ''].filter(Boolean);
        lines.push(`      “${truncateText(first.quote, 140)}”${where.map((w) => ` ${w}`).join('')}`);
      }
    }
  }
  const r = review.readability;
  lines.push('');
  lines.push(t('review.readability', { score: Math.round(r.fleschDouma), words: Number(r.averageSentenceWords.toFixed(1)), level: r.level }));
  lines.push(t('cli.legend'));
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  return withInputErrors(async () => {
    const args = parseArgs(argv);
    const now = new Date();
    const checked = await checkFiles(args.files, now);
    const settings = args.settings ? readSettings(args.settings) : undefined;
    if (args.docx) {
      const saved = checked.saved;
      const council = settings ?? placeholderSettings();
      await writeLetter(saved, council, args.docx, now);
      if (!args.json) {
        process.stderr.write(`${t('cli.letterWritten', { file: args.docx })}\n`);
        // Nobody checked these verdicts: the letter says so, and so does the command.
        process.stderr.write(`${t('cli.letterAutomatic')}\n`);
        if (council.attachReport !== false) process.stderr.write(`${t('cli.letterReport', { url: reportAddress(locChecklist) })}\n`);
      }
    }
    if (args.json) process.stdout.write(`${JSON.stringify(toContractJson(checked, locChecklist), null, 2)}\n`);
    else process.stdout.write(`${formatSummary(checked, locChecklist)}\n`);
    return 0;
  });
}

runAsProgram('check', main);
