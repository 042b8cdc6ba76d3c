import type { Locale } from '@/lib/i18n';
import { I18nProvider, useI18n } from '@/components/i18n';
import { useStoredLocale } from '@/components/use-locale';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ViewNav } from '@/components/review/ViewNav';
import { ReviewScreen } from '@/components/review/ReviewScreen';
import { SavedScreen } from '@/components/review/SavedScreen';
import { LetterScreen } from '@/components/letter/LetterScreen';
import { usePanel } from './use-panel';

/** The side panel: the store hook (use-panel.ts) wired to the views in components/. */
export function App() {
  const [locale, changeLocale] = useStoredLocale();
  return (
    <I18nProvider locale={locale}>
      <Panel locale={locale} onLocale={changeLocale} />
    </I18nProvider>
  );
}

function Panel(props: { locale: Locale; onLocale: (l: Locale) => void }) {
  const { t } = useI18n();
  const { state, saveState, actions, sources, compare } = usePanel();
  const status = state.status ? t(state.status.key, state.status.params) : '';

  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('app.name')}</h1>
        <LanguageSwitch locale={props.locale} onChange={props.onLocale} />
      </header>
      <ViewNav view={state.view} onView={actions.setView} />
      <p class="sr-status" role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
      {state.view === 'review' && <ReviewScreen state={state} saveState={saveState} actions={actions} sources={sources} />}
      {state.view === 'saved' && <SavedScreen state={state} actions={actions} compare={compare} />}
      {state.view === 'letter' && <LetterScreen saved={state.saved} onSaved={actions.replace} onGoToItem={(id) => actions.goToItem(id)} read={actions.readSaved} />}
    </main>
  );
}
