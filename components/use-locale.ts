import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { isLocale, type Locale } from '@/lib/i18n';

const LOCALE_KEY = 'local:locale';

/**
 * The language the user chose (stored locally; Dutch until the choice is read), shared by the
 * side panel and the options page. Keeps <html lang> in step and follows a change made on the
 * other page.
 */
export function useStoredLocale(): [Locale, (next: Locale) => void] {
  const [locale, setLocale] = useState<Locale>('nl');
  useEffect(() => {
    const take = (value: unknown) => isLocale(value) && setLocale(value);
    void storage.getItem<string>(LOCALE_KEY).then(take);
    return storage.watch<string>(LOCALE_KEY, take);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const change = (next: Locale) => {
    setLocale(next);
    void storage.setItem(LOCALE_KEY, next);
  };
  return [locale, change];
}
