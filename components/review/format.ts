import type { Locale } from '@/lib/i18n';

/** A date and time the way people read it: "10 mrt 2025, 10:00" / "10 Mar 2025, 10:00". */
export function formatDate(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
