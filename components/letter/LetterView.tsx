import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SavedReview } from '@/lib/review/types';
import { toReadUnreviewed, firstUnreviewed, progress, setCompareWith, setLetterEdit } from '@/lib/review/model';
import type { Comparison } from '@/lib/review/compare';
import { locChecklist } from '@/lib/checklist';
import { composeLetter, reportAddress, reportAttachment, templateOrDefault, type CouncilSettings, type LetterBlock, type LetterModel } from '@/lib/letter';
import { useI18n } from '../i18n';
import { Notice } from '../Notice';
import { SettingsForm } from '../settings/SettingsForm';
import { councilSettings } from '../settings/settings-store';
import { saveFile } from '../save-file';
import { TemplateSelect } from './TemplateSelect';
import { LetterDetails } from './LetterDetails';
import { TextWarning } from '../TextWarning';
import './letter.css';

/**
 * The advice letter in the panel: a preview the user can edit paragraph by paragraph (edits
 * are saved with the review), and "Maak de brief" which loads `docx` only then. Before that
 * button it warns when the text does not look like a regiovisie or is short (the full regiovisie
 * may be in a PDF), lets the council set what this review's letter is about and for, says how
 * many verdicts are not checked yet (without blocking), and offers the LOC report as a second
 * attachment (a council setting, on unless switched off).
 */
