import { useEffect, useState } from 'preact/hooks';
import { parseSettingsJson, settingsToJson, type CouncilSettings } from '@/lib/letter';
import type { Message } from '@/lib/i18n';
import { I18nProvider, useI18n } from '@/components/i18n';
import { useStoredLocale } from '@/components/use-locale';
import { Notice } from '@/components/Notice';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { saveFile } from '@/components/save-file';
import { councilSettings } from '@/components/settings/settings-store';

/** Options page: the council's details for the letter, with export and import as JSON. */
export function OptionsApp() {
  const [locale] = useStoredLocale();
  return (
    <I18nProvider locale={locale}>
      <Options />
    </I18nProvider>
  );
}

type Loaded = { status: 'loading' } | { status: 'ready'; settings: CouncilSettings | null; version: number };

function Options() {
  const { t } = useI18n();
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  // Kept as messages, translated when shown (so a language switch applies).
  const [importMessage, setImportMessage] = useState<{ kind: 'error' | 'info'; messages: Message[] } | null>(null);

  useEffect(() => {
    void councilSettings.getValue().then((settings) => setState({ status: 'ready', settings, version: 0 }));
  }, []);

  async function save(settings: CouncilSettings) {
    await councilSettings.setValue(settings);
    setState((s) => (s.status === 'ready' ? { ...s, settings } : s));
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    const parsed = parseSettingsJson(await file.text());
    if (!parsed.ok) {
      const first = parsed.errors[0];
      setImportMessage({ kind: 'error', messages: [{ key: 'settings.importBad' }, ...(first ? [first.message] : [])] });
      return;
    }
    if (state.status === 'ready' && state.settings && !window.confirm(t('settings.importConfirm'))) return;
    await councilSettings.setValue(parsed.settings);
    // A new version number remounts the form with the imported values.
    setState((s) => ({ status: 'ready', settings: parsed.settings, version: s.status === 'ready' ? s.version + 1 : 0 }));
    setImportMessage({ kind: 'info', messages: [{ key: 'settings.imported' }] });
  }

  if (state.status === 'loading') return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('settings.title')}</h1>
      <p>{t('settings.intro')}</p>
      <SettingsForm key={state.version} initial={state.settings} onSave={save} />
      <h2>{t('settings.exchange')}</h2>
      <p>{t('settings.exchangeIntro')}</p>
      <p class="actions">
        <button
          type="button"
          disabled={!state.settings}
          onClick={() => state.settings && saveFile(new Blob([settingsToJson(state.settings)], { type: 'application/json' }), 'Instellingen Regiovisie-toets.json')}
        >
          {t('settings.export')}
        </button>
        <label class="file-button">
          {t('settings.import')}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
      </p>
      {importMessage && <Notice kind={importMessage.kind}>{importMessage.messages.map((m) => t(m.key, m.params)).join(' ')}</Notice>}
    </main>
  );
}
