import type { PanelState } from '@/lib/review/panel-state';
import type { CompareApi, PanelActions } from '../panel-api';
import { useI18n } from '../i18n';
import { SavedList } from './SavedList';
import { ImportBox } from './ImportBox';
import { SetAsideList } from './SetAsideList';
import { CompareBox } from './CompareBox';

/** The "Opgeslagen" view: saved reviews, and importing one. */
export function SavedScreen(props: { state: PanelState; actions: PanelActions; compare: CompareApi }) {
  const { t } = useI18n();
  const { state, actions } = props;
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading" tabIndex={-1}>
        {t('saved.heading')}
      </h2>
      <SavedList
        headingId="saved-heading"
        list={state.list}
        confirmDelete={state.confirmDelete}
        onOpen={(key) => void actions.open(key)}
        onExport={(key) => void actions.exportSaved(key)}
        onAskDelete={actions.askDelete}
        onDelete={(key) => void actions.remove(key)}
      />
      <SetAsideList
        list={state.setAside}
        confirmDelete={state.confirmDelete}
        onExport={(key) => void actions.exportSetAside(key)}
        onAskDelete={actions.askDelete}
        onDelete={(key) => void actions.removeSetAside(key)}
      />
      {state.list && (
        <CompareBox list={state.list} compare={props.compare} onUseInLetter={(oldKey, newKey, oldTitle) => void actions.useInLetter(oldKey, newKey, oldTitle)} />
      )}
      <ImportBox
        pending={state.pendingImport}
        message={state.importMessage}
        onFile={(file) => void actions.importFile(file)}
        onConfirm={(overwrite) => void actions.confirmImport(overwrite)}
      />
    </section>
  );
}

