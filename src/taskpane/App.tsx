/** The task pane: source, mapping, rules and preview in one column, then Generate. Renders what `useDigestRun` derives. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { dayText } from '../engine';
import type { DigestHost } from './digestHost';
import type { DigestState } from './paneState';
import { SELECTION_ID, type PanePreview } from './panePreview';
import { useDigestRun } from './useDigestRun';
import { GenerateBar } from './components/GenerateBar';
import { MappingSection } from './components/MappingSection';
import { NoticeBar } from './components/NoticeBar';
import { PaneSection } from './components/PaneSection';
import { PreviewSection } from './components/PreviewSection';
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

function writtenText(state: DigestState): string | null {
  const { progress } = state;
  if (progress.kind !== 'written') return null;
  // The digest and its Charts sheet come first; the reports chosen (issue 11) after them.
  const [digest, , ...reports] = progress.written.sheets;
  if (!digest) return null;
  // A workbook holding only an action plan gets its tracker alone (issue 11).
  if (progress.indicators === 0) return `The sheet "${digest.name}" now holds the action-plan tracker.`;
  const { name: sheet, replaced } = digest;
  const kept = replaced
    ? ` It replaced the earlier digest of ${progress.period}, keeping the commentary typed into it.`
    : '';
  const also = reports.length ? ` Also written: ${reports.map((r) => `"${r.name}"`).join(', ')}.` : '';
  return `The sheet "${sheet}" now holds the digest of ${progress.indicators} indicators for ${progress.period}.${kept}${also}`;
}

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
      <PaneSection title="1. Source" defaultOpen>
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
      <PaneSection title="2. Check the columns" defaultOpen={false}>
        <MappingSection
          columns={preview.columns}
          facts={preview.facts}
          corrected={Object.keys(state.roles).length > 0}
          error={preview.mappingError}
          onRole={actions.setRole}
          onReset={actions.resetRoles}
        />
      </PaneSection>
      <PaneSection title="3. Rules" defaultOpen={false}>
        <RulesSection
          rules={state.rules}
          periods={preview.periods}
          errors={preview.rulesErrors}
          onChange={actions.setRules}
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
            onGoTo={(cell) => void actions.goTo(cell)}
          />
        ) : (
          <Text>Nothing to preview yet.</Text>
        )}
      </PaneSection>
      <GenerateBar
        progress={state.progress}
        blockedBy={blockedBy(preview)}
        writtenText={writtenText(state)}
        onGenerate={() => void actions.generate()}
      />
    </>
  );
}

export function App({ host }: { host: DigestHost }) {
  const styles = useStyles();
  const { state, preview, actions } = useDigestRun(host);
  const { workbook } = state;
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Performance Digest</h1>
      {state.notice && <NoticeBar notice={state.notice} onDismiss={actions.dismissNotice} />}
      {workbook.kind === 'loading' && <Spinner label="Reading the workbook…" />}
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
