import { useEffect, useState } from 'preact/hooks';
import type { SavedReview } from '@/lib/review';
import { useI18n } from '../i18n';

/** A type-only import: the module itself is loaded below, when needed. */
type LetterViewComponent = typeof import('./LetterView').LetterView;

/**
 * The "Brief" view: components/letter/LetterView.tsx, loaded only when the user opens this
 * view, so the panel's first chunk stays small (and never holds docx).
 */
export function LetterScreen(props: { saved: SavedReview | undefined; onSaved: (next: SavedReview) => void; onGoToItem: (id: string) => void }) {
  const { t } = useI18n();
  const [Letter, setLetter] = useState<LetterViewComponent | null>(null);
  useEffect(() => {
    if (Letter || !props.saved) return;
    void import('./LetterView').then((m) => setLetter(() => m.LetterView));
  }, [props.saved !== undefined]);
  if (!props.saved) return <p data-testid="letter-need-review">{t('panel.letter.needReview')}</p>;
  if (!Letter) return <p aria-busy="true">{t('panel.loading')}</p>;
  return <Letter saved={props.saved} onSaved={props.onSaved} onGoToItem={props.onGoToItem} />;
}
