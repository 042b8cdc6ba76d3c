/**
 * The council's letter settings: who writes, to whom, who signs. The shape extends the
 * `--settings` JSON of the command line (shared/spec/cli.md); the extension's settings
 * export writes this same shape. Validation gives one translatable message per field (the
 * texts are in lib/i18n: Dutch B1 first, English second).
 */
import type { Message, MessageKey, Params } from '../i18n';
import { isObj } from '../review/validate';
import { builtInTemplates, DEFAULT_TEMPLATE_ID } from './templates';

export type RecipientBody = 'gemeenteraad' | 'college van B&W';
export const RECIPIENT_BODIES: readonly RecipientBody[] = ['gemeenteraad', 'college van B&W'];

export interface Signatory {
  name: string;
  /** Function in the council: "voorzitter", "secretaris", … */
  role: string;
}

export interface CouncilLogo {
  mime: 'image/png' | 'image/jpeg';
  /** The image bytes in base64 (no "data:" prefix). At most 1 MB decoded. */
  dataBase64: string;
  /** Size to show in the letter, in pixels at 96 dpi. Read from the image when absent. */
  width?: number;
  height?: number;
}

export interface CouncilSettings {
  council: {
    name: string;
    /** Address lines, e.g. ["Postbus 12", "1234 AB Voorbeeldstad"]. May be empty. */
    address: string[];
    email: string;
    /** May be empty. */
    phone: string;
  };
  recipient: {
    municipality: string;
    body: RecipientBody;
    region: string;
    /** Postal address of the recipient ("Postbus 100", "1234 AB Voorbeeldstad"), if known. */
    address?: string[];
  };
  /** One to three people who sign the letter. */
  signatories: Signatory[];
  contact: { name: string; email: string };
  /** Id of the letter template. */
  template: string;
  logo?: CouncilLogo;
  /** City for the "Plaats, datum" line; taken from the council's address when absent. */
  place?: string;
  /**
   * Whether the letter lists the report the checklist comes from (the LOC report) as an
   * attachment ("Bijlage 2: het rapport …"). Absent means yes: LOC advises councils to send
   * it along. A standing choice of the council, like its template, so it lives here.
   */
  attachReport?: boolean;
}

export interface SettingsError {
  /** Path of the field, e.g. "council.email" or "signatories[1].name"; "" for the whole file. */
  field: string;
  message: Message;
}

export type SettingsResult = { ok: true; settings: CouncilSettings } | { ok: false; errors: SettingsError[] };

export const MAX_LOGO_BYTES = 1024 * 1024;
export const MAX_SIGNATORIES = 3;

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/;

export function isValidEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

