import type { View } from '@/lib/review/panel-state';
import { useI18n } from '../i18n';

const VIEWS: readonly View[] = ['review', 'saved', 'letter'];

const LABEL = { review: 'nav.review', saved: 'nav.saved', letter: 'nav.letter' } as const;

/** The three views of the panel: Toetsing, Opgeslagen, Brief. */
export function ViewNav(props: { view: View; onView: (view: View) => void }) {
  const { t } = useI18n();
  return (
    <nav class="view-nav" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <button type="button" aria-current={props.view === v ? 'page' : undefined} onClick={() => props.onView(v)} data-view={v}>
              {t(LABEL[v])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
