/**
 * Letter templates are data (templates/*.json). loadTemplate checks one and rejects it when
 * it uses a placeholder outside the allowed set (placeholders.ts), naming it in Dutch.
 */
import adviesbriefGemeenteraad from '../../templates/adviesbrief-gemeenteraad.json';
import korteAanbiedingsbrief from '../../templates/korte-aanbiedingsbrief.json';
import { isObj } from '../review/validate';
import { findPlaceholders, hasStrayBrace, isKnownPlaceholder } from './placeholders';

/** Free text with {placeholders}. A blank line starts a new paragraph. */
export interface TextSection {
  id: string;
  kind: 'text';
  heading?: string;
  text: string;
  /** Only include when some recommendations are missing or partial ("gaps"), or when none are ("noGaps"). */
  when?: 'gaps' | 'noGaps';
}

/** Per theme: what the regiovisie does well, and what it misses or only touches, with the council's notes. */
export interface ThemesSection {
  id: string;
  kind: 'themes';
  heading?: string;
  intro?: string;
}

/** A short count per theme ("Vertrouwen als basis: 3 goed, 2 deels, 2 ontbreken"). */
export interface OverviewSection {
  id: string;
  kind: 'overview';
  heading?: string;
  intro?: string;
}

/** The concrete request, as a numbered list with literal numbers. */
export interface RequestSection {
  id: string;
  kind: 'request';
  heading?: string;
  intro: string;
  /** First item when there are gaps. */
  gapsItem?: string;
  /** First item when there are none. */
  noGapsItem?: string;
  items: string[];
  outro?: string;
}

export type TemplateSection = TextSection | ThemesSection | OverviewSection | RequestSection;
export type SectionKind = TemplateSection['kind'];
export const SECTION_KINDS: readonly SectionKind[] = ['text', 'themes', 'overview', 'request'];

export interface LetterTemplate {
  id: string;
  title: string;
  description: string;
  subject: string;
  salutation: string;
  sections: TemplateSection[];
  closing: string;
  attachments: string[];
}

export type TemplateResult = { ok: true; template: LetterTemplate } | { ok: false; errors: string[] };

