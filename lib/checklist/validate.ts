import type { Checklist, ChecklistItem, LetterSentences, Signals, Theme } from './types';
import { VERDICTS } from './types';

export type ChecklistValidation = { ok: true; checklist: Checklist } | { ok: false; errors: string[] };

/** Placeholders a letter sentence may contain. */
const ALLOWED_PLACEHOLDERS = new Set(['{regio}']);
const METHODS = ['signals', 'readability'] as const;
/** Semver-like: 1.0.0, 2.10.3, optionally with a pre-release or build suffix (1.0.0-concept). */
const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a checklist at run time (hand-written, no schema library). Every error is a plain
 * Dutch sentence that names the item (or theme) and the field, so a council that loads its own
 * checklist can see what to fix. On success returns a clean copy that holds only known fields.
 */
export function validateChecklist(data: unknown): ChecklistValidation {
  const errors: string[] = [];

  if (!isObject(data)) {
    return { ok: false, errors: ['De checklist is geen object. Verwacht wordt een object met "id", "version", "themes" en "items".'] };
  }

  /** Reads a required, non-empty string field and reports what is wrong with it. */
  const text = (obj: Obj, field: string, label: string, shownField = field): string => {
    const value = obj[field];
    if (value === undefined || value === null) {
      errors.push(`${label}: het veld "${shownField}" ontbreekt.`);
      return '';
    }
    if (typeof value !== 'string') {
      errors.push(`${label}: het veld "${shownField}" moet tekst zijn, maar is ${describe(value)}.`);
      return '';
    }
    if (value.trim() === '') {
      errors.push(`${label}: het veld "${shownField}" is leeg.`);
      return '';
    }
    return value;
  };

  // Top level.
  const top = 'Checklist';
  const id = text(data, 'id', top);
  const version = text(data, 'version', top);
  if (version && !SEMVER.test(version.trim())) {
    errors.push(`${top}: het veld "version" ("${version}") is geen geldig versienummer. Gebruik de vorm 1.0.0.`);
  }
  const title = text(data, 'title', top);

  const source = { title: '', publisher: '', date: '', url: '' };
  if (!isObject(data.source)) {
    errors.push(
      data.source === undefined
        ? `${top}: het veld "source" ontbreekt.`
        : `${top}: het veld "source" moet een object zijn met "title", "publisher", "date" en "url".`,
    );
  } else {
    for (const field of ['title', 'publisher', 'date', 'url'] as const) {
      source[field] = text(data.source, field, top, `source.${field}`);
    }
  }

  // Themes.
  const themes: Theme[] = [];
  const themeIds = new Set<string>();
  if (!Array.isArray(data.themes)) {
    errors.push(data.themes === undefined ? `${top}: het veld "themes" ontbreekt.` : `${top}: het veld "themes" moet een lijst zijn.`);
  } else if (data.themes.length === 0) {
    errors.push(`${top}: de lijst "themes" is leeg. Er is minstens één thema nodig.`);
  } else {
    data.themes.forEach((raw: unknown, index: number) => {
      const position = `Thema ${index + 1}`;
      if (!isObject(raw)) {
        errors.push(`${position}: dit is geen object.`);
        return;
      }
      const themeId = text(raw, 'id', position);
      const label = themeId ? `Thema "${themeId}"` : position;
      const themeTitle = text(raw, 'title', label);
      const description = text(raw, 'description', label);
      if (themeId) {
        if (themeIds.has(themeId)) errors.push(`Thema "${themeId}" komt meer dan één keer voor.`);
        themeIds.add(themeId);
      }
      themes.push({ id: themeId, title: themeTitle, description });
    });
  }

  // Items.
  const items: ChecklistItem[] = [];
  const itemIds = new Set<string>();
  if (!Array.isArray(data.items)) {
    errors.push(data.items === undefined ? `${top}: het veld "items" ontbreekt.` : `${top}: het veld "items" moet een lijst zijn.`);
  } else if (data.items.length === 0) {
    errors.push(`${top}: de lijst "items" is leeg. Er is minstens één item nodig.`);
  } else {
    data.items.forEach((raw: unknown, index: number) => {
      const position = `Item ${index + 1}`;
      if (!isObject(raw)) {
        errors.push(`${position}: dit is geen object.`);
        return;
      }
      const itemId = text(raw, 'id', position);
      const label = itemId ? `Item "${itemId}"` : position;
      if (itemId) {
        if (itemIds.has(itemId)) errors.push(`Item "${itemId}" komt meer dan één keer voor. Elk id mag maar één keer voorkomen.`);
        itemIds.add(itemId);
      }

      const theme = text(raw, 'theme', label);
      if (theme && themes.length > 0 && !themeIds.has(theme)) {
        errors.push(`${label}: het thema "${theme}" in het veld "theme" bestaat niet. Kies uit: ${[...themeIds].join(', ')}.`);
      }
      const itemTitle = text(raw, 'title', label);
      const explanation = text(raw, 'explanation', label);
      const recommendation = text(raw, 'recommendation', label);

      let method: ChecklistItem['method'];
      if (raw.method !== undefined) {
        if (typeof raw.method === 'string' && (METHODS as readonly string[]).includes(raw.method)) {
          method = raw.method as ChecklistItem['method'];
        } else {
          errors.push(`${label}: het veld "method" moet "signals" of "readability" zijn, maar is ${describe(raw.method)}.`);
        }
      }

      const signals = checkSignals(raw.signals, label, method ?? 'signals', errors);
      const letter = checkLetter(raw.letter, label, text, errors);

      const item: ChecklistItem = { id: itemId, theme, title: itemTitle, explanation, recommendation, signals, letter };
      if (method) item.method = method;
      items.push(item);
    });
  }

  // an item can leave a passage only to another item of this checklist
  for (const item of items) {
    for (const other of item.signals.yieldsTo ?? []) {
      if (other === item.id) errors.push(`Item "${item.id}": in het veld "signals.yieldsTo" staat het item zelf. Noem alleen andere items.`);
      else if (!itemIds.has(other)) errors.push(`Item "${item.id}": in het veld "signals.yieldsTo" staat "${other}", maar dat item bestaat niet.`);
      else if (item.id < other && items.find((i) => i.id === other)?.signals.yieldsTo?.includes(item.id)) {
        errors.push(`Item "${item.id}" en item "${other}" noemen elkaar in "signals.yieldsTo". Eén van beide laat een passage aan de ander, niet allebei.`);
      }
    }
  }

  const otherDomains = optionalWordList(data, 'otherDomains', top, errors);
  const childDomains = optionalWordList(data, 'childDomains', top, errors);

  if (errors.length > 0) return { ok: false, errors };
  const checklist: Checklist = { id, version, title, source, themes, items };
  if (otherDomains !== undefined) checklist.otherDomains = otherDomains;
  if (childDomains !== undefined) checklist.childDomains = childDomains;
  return { ok: true, checklist };
}

