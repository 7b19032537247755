/**
 * TextRules as Excel conditional formatting, so a cell's colour follows its words, hand edits included.
 * Written as formula rules (`LEFT(F12,LEN("Red"))="Red"`, case-insensitive like Excel's "begins with"): ExcelJS
 * writes its own "beginsWith" rule without the `text` attribute Excel and LibreOffice read it by.
 */
import type { ConditionalFormattingRule, Worksheet } from 'exceljs';
import { cellRef, rangeRef, type GridRange, type TextRule } from '../engine';
import { argb } from './excelStyle';

export const rangeRefOf = (r: GridRange): string => rangeRef(r.row, r.col, r.rows, r.cols);

function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cfRule(rule: TextRule, priority: number): ConditionalFormattingRule {
  const text = formulaText(rule.beginsWith);
  return {
    type: 'expression',
    priority,
    formulae: [`LEFT(${cellRef(rule.range.row, rule.range.col)},LEN(${text}))=${text}`],
    style: {
      ...(rule.fill && { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } } }),
      ...(rule.fontColor && { font: { color: { argb: argb(rule.fontColor) } } }),
    },
  };
}

/** One conditional format per range, its rules in the plan's order (first rule first). */
export function addTextRules(sheet: Worksheet, rules: TextRule[]): void {
  const byRange = new Map<string, ConditionalFormattingRule[]>();
  rules.forEach((rule, i) => {
    const ref = rangeRefOf(rule.range);
    byRange.set(ref, [...(byRange.get(ref) ?? []), cfRule(rule, i + 1)]);
  });
  for (const [ref, cfRules] of byRange) sheet.addConditionalFormatting({ ref, rules: cfRules });
}
