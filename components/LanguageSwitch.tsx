import { LOCALES, type Locale } from '@/lib/i18n';
import { useI18n } from './i18n';

export function LanguageSwitch(props: { locale: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useI18n();
  return (
    <label class="language-switch">
      <span class="visually-hidden">{t('app.language')}</span>
      <select value={props.locale} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as Locale)}>
        {LOCALES.map((l) => (
          <option value={l} key={l} lang={l}>
            {t(`app.language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