/** An optional list of words at the top of the checklist ("otherDomains", "childDomains"): the list, or undefined when absent or wrong (then with an error). */
function optionalWordList(data: Obj, field: 'otherDomains' | 'childDomains', top: string, errors: string[]): string[] | undefined {
  const value = data[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((w) => typeof w !== 'string' || w.trim() === '')) {
    errors.push(`${top}: het veld "${field}" moet een lijst met woorden zijn.`);
    return undefined;
  }
  return value as string[];
}

function checkSignals(raw: unknown, label: string, method: 'signals' | 'readability', errors: string[]): Signals {
  const signals: Signals = { strong: [], weak: [] };
  if (raw === undefined || raw === null) {
    errors.push(`${label}: het veld "signals" ontbreekt.`);
    return signals;
  }
  if (!isObject(raw)) {
    errors.push(`${label}: het veld "signals" moet een object zijn met de lijsten "strong" en "weak".`);
    return signals;
  }
  const list = (field: 'strong' | 'weak' | 'exclude' | 'about' | 'paraphrase' | 'yieldsTo', required: boolean): string[] | undefined => {
    const value = raw[field];
    if (value === undefined) {
      if (required) errors.push(`${label}: het veld "signals.${field}" ontbreekt.`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      errors.push(`${label}: het veld "signals.${field}" moet een lijst met woorden zijn, maar is ${describe(value)}.`);
      return undefined;
    }
    const terms: string[] = [];
    value.forEach((term: unknown, index: number) => {
      if (typeof term !== 'string') {
        errors.push(`${label}: in het veld "signals.${field}" is woord ${index + 1} geen tekst, maar ${describe(term)}.`);
      } else if (term.trim() === '') {
        errors.push(`${label}: in het veld "signals.${field}" is woord ${index + 1} leeg.`);
      } else {
        terms.push(term);
      }
    });
    return terms;
  };
  signals.strong = list('strong', true) ?? [];
  signals.weak = list('weak', true) ?? [];
  const exclude = list('exclude', false);
  if (exclude !== undefined) signals.exclude = exclude;
  const about = list('about', false);
  if (about !== undefined) signals.about = about;
  const paraphrase = list('paraphrase', false);
  if (paraphrase !== undefined) {
    paraphrase.forEach((p, index) => {
      if (p.split('+').some((group) => group.split('|').every((alt) => alt.trim() === ''))) {
        errors.push(`${label}: in het veld "signals.paraphrase" heeft omschrijving ${index + 1} een lege groep. Schrijf groepen als "woord|woord + woord".`);
      }
    });
    signals.paraphrase = paraphrase;
  }
  const yieldsTo = list('yieldsTo', false);
  if (yieldsTo !== undefined) signals.yieldsTo = yieldsTo;
  const flag = (field: 'ongoing' | 'deniable'): boolean | undefined => {
    const value = raw[field];
    if (value === undefined || typeof value === 'boolean') return value;
    errors.push(`${label}: het veld "signals.${field}" moet true of false zijn, maar is ${describe(value)}.`);
    return undefined;
  };
  const ongoing = flag('ongoing');
  if (ongoing !== undefined) signals.ongoing = ongoing;
  const deniable = flag('deniable');
  if (deniable !== undefined) signals.deniable = deniable;
  // "deniable" only matters for an item that leaves passages to others
  if (deniable === true && (yieldsTo === undefined || yieldsTo.length === 0)) {
    errors.push(`${label}: het veld "signals.deniable" werkt alleen samen met "signals.yieldsTo". Noem in "signals.yieldsTo" aan welk item dit item een passage laat, of laat "deniable" weg.`);
  }
  if (
    method === 'signals' &&
    Array.isArray(raw.strong) &&
    Array.isArray(raw.weak) &&
    raw.strong.length === 0 &&
    raw.weak.length === 0
  ) {
    errors.push(`${label}: het veld "signals" bevat geen zoekwoorden. Vul "signals.strong" of "signals.weak".`);
  }
  return signals;
}

function checkLetter(
  raw: unknown,
  label: string,
  text: (obj: Obj, field: string, label: string, shownField?: string) => string,
  errors: string[],
): LetterSentences {
  const letter: LetterSentences = { aanwezig: '', deels: '', ontbreekt: '' };
  if (raw === undefined || raw === null) {
    errors.push(`${label}: het veld "letter" ontbreekt.`);
    return letter;
  }
  if (!isObject(raw)) {
    errors.push(`${label}: het veld "letter" moet een object zijn met zinnen voor "aanwezig", "deels" en "ontbreekt".`);
    return letter;
  }
  for (const verdict of VERDICTS) {
    const sentence = text(raw, verdict, label, `letter.${verdict}`);
    letter[verdict] = sentence;
    for (const placeholder of sentence.match(/\{[^}]*\}/g) ?? []) {
      if (!ALLOWED_PLACEHOLDERS.has(placeholder)) {
        errors.push(`${label}: het veld "letter.${verdict}" bevat de onbekende invulplek "${placeholder}". Alleen {regio} is toegestaan.`);
      }
    }
  }
  return letter;
}

function describe(value: unknown): string {
  if (value === null) return 'leeg (null)';
  if (Array.isArray(value)) return 'een lijst';
  switch (typeof value) {
    case 'string':
      return 'tekst';
    case 'number':
      return `een getal (${value})`;
    case 'boolean':
      return `${value ? 'waar' : 'onwaar'} (ja/nee-waarde)`;
    case 'object':
      return 'een object';
    default:
      return typeof value;
  }
}
