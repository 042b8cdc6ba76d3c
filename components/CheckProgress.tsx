import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';

/** What the panel is doing in each step of a check (1-based). */
const STEP_TEXT: readonly MessageKey[] = ['check.busy', 'check.busyText', 'check.busyAnalyse'];

/**
 * Progress of a running check: a bar and "Stap 2 van 3" with what happens now. A big page takes
 * a few seconds; the bar shows it is not stuck. (The status region announces each step.)
 */
export function CheckProgress(props: { step: number; total: number }) {
  const { t } = useI18n();
  const step = Math.min(Math.max(props.step, 1), props.total);
  const label = t('check.step', { step: String(step), total: String(props.total) });
  return (
    <div class="check-progress" data-testid="check-progress" data-step={step}>
      <progress max={props.total} value={step} aria-label={label} />
      <p class="muted">
        {label}. {t(STEP_TEXT[step - 1] ?? 'check.busy')}
      </p>
    </div>
  );
}