export function LetterView(props: {
  saved: SavedReview;
  onSaved: (next: SavedReview) => void;
  /** Go to an item in the review (the first one not checked yet). */
  onGoToItem: (id: string) => void;
  /** The comparison with the earlier version the review names (saved.compareWith): the letter gets "Wat is veranderd sinds de conceptversie". */
  comparison?: Comparison;
}) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<CouncilSettings | null | undefined>(undefined);
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  /** Set when a letter was made with the report as an attachment: remind the user to send it along. */
  const [remindReport, setRemindReport] = useState(false);

  useEffect(() => {
    void councilSettings.getValue().then(setSettings);
    return councilSettings.watch((next) => setSettings(next));
  }, []);

  const template = templateOrDefault(templateId ?? settings?.template);
  // The date of the letter is today's; recompose only when the inputs change. The preview keeps
  // an emptied paragraph (shown as left out), so its editor stays and it can be written back;
  // the Word file leaves it out.
  const letter = useMemo(
    () => (settings ? composeLetter(withEmptiedShown(props.saved), locChecklist, settings, template, new Date(), { comparison: props.comparison }) : null),
    [props.saved, settings, template, props.comparison],
  );

  if (settings === undefined) return <p aria-busy="true">{t('letter.loading')}</p>;
  if (settings === null || !letter) {
    return (
      <section aria-labelledby="letter-first-run">
        <h2 id="letter-first-run">{t('letter.firstRunTitle')}</h2>
        <p>{t('letter.firstRunIntro')}</p>
        <SettingsForm initial={null} compact onSave={async (s) => councilSettings.setValue(s)} />
        <p>
          <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('letter.moreSettings')}
          </button>
        </p>
      </section>
    );
  }

  async function makeDocx(model: LetterModel) {
    setBusy(true);
    setFailed(false);
    setStatus(t('letter.making'));
    try {
      const { letterToBlob } = await import('@/lib/docx/render');
      saveFile(await letterToBlob(model), model.fileName);
      const withReport = settings!.attachReport !== false;
      setRemindReport(withReport);
      setStatus(
        withReport
          ? `${t('letter.made', { file: model.fileName })} ${t('letter.locReportReminder', { url: reportAddress(locChecklist) })}`
          : t('letter.made', { file: model.fileName }),
      );
    } catch {
      setFailed(true);
      setStatus('');
    } finally {
      setBusy(false);
    }
  }

  const edit = (id: string, text: string | undefined) => props.onSaved(setLetterEdit(props.saved, id, text, new Date()));
  const edits = props.saved.letterEdits ?? {};
  const { reviewed, total } = progress(props.saved);
  const unchecked = total - reviewed;
  const firstOpen = firstUnreviewed(props.saved);
  const toRead = toReadUnreviewed(props.saved);
  const attachReport = settings.attachReport !== false;
  const setAttachReport = (on: boolean) => {
    const next: CouncilSettings = { ...settings };
    if (on) delete next.attachReport;
    else next.attachReport = false;
    setRemindReport(false);
    void councilSettings.setValue(next);
  };

  // the LOC report comes after the template's own attachments, in the label and the help alike
  const reportNumber = template.attachments.length + 1;
  return (
    <section class="letter" aria-labelledby="letter-heading">
      <h2 id="letter-heading">{t('letter.title')}</h2>
      <p>{t('letter.intro')}</p>
      <TextWarning review={props.saved.automatic} place="letter" />
      <LetterDetails saved={props.saved} settings={settings} onSaved={props.onSaved} />
      {props.saved.compareWith && props.comparison && (
        <div class="letter-option" data-testid="letter-compare">
          <p>{t('letter.compareWith', { title: props.saved.compareWith.title })}</p>
          <button type="button" class="small" data-action="drop-compare" onClick={() => props.onSaved(setCompareWith(props.saved, undefined, new Date()))}>
            {t('letter.compareDrop')}
          </button>
        </div>
      )}
      <TemplateSelect id="letter-template" value={template.id} onChange={setTemplateId} />
      {letter.hasPlaceholders && <Notice kind="warning">{t('letter.placeholders')}</Notice>}
      {unchecked > 0 ? (
        <div class="notice notice-warning" data-testid="letter-unchecked" data-unchecked={unchecked}>
          <p>{unchecked === 1 ? t('letter.unchecked.one', { total }) : t('letter.unchecked.many', { count: unchecked, total })}</p>
          {firstOpen && (
            <button type="button" class="small" data-action="go-unchecked" onClick={() => props.onGoToItem(firstOpen)}>
              {t('letter.uncheckedGo')}
            </button>
          )}
          {toRead.length > 0 && (
            <>
              <p data-testid="letter-to-read" data-to-read={toRead.length}>
                {toRead.length === 1 ? t('letter.uncheckedToRead.one') : t('letter.uncheckedToRead.many', { count: toRead.length })}
              </p>
              <button type="button" class="small" data-action="go-to-read" onClick={() => props.onGoToItem(toRead[0]!)}>
                {t('letter.uncheckedToReadGo')}
              </button>
            </>
          )}
        </div>
      ) : (
        <p class="muted" data-testid="letter-unchecked" data-unchecked={0}>
          {t('letter.allChecked', { total })}
        </p>
      )}
      <div class="letter-option">
        <input id="letter-attach-report" type="checkbox" checked={attachReport} aria-describedby="letter-attach-report-help" data-action="attach-report" onChange={(e) => setAttachReport((e.currentTarget as HTMLInputElement).checked)} />
        <label for="letter-attach-report">{t('letter.locReport', { number: reportNumber })}</label>
        <p id="letter-attach-report-help" class="field-help">
          {t('letter.locReportHelp', { attachment: reportAttachment(locChecklist, reportNumber) })}
        </p>
      </div>
      <p class="actions">
        <button type="button" class="primary" onClick={() => void makeDocx(composeLetter(props.saved, locChecklist, settings, template, new Date(), { comparison: props.comparison }))} disabled={busy} aria-busy={busy}>
          {t('letter.make')}
        </button>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('letter.editSettings')}
        </button>
      </p>
      <p class="sr-status" role="status" aria-live="polite">{status}</p>
      {failed && <Notice kind="error">{t('letter.failed')}</Notice>}
      {remindReport && (
        <div class="notice notice-info" data-testid="letter-report-reminder">
          <p>{t('letter.locReportReminder', { url: reportAddress(locChecklist) })}</p>
        </div>
      )}

      <article class="letter-preview" aria-label={t('letter.preview')} lang="nl">
        <header class="letter-head">
          <p class="letter-sender">{letter.letterhead.name}</p>
          {letter.addressee.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>{letter.placeDate}</p>
          <dl class="letter-reference">
            {letter.reference.map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        </header>
        <EditableParagraph id="aanhef" text={letter.salutation} stored={edits.aanhef} onEdit={edit} />
        {letter.body.map((block) => (
          <PreviewBlock key={block.id} block={block} stored={edits[block.id]} onEdit={edit} />
        ))}
        <EditableParagraph id="afsluiting" text={letter.closing} stored={edits.afsluiting} onEdit={edit} />
        <p>{letter.sender}</p>
        <ul class="letter-signatories">
          {letter.signatories.map((s) => (
            <li key={s.name}>
              {s.name}, {s.role}
            </li>
          ))}
        </ul>
        <p class="muted">{letter.attachments.join('; ')}</p>
        <p class="muted">{t('letter.appendixNote', { title: letter.appendix.title })}</p>
      </article>
    </section>
  );
}

