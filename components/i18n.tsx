import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type Locale, type MessageKey, type Params } from '@/lib/i18n';

export type Translate = (key: MessageKey, params?: Params) => string;

const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'nl',
  t: (key, params) => translate('nl', key, params),
});

export function I18nProvider(props: { locale: Locale; children: ComponentChildren }) {
  const t: Translate = (key, params) => translate(props.locale, key, params);
  return <I18nContext.Provider value={{ locale: props.locale, t }}>{props.children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}