export function isValidPhone(text: string): boolean {
  const t = text.trim();
  if (!/^\+?[\d\s().-]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

/** Number of bytes a base64 string decodes to; -1 when it is not valid base64. */
export function base64Size(data: string): number {
  const s = data.replace(/\s+/g, '');
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return -1;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - pad;
}

/** Per signatory (at most MAX_SIGNATORIES): its own sentence, so "eerste/tweede/derde" stays natural. */
const SIGNATORY_NAME: readonly MessageKey[] = ['settingsError.signatoryName1', 'settingsError.signatoryName2', 'settingsError.signatoryName3'];
const SIGNATORY_ROLE: readonly MessageKey[] = ['settingsError.signatoryRole1', 'settingsError.signatoryRole2', 'settingsError.signatoryRole3'];

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v.trim() : undefined;
}

/**
 * Check settings read from a file or a form. Missing `template` falls back to the default
 * letter; every other problem is reported per field.
 */
export function validateSettings(data: unknown): SettingsResult {
  const errors: SettingsError[] = [];
  const err = (field: string, key: MessageKey, params?: Params) => errors.push({ field, message: params ? { key, params } : { key } });
  const templateIds = builtInTemplates.map((t) => t.id);
  /** Address lines: text only, trimmed, empty lines dropped, at most six. */
  const addressLines = (value: unknown, field: string, whose: 'council' | 'recipient'): string[] => {
    if (!Array.isArray(value) || value.some((l) => typeof l !== 'string')) {
      err(field, whose === 'council' ? 'settingsError.councilAddressLines' : 'settingsError.recipientAddressLines');
      return [];
    }
    const lines = (value as string[]).map((l) => l.trim()).filter((l) => l.length > 0);
    if (lines.length > 6) err(field, whose === 'council' ? 'settingsError.councilAddressLong' : 'settingsError.recipientAddressLong');
    return lines;
  };

  if (!isObj(data)) {
    return { ok: false, errors: [{ field: '', message: { key: 'settingsError.notSettings' } }] };
  }

  // council
  const council = isObj(data.council) ? data.council : {};
  if (!isObj(data.council)) err('council', 'settingsError.council');
  const councilName = str(council.name) ?? '';
  if (!councilName) err('council.name', 'settingsError.councilName');
  else if (councilName.length > 150) err('council.name', 'settingsError.councilNameLong', { max: 150 });
  const address = council.address === undefined ? [] : addressLines(council.address, 'council.address', 'council');
  const councilEmail = str(council.email) ?? '';
  if (!councilEmail) err('council.email', 'settingsError.councilEmail');
  else if (!isValidEmail(councilEmail)) err('council.email', 'settingsError.email');
  const phone = str(council.phone) ?? '';
  if (council.phone !== undefined && typeof council.phone !== 'string') err('council.phone', 'settingsError.phone');
  else if (phone && !isValidPhone(phone)) err('council.phone', 'settingsError.phone');

  // recipient
  const recipient = isObj(data.recipient) ? data.recipient : {};
  if (!isObj(data.recipient)) err('recipient', 'settingsError.recipient');
  const municipality = str(recipient.municipality) ?? '';
  if (!municipality) err('recipient.municipality', 'settingsError.municipality');
  const body = recipient.body as RecipientBody;
  if (!RECIPIENT_BODIES.includes(body)) {
    err('recipient.body', 'settingsError.body');
  }
  const region = str(recipient.region) ?? '';
  if (!region) err('recipient.region', 'settingsError.region');
  const recipientAddress = recipient.address === undefined ? [] : addressLines(recipient.address, 'recipient.address', 'recipient');

  // signatories
  const signatories: Signatory[] = [];
  if (!Array.isArray(data.signatories) || data.signatories.length === 0) {
    err('signatories', 'settingsError.noSignatory');
  } else if (data.signatories.length > MAX_SIGNATORIES) {
    err('signatories', 'settingsError.tooManySignatories');
  } else {
    data.signatories.forEach((s, i) => {
      const rec = isObj(s) ? s : {};
      const name = str(rec.name) ?? '';
      const role = str(rec.role) ?? '';
      if (!name) err(`signatories[${i}].name`, SIGNATORY_NAME[i]!);
      if (!role) err(`signatories[${i}].role`, SIGNATORY_ROLE[i]!);
      signatories.push({ name, role });
    });
  }

  // contact
  const contact = isObj(data.contact) ? data.contact : {};
  if (!isObj(data.contact)) err('contact', 'settingsError.contact');
  const contactName = str(contact.name) ?? '';
  if (!contactName) err('contact.name', 'settingsError.contactName');
  const contactEmail = str(contact.email) ?? '';
  if (!contactEmail) err('contact.email', 'settingsError.contactEmail');
  else if (!isValidEmail(contactEmail)) err('contact.email', 'settingsError.email');

  // template
  let template = DEFAULT_TEMPLATE_ID;
  if (data.template !== undefined) {
    const t = str(data.template) ?? '';
    if (!templateIds.includes(t)) {
      err('template', 'settingsError.template', { ids: templateIds.join(', ') });
    } else template = t;
  }

  // logo
  let logo: CouncilLogo | undefined;
  if (data.logo !== undefined && data.logo !== null) {
    const l = isObj(data.logo) ? data.logo : {};
    const mime = l.mime;
    const raw = typeof l.dataBase64 === 'string' ? l.dataBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '') : '';
    let good = true;
    if (mime !== 'image/png' && mime !== 'image/jpeg') {
      err('logo.mime', 'settings.logoType');
      good = false;
    }
    const size = base64Size(raw);
    if (size < 0) {
      err('logo.dataBase64', 'settingsError.logoUnreadable');
      good = false;
    } else if (size > MAX_LOGO_BYTES) {
      err('logo.dataBase64', 'settings.logoSize');
      good = false;
    }
    for (const dim of ['width', 'height'] as const) {
      const v = l[dim];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 2000)) {
        err(`logo.${dim}`, dim === 'width' ? 'settingsError.logoWidth' : 'settingsError.logoHeight');
        good = false;
      }
    }
    if (good) {
      logo = { mime: mime as CouncilLogo['mime'], dataBase64: raw };
      if (typeof l.width === 'number') logo.width = l.width;
      if (typeof l.height === 'number') logo.height = l.height;
    }
  }

  // place
  let place: string | undefined;
  if (data.place !== undefined) {
    if (typeof data.place !== 'string') err('place', 'settingsError.place');
    else if (data.place.trim()) place = data.place.trim();
  }

  // attachReport
  let attachReport: boolean | undefined;
  if (data.attachReport !== undefined) {
    if (typeof data.attachReport !== 'boolean') err('attachReport', 'settingsError.attachReport');
    else attachReport = data.attachReport;
  }

  if (errors.length > 0) return { ok: false, errors };
  const settings: CouncilSettings = {
    council: { name: councilName, address, email: councilEmail, phone },
    recipient: { municipality, body, region },
    signatories,
    contact: { name: contactName, email: contactEmail },
    template,
  };
  if (recipientAddress.length > 0) settings.recipient.address = recipientAddress;
  if (logo) settings.logo = logo;
  if (place) settings.place = place;
  // Only "no" is stored: absent means the report goes along.
  if (attachReport === false) settings.attachReport = false;
  return { ok: true, settings };
}