function PreviewBlock(props: { block: LetterBlock; stored: string | undefined; onEdit: (id: string, text: string | undefined) => void }) {
  const { t } = useI18n();
  const { block } = props;
  if (block.type === 'heading') return block.level <= 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
  if (block.type === 'table') return <p class="muted">{t('letter.table', { description: block.description ?? '' })}</p>;
  // Continuation paragraphs of a multi-line edit ("id~2") are edited through their first part.
  if (block.id.includes('~')) return <p class={`letter-p letter-${block.style}`}>{block.text}</p>;
  return <EditableParagraph id={block.id} text={block.text} label={block.label} styleName={block.style} stored={props.stored} onEdit={props.onEdit} />;
}

/** The review without its emptied paragraph edits, for the preview (see above). */
function withEmptiedShown(saved: SavedReview): SavedReview {
  const edits = saved.letterEdits;
  if (!edits || !Object.values(edits).some(isEmptied)) return saved;
  return { ...saved, letterEdits: Object.fromEntries(Object.entries(edits).filter(([, text]) => !isEmptied(text))) };
}

const isEmptied = (text: string) => text.trim() === '';

function EditableParagraph(props: {
  id: string;
  text: string;
  label?: string;
  styleName?: string;
  /** The user's stored text for this paragraph (may hold several lines), if edited. */
  stored: string | undefined;
  onEdit: (id: string, text: string | undefined) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const edited = props.stored !== undefined;
  const leftOut = edited && isEmptied(props.stored!);
  const [draft, setDraft] = useState(props.stored ?? props.text);
  const fieldId = `edit-${props.id.replace(/[^\w-]/g, '-')}`;

  if (editing) {
    return (
      <div class="letter-edit" data-paragraph={props.id}>
        <label for={fieldId} class="visually-hidden">
          {t('letter.editLabel')}
        </label>
        <textarea
          id={fieldId}
          rows={Math.min(12, Math.max(3, Math.ceil(draft.length / 60)))}
          value={draft}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLTextAreaElement).value;
            setDraft(value);
            props.onEdit(props.id, value);
          }}
        />
        <p class="actions">
          <button type="button" onClick={() => setEditing(false)}>
            {t('letter.editDone')}
          </button>
          {edited && (
            <button
              type="button"
              onClick={() => {
                props.onEdit(props.id, undefined);
                setEditing(false);
              }}
            >
              {t('letter.editReset')}
            </button>
          )}
        </p>
      </div>
    );
  }
  return (
    <div class={`letter-p letter-${props.styleName ?? 'body'}${edited ? ' letter-edited' : ''}`} data-paragraph={props.id}>
      {leftOut ? (
        <p class="letter-left-out">{t('letter.leftOut')}</p>
      ) : (
        <p>
          {props.label && <span class="letter-label">{props.label} </span>}
          {props.text}
          {edited && <span class="badge">{t('letter.editedBadge')}</span>}
        </p>
      )}
      <button
        type="button"
        class="link-button"
        aria-label={t('letter.editParagraph', { start: props.text.slice(0, 40) })}
        onClick={() => {
          setDraft(props.stored ?? props.text);
          setEditing(true);
        }}
      >
        {t('letter.edit')}
      </button>
    </div>
  );
}
