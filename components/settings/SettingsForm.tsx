import { useState } from 'preact/hooks';
import { builtInTemplates, MAX_LOGO_BYTES, RECIPIENT_BODIES, validateSettings, type CouncilSettings, type SettingsError } from '@/lib/letter';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { TemplateSelect } from '../letter/TemplateSelect';
import './settings.css';

/**
 * The council's details for the letter. Used on the options page and as the first-run
 * prompt in the panel. Validates on save with a message beside each field.
 */

function emptySettings(): CouncilSettings {
  return {
    council: { name: '', address: [], email: '', phone: '' },
    recipient: { municipality: '', body: 'gemeenteraad', region: '' },
    signatories: [{ name: '', role: 'voorzitter' }],
    contact: { name: '', email: '' },
    template: builtInTemplates[0]!.id,
  };
}

interface Props {
  initial: CouncilSettings | null;
  onSave: (settings: CouncilSettings) => Promise<void> | void;
  /** Compact: fewer explanations (the panel's first-run prompt). */
  compact?: boolean;
}

export function SettingsForm(props: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<CouncilSettings>(props.initial ?? emptySettings());
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [saved, setSaved] = useState(false);

  const update = (change: (d: CouncilSettings) => CouncilSettings) => {
    setDraft((d) => change(structuredClone(d)));
    setSaved(false);
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`));
  const message = (e: SettingsError) => t(e.message.key, e.message.params);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateSettings(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setSaved(false);
      // Move focus to the first field with a problem.
      const first = result.errors[0]?.field ?? '';
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-field="${CSS.escape(first)}"]`)?.focus());
      return;
    }
    setErrors([]);
    await props.onSave(result.settings);
    setSaved(true);
  }

  async function pickLogo(file: File | undefined) {
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setErrors([{ field: 'logo', message: { key: 'settings.logoType' } }]);
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setErrors([{ field: 'logo', message: { key: 'settings.logoSize' } }]);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    update((d) => ({ ...d, logo: { mime: file.type as 'image/png' | 'image/jpeg', dataBase64: btoa(binary) } }));
    setErrors((es) => es.filter((e) => !e.field.startsWith('logo')));
  }

  const text = (field: string, label: MessageKey, value: string, set: (d: CouncilSettings, v: string) => void, type = 'text', autoComplete?: string) => {
    const error = errorFor(field);
    const id = `f-${field.replace(/[^\w]/g, '-')}`;
    return (
      <div class="field">
        <label for={id}>{t(label)}</label>
        <input
          id={id}
          data-field={field}
          type={type}
          value={value}
          autoComplete={autoComplete}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => update((d) => (set(d, (e.currentTarget as HTMLInputElement).value), d))}
        />
        {error && <p id={`${id}-error`} class="field-error">{message(error)}</p>}
      </div>
    );
  };

  const lines = (field: string, label: MessageKey, hint: MessageKey, value: string[], set: (d: CouncilSettings, v: string[]) => void) => {
    const error = errorFor(field);
    const id = `f-${field.replace(/[^\w]/g, '-')}`;
    return (
      <div class="field">
        <label for={id}>{t(label)}</label>
        <p class="hint" id={`${id}-hint`}>{t(hint)}</p>
        <textarea
          id={id}
          data-field={field}
          rows={3}
          value={value.join('\n')}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => update((d) => (set(d, (e.currentTarget as HTMLTextAreaElement).value.split('\n')), d))}
        />
        {error && <p id={`${id}-error`} class="field-error">{message(error)}</p>}
      </div>
    );
  };

  const signatoriesError = errors.find((e) => e.field === 'signatories');
  const logoError = errorFor('logo');

  return (
    <form class="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      {errors.length > 0 && <Notice kind="error">{t('settings.hasErrors', { count: errors.length })}</Notice>}
      <fieldset>
        <legend>{t('settings.council')}</legend>
        {text('council.name', 'settings.councilName', draft.council.name, (d, v) => (d.council.name = v), 'text', 'organization')}
        {lines('council.address', 'settings.councilAddress', 'settings.addressHint', draft.council.address, (d, v) => (d.council.address = v))}
        {text('council.email', 'settings.councilEmail', draft.council.email, (d, v) => (d.council.email = v), 'email', 'email')}
        {text('council.phone', 'settings.councilPhone', draft.council.phone, (d, v) => (d.council.phone = v), 'tel', 'tel')}
      </fieldset>

      <fieldset>
        <legend>{t('settings.recipient')}</legend>
        {text('recipient.municipality', 'settings.municipality', draft.recipient.municipality, (d, v) => (d.recipient.municipality = v))}
        <div class="field">
          <label for="f-recipient-body">{t('settings.body')}</label>
          <select
            id="f-recipient-body"
            data-field="recipient.body"
            value={draft.recipient.body}
            onChange={(e) => update((d) => ((d.recipient.body = (e.currentTarget as HTMLSelectElement).value as CouncilSettings['recipient']['body']), d))}
          >
            {RECIPIENT_BODIES.map((b) => (
              <option value={b} key={b}>
                {t(b === 'gemeenteraad' ? 'settings.body.raad' : 'settings.body.college')}
              </option>
            ))}
          </select>
        </div>
        {text('recipient.region', 'settings.region', draft.recipient.region, (d, v) => (d.recipient.region = v))}
        {!props.compact &&
          lines('recipient.address', 'settings.recipientAddress', 'settings.addressHint', draft.recipient.address ?? [], (d, v) => (d.recipient.address = v))}
      </fieldset>

      <fieldset>
        <legend>{t('settings.signatories')}</legend>
        {signatoriesError && <p class="field-error">{message(signatoriesError)}</p>}
        {draft.signatories.map((s, i) => (
          <div class="signatory" key={i}>
            {text(`signatories[${i}].name`, 'settings.signatoryName', s.name, (d, v) => (d.signatories[i]!.name = v))}
            {text(`signatories[${i}].role`, 'settings.signatoryRole', s.role, (d, v) => (d.signatories[i]!.role = v))}
            {draft.signatories.length > 1 && (
              <button type="button" onClick={() => update((d) => ({ ...d, signatories: d.signatories.filter((_, j) => j !== i) }))}>
                {t('settings.removeSignatory', { number: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {draft.signatories.length < 3 && (
          <button type="button" onClick={() => update((d) => ({ ...d, signatories: [...d.signatories, { name: '', role: '' }] }))}>
            {t('settings.addSignatory')}
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('settings.contact')}</legend>
        {text('contact.name', 'settings.contactName', draft.contact.name, (d, v) => (d.contact.name = v), 'text', 'name')}
        {text('contact.email', 'settings.contactEmail', draft.contact.email, (d, v) => (d.contact.email = v), 'email', 'email')}
      </fieldset>

      <fieldset>
        <legend>{t('settings.letter')}</legend>
        <TemplateSelect id="f-template" value={draft.template} onChange={(id) => update((d) => ({ ...d, template: id }))} />
        {!props.compact && (
          <div class="field">
            <label for="f-logo">{t('settings.logo')}</label>
            <p class="hint" id="f-logo-hint">{t('settings.logoHint')}</p>
            <input id="f-logo" data-field="logo" type="file" accept="image/png,image/jpeg" aria-describedby={`f-logo-hint${logoError ? ' f-logo-error' : ''}`} onChange={(e) => void pickLogo((e.currentTarget as HTMLInputElement).files?.[0])} />
            {logoError && <p id="f-logo-error" class="field-error">{message(logoError)}</p>}
            {draft.logo && (
              <p class="logo-preview">
                <img src={`data:${draft.logo.mime};base64,${draft.logo.dataBase64}`} alt={t('settings.logoAlt')} />
                <button type="button" onClick={() => update((d) => ({ ...d, logo: undefined }))}>
                  {t('settings.logoRemove')}
                </button>
              </p>
            )}
          </div>
        )}
      </fieldset>

      <button type="submit" class="primary">
        {t('settings.save')}
      </button>
      <p role="status" aria-live="polite" class="sr-status">
        {saved ? t('settings.saved') : ''}
      </p>
    </form>
  );
}