/** Text in square brackets marks a place the council still has to fill in. */
export function isPlaceholderText(text: string): boolean {
  return /^\[[^\]]+\]$/.test(text.trim());
}

/**
 * Settings with clearly marked placeholders, for a letter made before the council has
 * filled in its details. Known facts (municipality, region) can be passed in.
 */
export function placeholderSettings(known: { municipality?: string; region?: string } = {}): CouncilSettings {
  return {
    council: {
      name: '[naam cliëntenraad]',
      address: ['[adres]', '[postcode en plaats]'],
      email: '[e-mailadres cliëntenraad]',
      phone: '[telefoonnummer]',
    },
    recipient: {
      municipality: known.municipality?.trim() || '[gemeente]',
      body: 'gemeenteraad',
      region: known.region?.trim() || '[regio]',
    },
    signatories: [
      { name: '[naam]', role: 'voorzitter' },
      { name: '[naam]', role: 'secretaris' },
    ],
    contact: { name: '[naam contactpersoon]', email: '[e-mailadres contactpersoon]' },
    template: DEFAULT_TEMPLATE_ID,
    place: '[plaats]',
  };
}

/** True when any field of the settings is still a placeholder. */
export function hasPlaceholders(settings: CouncilSettings): boolean {
  const texts = [
    settings.council.name,
    ...settings.council.address,
    settings.council.email,
    settings.council.phone,
    settings.recipient.municipality,
    settings.recipient.region,
    ...settings.signatories.flatMap((s) => [s.name, s.role]),
    settings.contact.name,
    settings.contact.email,
    settings.place ?? '',
  ];
  return texts.some(isPlaceholderText);
}

/** Settings as a JSON file for export (the same shape `--settings` reads). */
export function settingsToJson(settings: CouncilSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Read an exported settings file. */
export function parseSettingsJson(text: string): SettingsResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [{ field: '', message: { key: 'settingsError.unreadable' } }] };
  }
  return validateSettings(data);
}
