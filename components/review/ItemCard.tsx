import type { ChecklistItem, Verdict } from '@/lib/checklist/types';
import { VERDICTS } from '@/lib/checklist/types';
import type { Evidence, ItemResult, ReadabilityFigures } from '@/lib/check/types';
import type { EffectiveVerdict, ItemDecision, OwnEvidence } from '@/lib/review';
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n';
import { VerdictLabel } from './VerdictLabel';
import { EvidenceQuote } from './EvidenceQuote';
import { quoteStart } from '@/lib/review/show-on-page';
import { explainVerdict } from '@/lib/review/explain';
import { toReadReason } from '@/lib/review/model';

export interface ItemCardHandlers {
  onVerdict: (verdict: Verdict | undefined) => void;
  onConfirm: (confirmed: boolean) => void;
  /** The toelichting: printed in the letter and the appendix. */
  onToelichting: (text: string) => void;
  /** The private note: never in a letter. */
  onPrivateNote: (text: string) => void;
  /** Absent for a review of a chosen file: there is no page to show quotes on or select from. */
  onShow?: (quotes: (Evidence | OwnEvidence)[]) => void;
  onAddSelection?: () => void;
  onRemoveOwn: (index: number) => void;
}

/** One checklist item: verdict, explanation, evidence, and the user's decision, toelichting and private note. */
export function ItemCard(
  props: {
    item: ChecklistItem;
    result: ItemResult;
    effective: EffectiveVerdict;
    decision: ItemDecision | undefined;
    readability?: ReadabilityFigures;
    notice?: { kind: 'info' | 'warning' | 'error'; text: string };
    /** Closed, the card is one line (title, verdict, the first quote shortened) on a button that opens the full card. */
    open: boolean;
    onToggle: () => void;
    /** "Volgende niet bekeken" from this item (absent when every other item is checked). */
    onNext?: () => void;
  } & ItemCardHandlers,
) {
  const { t } = useI18n();
  const { item, result, effective, decision } = props;
  const dom = item.id.replace(/[^a-zA-Z0-9_-]/g, '-');
  const own = decision?.ownEvidence ?? [];
  const automatic = t('review.automatic', { verdict: t(`verdict.${effective.automatic ?? result.verdict}`) });
  const confirmed = decision?.confirmed === true;
  const select = useRef<HTMLSelectElement>(null);
  const { onShow, open } = props;
  const why = explainVerdict(item, result, decision);
  // a deels on one vague word or an aanwezig on one passage, not yet confirmed or changed: ask the reader to check the quote
  const toRead = toReadReason(result, decision);
  const firstQuote = result.evidence[0]?.quote ?? own[0]?.quote;
  return (
    <li class={`item item-${effective.verdict}`} data-item={item.id} data-verdict={effective.verdict} data-by-hand={effective.byHand ? 'true' : undefined}>
      <article aria-labelledby={`title-${dom}`}>
        <h4 class="item-head">
          <button
            type="button"
            class="item-toggle"
            aria-expanded={open}
            aria-controls={`body-${dom}`}
            data-action="toggle-item"
            onClick={props.onToggle}
          >
            <span id={`title-${dom}`} class="item-title">
              {item.title}
            </span>
            <span class="verdict-line">
              <VerdictLabel verdict={effective.verdict} />
              {effective.byHand && <span class="by-hand">{t('review.byHand')}</span>}
              {effective.byHand && <span class="automatic">{automatic}</span>}
              {confirmed && <span class="confirmed">{t('review.confirmed')}</span>}
              {toRead && <span class="to-read">{t('review.toRead')}</span>}
            </span>
            {!open && <span class="item-quote">{firstQuote ? `“${quoteStart(firstQuote, 90)}”` : t('review.evidence.none')}</span>}
          </button>
        </h4>
        <div id={`body-${dom}`} class="item-body" hidden={!open}>
          {why && (
            <p class="why" data-why={result.basis ?? result.verdict}>
              {effective.byHand ? t('review.whyAutomatic', { why: t(why.key, why.params) }) : t(why.key, why.params)}
            </p>
          )}
          {toRead && (
            <p class="to-read-hint">
              {/* what to choose if the quote does not hold up: one step down from the automatic verdict */}
              {toRead === 'single' ? t('review.singleHint', { verdict: t('review.verdict.deels') }) : t('review.faintHint', { verdict: t('review.verdict.ontbreekt') })}
            </p>
          )}
          <details class="explanation">
            <summary>
              {t('review.explanation')}
              <span class="visually-hidden">: {item.title}</span>
            </summary>
            <p>{item.explanation}</p>
          </details>
          {props.readability && item.method === 'readability' && (
            <p class="readability">
              {t('review.readability', {
                score: Math.round(props.readability.fleschDouma),
                words: Number(props.readability.averageSentenceWords.toFixed(1)), // as the CLI says it
                level: props.readability.level,
              })}
            </p>
          )}
          {result.evidence.length > 0 ? (
            <>
              <p class="label">{t('review.evidence.heading')}</p>
              <ul class="evidence-list">
                {result.evidence.map((e, i) => (
                  <EvidenceQuote key={`${e.block}-${i}`} evidence={e} onShow={onShow && (() => onShow([e]))} />
                ))}
              </ul>
              {onShow && result.evidence.length + own.length > 1 && (
                <button type="button" class="small" aria-label={t('review.showAllLabel', { title: item.title })} onClick={() => onShow([...result.evidence, ...own])} data-action="show-all">
                  {t('review.showAll')}
                </button>
              )}
            </>
          ) : (
            <p class="muted">{t('review.evidence.none')}</p>
          )}
          {props.notice && (
            <p class={`item-notice notice notice-${props.notice.kind}`} data-testid="item-notice">
              {props.notice.text}
            </p>
          )}
          <div class="decide">
            <label class="field" for={`verdict-${dom}`}>
              {t('review.verdictLabel')}
            </label>
            <select
              ref={select}
              id={`verdict-${dom}`}
              aria-label={t('review.verdictLabelFor', { title: item.title })}
              value={decision?.verdict ?? ''}
              data-action="verdict"
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                props.onVerdict(v === '' ? undefined : (v as Verdict));
              }}
            >
              <option value="">{automatic}</option>
              {VERDICTS.map((v) => (
                <option value={v} key={v}>
                  {t(`review.verdict.${v}`)}
                </option>
              ))}
            </select>
            <div class="button-row">
              {effective.byHand ? (
                <button type="button" class="small" aria-label={t('review.resetLabel', { title: item.title })} onClick={() => {
                    props.onVerdict(undefined);
                    // This button disappears: keep the keyboard focus on the item.
                    select.current?.focus();
                  }}
                  data-action="reset"
                >
                  {t('review.reset')}
                </button>
              ) : (
                <button
                  type="button"
                  class="small"
                  aria-pressed={confirmed}
                  aria-label={t('review.confirmLabel', { title: item.title })}
                  onClick={() => props.onConfirm(!confirmed)}
                  data-action="confirm"
                >
                  {t('review.confirm')}
                </button>
              )}
              {props.onNext && (
                <button type="button" class="small" onClick={props.onNext} data-action="next-from-item">
                  {t('review.next')}
                </button>
              )}
            </div>
          </div>
          <label class="field" for={`toelichting-${dom}`}>
            {t('review.toelichting')}
            <span class="visually-hidden"> ({item.title})</span>
          </label>
          <textarea
            id={`toelichting-${dom}`}
            rows={2}
            value={decision?.toelichting ?? ''}
            aria-describedby={`toelichting-help-${dom}`}
            data-action="toelichting"
            onInput={(e) => props.onToelichting((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id={`toelichting-help-${dom}`} class="field-help" data-testid="toelichting-help">
            {t('review.toelichtingHelp')}
          </p>
          <label class="field" for={`private-note-${dom}`}>
            {t('review.privateNote')}
            <span class="visually-hidden"> ({item.title})</span>
          </label>
          <textarea
            id={`private-note-${dom}`}
            rows={2}
            value={decision?.privateNote ?? ''}
            aria-describedby={`private-note-help-${dom}`}
            data-action="private-note"
            onInput={(e) => props.onPrivateNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id={`private-note-help-${dom}`} class="field-help" data-testid="private-note-help">
            {t('review.privateNoteHelp')}
          </p>
          {own.length > 0 && (
            <>
              <p class="label">{t('review.own.heading')}</p>
              <ul class="evidence-list own">
                {own.map((e, i) => (
                  <EvidenceQuote key={`${e.addedAt}-${i}`} evidence={e} onShow={onShow && (() => onShow([e]))} onRemove={() => props.onRemoveOwn(i)} />
                ))}
              </ul>
            </>
          )}
          {props.onAddSelection && (
            <div class="button-row">
              <button type="button" class="small" aria-label={t('review.own.useLabel', { title: item.title })} aria-describedby="own-hint" onClick={props.onAddSelection} data-action="use-selection">
                {t('review.own.use')}
              </button>
            </div>
          )}
        </div>
      </article>
    </li>
  );
}
