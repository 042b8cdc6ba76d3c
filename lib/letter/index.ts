/**
 * The advice letter, pure parts (no 'docx' here: lib/docx/render.ts turns a LetterModel into
 * a Word file and is loaded lazily with `await import('…/lib/docx/render')`).
 */
export {
  composeLetter,
  effectiveItems,
  applyEdits,
  summarySentence,
  countPhrase,
  letterPlace,
  VERDICT_LABEL,
  checkCounts,
  checkedSentence,
  CHECK_LABEL,
  reportAttachment,
  reportAddress,
  letterSubject,
  recipientPhrase,
} from './compose';
export type { EffectiveItem, CheckCounts, LetterSubject, ComposeOptions } from './compose';
export { changesSection, changesAppendix, changesSummarySentence, CHANGES_HEADING } from './changes';
export type * from './model';
export {
  validateSettings,
  placeholderSettings,
  hasPlaceholders,
  settingsToJson,
  parseSettingsJson,
  isValidEmail,
  MAX_LOGO_BYTES,
  RECIPIENT_BODIES,
} from './settings';
export type { CouncilSettings, CouncilLogo, Signatory, RecipientBody, SettingsError, SettingsResult } from './settings';
export { loadTemplate, builtInTemplates, getTemplate, templateOrDefault, DEFAULT_TEMPLATE_ID, SECTION_KINDS } from './templates';
export type { LetterTemplate, TemplateSection, TemplateResult } from './templates';
export { PLACEHOLDERS, findPlaceholders, fillPlaceholders, isKnownPlaceholder } from './placeholders';
export { letterFileName } from './file-name';
export { formatDutchDate } from './text';
