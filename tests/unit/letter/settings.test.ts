import { describe, expect, it } from 'vitest';
import {
  base64Size,
  hasPlaceholders,
  parseSettingsJson,
  placeholderSettings,
  settingsToJson,
  validateSettings,
  type SettingsError,
} from '../../../lib/letter/settings';
import { translate } from '../../../lib/i18n';
import { councilSettings, TINY_PNG_BASE64 } from './fixtures';

function errorsOf(data: unknown): SettingsError[] {
  const r = validateSettings(data);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

/** The message for a field, as the Dutch UI (and the CLI) shows it. */
function messageFor(data: unknown, field: string, locale: 'nl' | 'en' = 'nl'): string | undefined {
  const message = errorsOf(data).find((e) => e.field === field)?.message;
  return message && translate(locale, message.key, message.params);
}

const withChange = (change: (s: Record<string, any>) => void) => {
  const s = JSON.parse(JSON.stringify(councilSettings())) as Record<string, any>;
  change(s);
  return s;
};

describe('validateSettings', () => {
  it('accepts the example of cli.md and trims text', () => {
    const r = validateSettings(withChange((s) => (s.council.name = '  Cliëntenraad Sociaal Domein Voorbeeldstad  ')));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.settings).toEqual(councilSettings());
  });

  it('falls back to the default template, and keeps logo, place and recipient address', () => {
    const r = validateSettings(
      withChange((s) => {
        delete s.template;
        s.place = 'Voorbeeldstad';
        s.recipient.address = ['Postbus 100', '1234 ZZ Voorbeeldstad'];
        s.logo = { mime: 'image/png', dataBase64: TINY_PNG_BASE64, width: 120 };
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.template).toBe('adviesbrief-gemeenteraad');
    expect(r.settings.place).toBe('Voorbeeldstad');
    expect(r.settings.recipient.address).toEqual(['Postbus 100', '1234 ZZ Voorbeeldstad']);
    expect(r.settings.logo).toEqual({ mime: 'image/png', dataBase64: TINY_PNG_BASE64, width: 120 });
  });

  it('gives a plain Dutch message per field', () => {
    expect(messageFor(withChange((s) => (s.council.name = ' ')), 'council.name')).toBe('Vul de naam van de cliëntenraad in.');
    expect(messageFor(withChange((s) => (s.council.email = 'raad@example')), 'council.email')).toBe('Dit e-mailadres klopt niet.');
    expect(messageFor(withChange((s) => (s.council.email = '')), 'council.email')).toBe('Vul het e-mailadres van de cliëntenraad in.');
    expect(messageFor(withChange((s) => (s.council.phone = 'bel ons')), 'council.phone')).toBe('Dit telefoonnummer klopt niet.');
    expect(messageFor(withChange((s) => (s.contact.email = 'c.bakker@')), 'contact.email')).toBe('Dit e-mailadres klopt niet.');
    expect(messageFor(withChange((s) => (s.contact.name = '')), 'contact.name')).toBe('Vul de naam van de contactpersoon in.');
    expect(messageFor(withChange((s) => (s.recipient.municipality = '')), 'recipient.municipality')).toBe('Vul de naam van de gemeente in.');
    expect(messageFor(withChange((s) => (s.recipient.body = 'wethouder')), 'recipient.body')).toBe(
      'Kies of de brief naar de gemeenteraad of naar het college van B&W gaat.',
    );
    expect(messageFor(withChange((s) => (s.recipient.region = '')), 'recipient.region')).toBe('Vul de naam van de jeugdzorgregio in.');
    expect(messageFor(withChange((s) => (s.signatories = [])), 'signatories')).toBe('Voeg minstens één ondertekenaar toe.');
    expect(messageFor(withChange((s) => delete s.signatories), 'signatories')).toBe('Voeg minstens één ondertekenaar toe.');
    expect(
      messageFor(withChange((s) => (s.signatories = [1, 2, 3, 4].map((i) => ({ name: `N${i}`, role: 'lid' })))), 'signatories'),
    ).toBe('Er kunnen hoogstens drie mensen de brief ondertekenen.');
    expect(messageFor(withChange((s) => (s.signatories[1].name = '')), 'signatories[1].name')).toBe('Vul de naam van de tweede ondertekenaar in.');
    expect(messageFor(withChange((s) => (s.signatories[0].role = '')), 'signatories[0].role')).toBe(
      'Vul de functie van de eerste ondertekenaar in, bijvoorbeeld voorzitter.',
    );
    expect(messageFor(withChange((s) => (s.template = 'bestaat-niet')), 'template')).toBe(
      'Deze briefsoort bestaat niet. Kies uit: adviesbrief-gemeenteraad, korte-aanbiedingsbrief.',
    );
    expect(messageFor(withChange((s) => (s.council.address = 'Postbus 12')), 'council.address')).toBe(
      'Het adres van de cliëntenraad moet uit tekstregels bestaan.',
    );
    expect(messageFor(withChange((s) => (s.recipient.address = ['1', '2', '3', '4', '5', '6', '7'])), 'recipient.address')).toBe(
      'Het adres van de gemeente heeft te veel regels. Gebruik er hoogstens zes.',
    );
    expect(messageFor(withChange((s) => (s.council.name = 'x'.repeat(151))), 'council.name')).toBe(
      'De naam van de cliëntenraad is te lang (hoogstens 150 tekens).',
    );
    const third = withChange((s) => (s.signatories = [{ name: 'A', role: 'lid' }, { name: 'B', role: 'lid' }, { name: '', role: 'lid' }]));
    expect(messageFor(third, 'signatories[2].name')).toBe('Vul de naam van de derde ondertekenaar in.');
  });

  it('returns keys, so the English UI shows English', () => {
    expect(messageFor(withChange((s) => (s.council.name = '')), 'council.name', 'en')).toBe('Fill in the name of the client council.');
    expect(messageFor(withChange((s) => (s.signatories[1].name = '')), 'signatories[1].name', 'en')).toBe(
      'Fill in the name of the second signatory.',
    );
    expect(messageFor(withChange((s) => (s.template = 'bestaat-niet')), 'template', 'en')).toBe(
      'This kind of letter does not exist. Choose from: adviesbrief-gemeenteraad, korte-aanbiedingsbrief.',
    );
    // Every message of an empty form has an English text that differs from the Dutch one.
    for (const e of errorsOf({})) {
      const en = translate('en', e.message.key, e.message.params);
      expect(en, e.field).not.toBe(translate('nl', e.message.key, e.message.params));
      expect(en, e.field).not.toMatch(/\b(de|het|van|een)\b/);
    }
  });

  it('checks the logo: type and at most 1 MB', () => {
    const big = 'A'.repeat(Math.ceil((1024 * 1024 + 3) / 3) * 4);
    expect(base64Size(big)).toBeGreaterThan(1024 * 1024);
    expect(messageFor(withChange((s) => (s.logo = { mime: 'image/png', dataBase64: big })), 'logo.dataBase64')).toBe(
      'Het logo is groter dan 1 MB. Kies een kleiner bestand.',
    );
    expect(messageFor(withChange((s) => (s.logo = { mime: 'image/gif', dataBase64: TINY_PNG_BASE64 })), 'logo.mime')).toBe(
      'Het logo moet een PNG- of JPEG-afbeelding zijn.',
    );
    expect(messageFor(withChange((s) => (s.logo = { mime: 'image/png', dataBase64: 'niet base64!' })), 'logo.dataBase64')).toBe(
      'Het logo kan niet worden gelezen. Kies het bestand opnieuw.',
    );
    // A data: URL prefix is accepted and removed.
    const r = validateSettings(withChange((s) => (s.logo = { mime: 'image/png', dataBase64: `data:image/png;base64,${TINY_PNG_BASE64}` })));
    expect(r.ok && r.settings.logo?.dataBase64).toBe(TINY_PNG_BASE64);
  });

  it('reports all problems at once, and rejects what is not an object', () => {
    expect(errorsOf({}).map((e) => e.field)).toEqual(
      expect.arrayContaining(['council.name', 'council.email', 'recipient.municipality', 'recipient.body', 'signatories', 'contact.name']),
    );
    expect(errorsOf(null)).toEqual([{ field: '', message: { key: 'settingsError.notSettings' } }]);
    expect(translate('nl', 'settingsError.notSettings')).toContain('geen geldige instellingen');
    expect(errorsOf([1, 2])[0]!.field).toBe('');
  });
});

describe('placeholders and JSON export/import', () => {
  it('placeholder settings are clearly marked', () => {
    const p = placeholderSettings();
    expect(p.council.name).toBe('[naam cliëntenraad]');
    expect(p.recipient.municipality).toBe('[gemeente]');
    expect(hasPlaceholders(p)).toBe(true);
    expect(hasPlaceholders(councilSettings())).toBe(false);
    expect(placeholderSettings({ municipality: 'Voorbeeldstad', region: 'Regio Voorbeeld' }).recipient).toMatchObject({
      municipality: 'Voorbeeldstad',
      region: 'Regio Voorbeeld',
    });
  });

  it('round-trips through JSON', () => {
    const s = councilSettings();
    s.logo = { mime: 'image/png', dataBase64: TINY_PNG_BASE64 };
    const json = settingsToJson(s);
    expect(json.endsWith('\n')).toBe(true);
    const r = parseSettingsJson(json);
    expect(r).toEqual({ ok: true, settings: s });
    // With a byte-order mark, as some editors save it.
    expect(parseSettingsJson(`\uFEFF${json}`).ok).toBe(true);
  });

  it('says so when the file is not JSON', () => {
    const r = parseSettingsJson('{ council: ');
    expect(r).toEqual({ ok: false, errors: [{ field: '', message: { key: 'settingsError.unreadable' } }] });
    expect(translate('nl', 'settingsError.unreadable')).toBe('Dit bestand kan niet worden gelezen. Kies een instellingenbestand van Regiovisie-toets.');
  });
});
