/**
 * Issue 12: a planned sheet's charts added to the package: a drawing part related from the sheet's part, and a chart
 * part per chart related from the drawing, each with its content type; and the earlier drawing and charts of a sheet
 * of ours that is being replaced, removed. Strict OOXML workbooks get no charts (their DrawingML namespaces differ).
 */
import type { CellValue, PlannedSheet } from '../../engine';
import { readRelationships, relsPartOf } from '../read/relationships';
import { CHART_CONTENT_TYPE, chartPartXml, DRAWING_CONTENT_TYPE, drawingPartXml } from './chartXml';
import type { Namespaces } from './namespaces';
import type { PackageEditor } from './packageEditor';

const TRANSITIONAL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A planned cell's value, from the sheet's blocks: what the charts cache. */
function valueAt(planned: PlannedSheet): (row: number, col: number) => CellValue {
  return (row, col) => {
    for (const b of planned.blocks) {
      const value = b.values[row - b.row]?.[col - b.col];
      if (value !== undefined) return value;
    }
    return null;
  };
}

/** Adds the sheet's charts; returns the sheet's relationship id for its drawing, or null when it has none. */
export function addCharts(
  editor: PackageEditor,
  sheetPart: string,
  planned: PlannedSheet,
  ns: Namespaces,
): string | null {
  const charts = planned.charts ?? [];
  if (charts.length === 0 || ns.main !== TRANSITIONAL_MAIN) return null;
  const base = sheetPart.slice(0, sheetPart.lastIndexOf('/', sheetPart.lastIndexOf('/') - 1) + 1);
  const drawingPart = editor.unusedPartName((n) => `${base}drawings/drawing${n}.xml`);
  const at = valueAt(planned);
  const related = charts.map((chart) => {
    const chartPart = editor.unusedPartName((n) => `${base}charts/chart${n}.xml`);
    editor.addPart(chartPart, CHART_CONTENT_TYPE, chartPartXml(chart, planned.name, at));
    return {
      chart,
      relationshipId: editor.addRelationship(drawingPart, ns.relationshipType('chart'), chartPart),
    };
  });
  editor.addPart(drawingPart, DRAWING_CONTENT_TYPE, drawingPartXml(related));
  return editor.addRelationship(sheetPart, ns.relationshipType('drawing'), drawingPart);
}

/** Removes the drawings (and their charts) of a sheet part of ours that is about to be written again. */
export function removeCharts(editor: PackageEditor, sheetPart: string): void {
  const rels = editor.text(relsPartOf(sheetPart));
  if (rels === null) return;
  for (const drawing of readRelationships(sheetPart, rels).filter((r) => r.kind === 'drawing')) {
    const inner = editor.text(relsPartOf(drawing.part)) ?? '<Relationships/>';
    for (const chart of readRelationships(drawing.part, inner).filter((r) => r.kind === 'chart'))
      editor.removePart(chart.part);
    editor.removePart(drawing.part);
  }
  // The sheet's XML is written anew, so nothing refers to its old relationships.
  editor.removePart(relsPartOf(sheetPart));
}
