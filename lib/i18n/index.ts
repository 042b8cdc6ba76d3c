import { nl, type MessageKey } from './nl';
import { en } from './en';

export type { MessageKey };
export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** A parameter is text, a number, or a message of its own (translated in the same language). */
export type Params = Record<string, string | number | Message>;

/** A translatable message: key plus parameters (translated when rendered, so a language switch applies). */
export interface Message {
  key: MessageKey;
  params?: Params;
}

/** Numbers are shown the Dutch way in Dutch (1.234) and the English way in English (1,234). */
function formatParam(value: string | number | Message, locale: Locale): string {
  if (typeof value === 'object') return translate(locale, value.key, value.params);
  if (typeof value !== 'number') return value;
  const [int, frac] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
  return frac ? `${grouped}${locale === 'nl' ? ',' : '.'}${frac}` : grouped;
}

/** Translate a key; unknown placeholders are left visible so a missing value is noticed. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogues[locale][key] ?? catalogues.nl[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name]!, locale) : whole,
  );
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

export function catalogue(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}
