import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { locChecklist } from '../lib/checklist';
import { translate, type MessageKey, type Params } from '../lib/i18n';
import { composeLetter, parseSettingsJson, templateOrDefault, type ComposeOptions, type CouncilSettings, type LetterModel } from '../lib/letter';
import { parseReviewImport } from '../lib/review/exchange';
import type { SavedReview } from '../lib/review/types';
import { InputError } from './read-document';

/**
 * What the command-line tools share for letters and exported reviews: reading a settings file,
 * reading a review exported from the extension, and writing the letter the way the panel's
 * "Maak de brief" does (components/letter/LetterView.tsx): composeLetter with the council's
 * template, then lib/docx/render.
 */

const t = (key: MessageKey, params?: Params) => translate('nl', key, params);

/** The council settings of `--settings`, or an InputError naming the first problem. */
export function readSettings(file: string): CouncilSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(t('cli.settingsUnreadable', { file }));
  }
  const parsed = parseSettingsJson(text);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    throw new InputError(t('cli.settingsInvalid', { file, problem: first ? [first.field, t(first.message.key, first.message.params)].filter(Boolean).join(': ') : '' }));
  }
  return parsed.settings;
}

/**
 * A review exported from the extension ("Sla op als bestand"), read with the panel's importer
 * (lib/review/exchange.ts), so exports of older versions are migrated.
 */
export function readExportedReview(file: string): SavedReview {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(t('cli.fileUnreadable', { file }));
  }
  const parsed = parseReviewImport(text);
  if (!parsed.ok) throw new InputError(t('cli.notReview', { file: basename(file), problem: parsed.error }));
  return parsed.review;
}

/** Compose the letter for a review exactly as the panel does and write it as .docx to `out`. */
export async function writeLetter(saved: SavedReview, settings: CouncilSettings, out: string, now: Date, options: ComposeOptions = {}): Promise<LetterModel> {
  const letter = composeLetter(saved, locChecklist, settings, templateOrDefault(settings.template), now, options);
  // Loaded only when a letter is asked for, as in the panel.
  const { letterToBuffer } = await import('../lib/docx/render');
  const buffer = await letterToBuffer(letter);
  try {
    writeFileSync(out, buffer);
  } catch {
    throw new InputError(t('cli.cannotWrite', { file: out }));
  }
  return letter;
}
