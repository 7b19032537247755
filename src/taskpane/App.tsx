/**
 * The task pane: source, columns, rules, reports and preview in one column, then Generate (and, when the last run replaced a
 * digest, the way back). Renders what `useDigestRun` derives. After every action the focus goes to what it did: its
 * message (which can be dismissed, and then gives the focus back to the step it was in) or the next step.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { dayText } from '../engine';
import type { DigestHost } from './digestHost';
import type { DigestState, MessagePlace } from './paneState';
import { SELECTION_ID, type PanePreview } from './panePreview';
import { useDigestRun } from './useDigestRun';
import { ConfirmCarryOver } from './components/ConfirmCarryOver';
import { GenerateBar } from './components/GenerateBar';
import { MappingSection } from './components/MappingSection';
import { PaneMessageBar } from './components/PaneMessageBar';
import { PaneSection } from './components/PaneSection';
import { PreviewSection } from './components/PreviewSection';
import { PreviousDigest } from './components/PreviousDigest';
import { ReportsSection } from './components/ReportsSection';
import { RulesSection } from './components/RulesSection';
import { SourceSection } from './components/SourceSection';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: '288px',
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

type Actions = ReturnType<typeof useDigestRun>['actions'];

/** Where the focus goes back to when a message is dismissed: the step it was in, or the pane's title. */
const HOME: Record<MessagePlace, string> = {
  top: 'pane-title',
  source: 'step-source',
  columns: 'step-columns',
  rules: 'step-rules',
};

/** Whether the workbook holds an action plan, and the report date written above it, for the Reports step. */
function planFacts(preview: PanePreview): { found: boolean; dateAbove: string | null } {
  const plan = preview.outcome?.ok ? preview.outcome.run.actions : null;
  const above = plan?.asOfFrom === 'sheet' && plan.asOf !== null ? dayText(plan.asOf) : null;
  return { found: plan !== null && plan !== undefined, dateAbove: above };
}

function blockedBy(preview: PanePreview): string | null {
  if (Object.keys(preview.rulesErrors).length > 0) return 'Correct the rules above to write the digest.';
  if (preview.mappingError) return 'Correct the columns above to write the digest.';
  return preview.outcome?.ok ? null : 'Choose a table with indicators to write the digest.';
}

/** The message of an action, where it belongs. */
function Said({ at, state, actions }: { at: MessagePlace; state: DigestState; actions: Actions }) {
  const { message } = state;
  if (message?.place !== at) return null;
  const dismiss = () => {
    actions.dismissMessage();
    document.getElementById(HOME[at])?.focus();
  };
  return <PaneMessageBar message={message} shown={state.shown} onDismiss={dismiss} />;
}

function Steps({ state, preview, actions }: { state: DigestState; preview: PanePreview; actions: Actions }) {
  const { outcome } = preview;
  const busy = state.progress.kind === 'running';
  const chooseSource = (id: string) =>
    id !== SELECTION_ID && actions.chooseSource({ kind: 'sheet', sheet: id });
  return (
    <>
      {outcome && !outcome.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No digest yet</MessageBarTitle>
            {outcome.error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <PaneSection id={HOME.source} title="1. Source" defaultOpen>
        <Said at="source" state={state} actions={actions} />
        <SourceSection
          options={preview.options}
          selectedId={preview.selectedId}
          busy={busy}
          onChoose={chooseSource}
          onUseSelection={() => void actions.takeSelection()}
          ticked={preview.ticked}
          workbooks={preview.workbooks}
          onTick={actions.tickSheets}
          onAddWorkbooks={(files) => void actions.addWorkbooks(files)}
        />
      </PaneSection>
      <PaneSection id={HOME.columns} title="2. Check the columns" defaultOpen={false}>
        <Said at="columns" state={state} actions={actions} />
        <MappingSection
          columns={preview.columns}
          facts={preview.facts}
          corrected={Object.keys(state.roles).length > 0}
          error={preview.mappingError}
          onRole={actions.setRole}
          onReset={actions.resetRoles}
        />
      </PaneSection>
      {/* Saved rules that are not the defaults open this step, so they never apply unseen. */}
      <PaneSection id={HOME.rules} title="3. Rules" defaultOpen={preview.rulesChanged.length > 0}>
        <Said at="rules" state={state} actions={actions} />
        <RulesSection
          rules={state.rules}
          periods={preview.periods}
          errors={preview.rulesErrors}
          warnings={preview.rulesWarnings}
          changed={preview.rulesChanged.length > 0}
          onChange={actions.setRules}
          onReset={actions.resetRules}
        />
      </PaneSection>
      <PaneSection title="4. Reports" defaultOpen={false}>
        <ReportsSection
          rules={state.rules}
          errors={preview.rulesErrors}
          plan={planFacts(preview)}
          onChange={actions.setRules}
        />
      </PaneSection>
      <PaneSection title="5. Preview" defaultOpen>
        {outcome?.ok ? (
          <PreviewSection
            run={outcome.run}
            reports={state.rules.reports}
            rulesChanged={preview.rulesChanged}
            stale={preview.stale}
            onGoTo={(cell) => void actions.goTo(cell)}
          />
        ) : (
          <Text>Nothing to preview yet.</Text>
        )}
      </PaneSection>
      {preview.restorable && (
        <PaneSection title="Previous digest" defaultOpen>
          <PreviousDigest
            restorable={preview.restorable}
            busy={busy}
            onRestore={() => void actions.restore()}
          />
        </PaneSection>
      )}
      <GenerateBar
        progress={state.progress}
        blockedBy={blockedBy(preview)}
        onGenerate={() => void actions.generate()}
      />
      <ConfirmCarryOver confirming={state.confirming} onAnswer={actions.answerConfirm} />
    </>
  );
}

export function App({ host }: { host: DigestHost }) {
  const styles = useStyles();
  const { state, preview, actions } = useDigestRun(host);
  const { workbook } = state;
  return (
    <main className={styles.root}>
      <h1 id={HOME.top} tabIndex={-1} className={styles.title}>
        Performance Digest
      </h1>
      <Said at="top" state={state} actions={actions} />
      {/* The Generate bar's progress bar, not a Spinner: one control fewer in the pane's script budget. */}
      {workbook.kind === 'loading' && (
        <div role="status">
          <ProgressBar aria-label="Reading the workbook" />
          <Text>Reading the workbook…</Text>
        </div>
      )}
      {workbook.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The workbook could not be read</MessageBarTitle>
            {`${workbook.error.message} Nothing was changed.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void actions.reload()}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {workbook.kind === 'loaded' && <Steps state={state} preview={preview} actions={actions} />}
    </main>
  );
}