/** Template and section ids: lower-case letters, digits and hyphens. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Check a template and return it typed, or the list of Dutch error messages. */
export function loadTemplate(data: unknown): TemplateResult {
  const errors: string[] = [];
  if (!isObj(data)) return { ok: false, errors: ['Dit briefsjabloon is geen geldig JSON-object.'] };

  const checkText = (value: unknown, where: string, required: boolean): string | undefined => {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || (required && value.trim() === '')) {
      errors.push(`Vul de tekst in ${where} in.`);
      return undefined;
    }
    for (const name of findPlaceholders(value)) {
      if (!isKnownPlaceholder(name)) errors.push(`Onbekende invulplek "{${name}}" in ${where}.`);
    }
    if (hasStrayBrace(value)) errors.push(`Er staat een losse accolade ({ of }) in ${where}.`);
    return value;
  };

  const id = data.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    errors.push('Het sjabloon heeft geen geldige id (kleine letters, cijfers en streepjes).');
  }
  checkText(data.title, 'de titel', true);
  if (data.description !== undefined && typeof data.description !== 'string') errors.push('De beschrijving moet tekst zijn.');
  checkText(data.subject, 'het onderwerp', true);
  checkText(data.salutation, 'de aanhef', true);
  checkText(data.closing, 'de afsluiting', true);

  if (!Array.isArray(data.attachments) || data.attachments.length === 0) {
    errors.push('Noem minstens één bijlage (het toetsingsrapport).');
  } else {
    data.attachments.forEach((a, i) => checkText(a, `bijlage ${i + 1}`, true));
  }

  const sections: TemplateSection[] = [];
  if (!Array.isArray(data.sections) || data.sections.length === 0) {
    errors.push('Het sjabloon heeft geen secties.');
  } else {
    const seen = new Set<string>();
    data.sections.forEach((s, i) => {
      if (!isObj(s)) {
        errors.push(`Sectie ${i + 1} is geen geldig object.`);
        return;
      }
      const sid = typeof s.id === 'string' ? s.id : '';
      if (!ID.test(sid)) {
        errors.push(`Sectie ${i + 1} heeft geen geldige id.`);
        return;
      }
      if (seen.has(sid)) errors.push(`De id "${sid}" komt twee keer voor.`);
      seen.add(sid);
      const where = `sectie "${sid}"`;
      const heading = checkText(s.heading, where, false);
      switch (s.kind) {
        case 'text': {
          const text = checkText(s.text, where, true) ?? '';
          if (s.when !== undefined && s.when !== 'gaps' && s.when !== 'noGaps') {
            errors.push(`In ${where} moet "when" "gaps" of "noGaps" zijn.`);
          }
          const sec: TextSection = { id: sid, kind: 'text', text };
          if (heading !== undefined) sec.heading = heading;
          if (s.when === 'gaps' || s.when === 'noGaps') sec.when = s.when;
          sections.push(sec);
          break;
        }
        case 'themes':
        case 'overview': {
          const intro = checkText(s.intro, where, false);
          const sec: ThemesSection | OverviewSection = { id: sid, kind: s.kind };
          if (heading !== undefined) sec.heading = heading;
          if (intro !== undefined) sec.intro = intro;
          sections.push(sec);
          break;
        }
        case 'request': {
          const intro = checkText(s.intro, where, true) ?? '';
          const gapsItem = checkText(s.gapsItem, where, false);
          const noGapsItem = checkText(s.noGapsItem, where, false);
          const outro = checkText(s.outro, where, false);
          const items: string[] = [];
          if (s.items !== undefined && !Array.isArray(s.items)) errors.push(`In ${where} moet "items" een lijst zijn.`);
          else for (const it of (s.items as unknown[] | undefined) ?? []) items.push(checkText(it, where, true) ?? '');
          if (items.length === 0 && gapsItem === undefined && noGapsItem === undefined) {
            errors.push(`In ${where} staat geen enkel verzoek.`);
          }
          const sec: RequestSection = { id: sid, kind: 'request', intro, items };
          if (heading !== undefined) sec.heading = heading;
          if (gapsItem !== undefined) sec.gapsItem = gapsItem;
          if (noGapsItem !== undefined) sec.noGapsItem = noGapsItem;
          if (outro !== undefined) sec.outro = outro;
          sections.push(sec);
          break;
        }
        default:
          errors.push(`Sectie "${sid}" heeft een onbekende soort "${String(s.kind)}". Kies uit: ${SECTION_KINDS.join(', ')}.`);
      }
    });
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    template: {
      id: id as string,
      title: data.title as string,
      description: typeof data.description === 'string' ? data.description : '',
      subject: data.subject as string,
      salutation: data.salutation as string,
      sections,
      closing: data.closing as string,
      attachments: data.attachments as string[],
    },
  };
}

function mustLoad(data: unknown): LetterTemplate {
  const r = loadTemplate(data);
  if (!r.ok) throw new Error(`Ingebouwd briefsjabloon ongeldig: ${r.errors.join(' ')}`);
  return r.template;
}

export const DEFAULT_TEMPLATE_ID = 'adviesbrief-gemeenteraad';

export const builtInTemplates: readonly LetterTemplate[] = [mustLoad(adviesbriefGemeenteraad), mustLoad(korteAanbiedingsbrief)];

/** A built-in template by id, or undefined. */
export function getTemplate(id: string): LetterTemplate | undefined {
  return builtInTemplates.find((t) => t.id === id);
}

/** The built-in template with this id; the default one for no id or an unknown id (a template since removed). */
export function templateOrDefault(id: string | undefined): LetterTemplate {
  return (id !== undefined ? getTemplate(id) : undefined) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
}
