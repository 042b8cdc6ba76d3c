import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { ExtractedDocument } from '@/lib/extract/types';
import { documentProblems } from '@/lib/extract/problems';
import type { ErrorCode } from '@/lib/messages';
import { isLocale, type Locale, type MessageKey } from '@/lib/i18n';
import { I18nProvider, useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { DocumentSummary } from '@/components/DocumentSummary';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { activeTab, askTab, ensureContentScript } from './tab-client';

type PanelState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'error'; error: ErrorCode }
  | { status: 'done'; doc: ExtractedDocument };

const ERROR_TEXT: Record<ErrorCode, MessageKey> = {
  restricted: 'error.restricted',
  pdf: 'error.pdf',
  file: 'error.file',
  noTab: 'error.noTab',
  noAccess: 'error.noAccess',
  failed: 'error.failed',
};

const LOCALE_KEY = 'local:locale';

export function App() {
  const [locale, setLocale] = useState<Locale>('nl');
  useEffect(() => {
    void storage.getItem<string>(LOCALE_KEY).then((saved) => isLocale(saved) && setLocale(saved));
  }, []);
  const changeLocale = (next: Locale) => {
    setLocale(next);
    void storage.setItem(LOCALE_KEY, next);
  };
  return (
    <I18nProvider locale={locale}>
      <Panel locale={locale} onLocale={changeLocale} />
    </I18nProvider>
  );
}

function Panel(props: { locale: Locale; onLocale: (l: Locale) => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<PanelState>({ status: 'idle' });

  useEffect(() => {
    document.documentElement.lang = props.locale;
  }, [props.locale]);

  async function check() {
    setState({ status: 'reading' });
    const tab = await activeTab();
    if (!tab) return setState({ status: 'error', error: 'noTab' });
    const injected = await ensureContentScript(tab.id, tab.url);
    if (!injected.ok) return setState({ status: 'error', error: injected.error });
    const result = await askTab(tab.id, { type: 'extract' });
    if (!result.ok) return setState({ status: 'error', error: result.error });
    setState({ status: 'done', doc: result.value });
  }

  const busy = state.status === 'reading';
  const status =
    state.status === 'reading' ? t('check.busy') : state.status === 'done' ? t('check.done') : '';

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch locale={props.locale} onChange={props.onLocale} />
      </header>
      <p class="muted">{t('app.tagline')}</p>
      {state.status === 'idle' && <p>{t('check.intro')}</p>}
      <button type="button" class="primary" onClick={() => void check()} disabled={busy} aria-busy={busy}>
        {state.status === 'done' ? t('check.again') : t('check.button')}
      </button>
      <p class="sr-status" role="status" aria-live="polite">{status}</p>
      {state.status === 'error' && <Notice kind="error">{t(ERROR_TEXT[state.error])}</Notice>}
      {state.status === 'done' && <DocumentResult doc={state.doc} />}
    </main>
  );
}

function DocumentResult(props: { doc: ExtractedDocument }) {
  const { t } = useI18n();
  const problems = documentProblems(props.doc);
  return (
    <>
      {problems.includes('empty') && <Notice kind="error">{t('error.empty')}</Notice>}
      {problems.includes('notDutch') && <Notice kind="warning">{t('error.notDutch')}</Notice>}
      {problems.includes('truncated') && <Notice kind="warning">{t('error.truncated', { characters: props.doc.characters })}</Notice>}
      {problems.includes('simplified') && <Notice kind="warning">{t('error.simplified')}</Notice>}
      <DocumentSummary doc={props.doc} />
    </>
  );
}

