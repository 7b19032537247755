/**
 * Browser code of the preview page (served transpiled, no imports): a grid of the fake workbook beside the task pane,
 * refreshed as the pane writes, showing the sheet Excel would show (the active one) unless a tab is chosen. As in
 * Excel, a click selects a cell (shift+click a range) and typing enters a value: the first key opens the cell's
 * editor, Enter keeps what was typed (Escape does not), Delete clears the cell, F2 edits what it holds.
 */
interface ViewCell {
  text: string;
  fill?: string;
  color?: string;
  bold?: boolean;
  wrap?: boolean;
}
interface WorkbookView {
  sheets: { name: string; rows: ViewCell[][]; widths: number[]; clipped: boolean }[];
  active: string | null;
  selection: { sheet: string; r0: number; c0: number; r1: number; c1: number } | null;
}

const letters = (col: number): string => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

let chosen: string | null = null;
/** Where a click started a selection, for shift+click to extend it (as in Excel). */
let anchor: { sheet: string; row: number; col: number } | null = null;

/** A click selects a cell, shift+click a range from the last click: what Use selection then reads. */
function select(sheet: string, row: number, col: number, extend: boolean): void {
  const from = extend && anchor?.sheet === sheet ? anchor : { sheet, row, col };
  if (!extend) anchor = from;
  current = { sheet, row, col };
  const area = {
    r0: Math.min(from.row, row),
    c0: Math.min(from.col, col),
    r1: Math.max(from.row, row),
    c1: Math.max(from.col, col),
  };
  void fetch('/api/select', { method: 'POST', body: JSON.stringify({ sheet, ...area }) }).then(() =>
    refresh(),
  );
}
/** The cell typing goes into: the last one clicked. */
let current: { sheet: string; row: number; col: number } | null = null;
let editing = false;
let lastActive: string | null = null;
let lastJson = '';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderTabs(view: WorkbookView, shown: string): HTMLElement {
  const tabs = el('div');
  tabs.className = 'tabs';
  tabs.setAttribute('role', 'group');
  tabs.setAttribute('aria-label', 'Sheets');
  for (const sheet of view.sheets) {
    const tab = el('button', sheet.name);
    tab.type = 'button';
    tab.setAttribute('aria-pressed', String(sheet.name === shown));
    tab.addEventListener('click', () => {
      chosen = sheet.name;
      render(view);
    });
    tabs.append(tab);
  }
  return tabs;
}

function renderGrid(view: WorkbookView, name: string): HTMLElement {
  const sheet = view.sheets.find((s) => s.name === name);
  const table = el('table');
  table.setAttribute('aria-label', `Sheet ${name}`);
  const width = Math.max(1, ...(sheet?.rows.map((r) => r.length) ?? [1]));
  const cols = el('colgroup');
  cols.append(el('col'));
  for (let c = 0; c < width; c++) {
    const col = el('col');
    col.style.width = `${sheet?.widths[c] ?? 64}px`;
    cols.append(col);
  }
  table.append(cols);
  // A fixed layout keeps Excel's widths (long text is cut, not widening its column); it needs the table's width.
  const total =
    32 + Array.from({ length: width }, (_, c) => sheet?.widths[c] ?? 64).reduce((a, b) => a + b, 0);
  table.style.width = `${total}px`;
  const head = el('tr');
  head.append(el('th'));
  for (let c = 0; c < width; c++) head.append(el('th', letters(c)));
  table.append(head);
  sheet?.rows.forEach((row, r) => {
    const tr = el('tr');
    tr.append(el('th', String(r + 1)));
    row.forEach((cell, c) => {
      const td = el('td', cell.text);
      td.dataset.cell = `${letters(c)}${r + 1}`;
      if (cell.fill) td.style.background = cell.fill;
      if (cell.color) td.style.color = cell.color;
      if (cell.bold) td.style.fontWeight = 'bold';
      // As in Excel: wrapped text wraps; other text runs on over empty cells to its right, else is cut.
      if (cell.wrap) td.style.whiteSpace = 'normal';
      else if (cell.text && !row[c + 1]?.text) td.classList.add('spill');
      const s = view.selection;
      if (s && s.sheet === name && r >= s.r0 && r <= s.r1 && c >= s.c0 && c <= s.c1) {
        td.classList.add('selected');
        if (s.r0 === s.r1 && s.c0 === s.c1) td.classList.add('single');
      }
      td.addEventListener('click', (e) => select(name, r, c, e.shiftKey));
      tr.append(td);
    });
    table.append(tr);
  });
  return table;
}

function render(view: WorkbookView): void {
  const shown =
    chosen && view.sheets.some((s) => s.name === chosen)
      ? chosen
      : (view.active ?? view.sheets[0]?.name ?? '');
  const root = document.getElementById('workbook')!;
  root.replaceChildren(renderTabs(view, shown), renderGrid(view, shown));
  root.setAttribute('data-active', view.active ?? '');
}

async function refresh(): Promise<void> {
  if (editing) return; // drawing the grid again would take the editor away mid-word
  const text = await (await fetch('/api/workbook')).text();
  if (editing) return;
  if (text === lastJson) return;
  lastJson = text;
  const view = JSON.parse(text) as WorkbookView;
  if (view.active !== lastActive) chosen = null; // the add-in activated a sheet: show it, as Excel would
  lastActive = view.active;
  render(view);
}

/** What a person types goes to the fake host as Excel's data entry would take it. */
function enter(text: string): void {
  if (!current) return;
  void fetch('/api/type', { method: 'POST', body: JSON.stringify({ ...current, text }) }).then(() =>
    refresh(),
  );
}

/** The current cell's editor: an input in place of its text, started with `text`. */
function edit(text: string): void {
  const at = current && `${letters(current.col)}${current.row + 1}`;
  const cell = at && document.querySelector<HTMLTableCellElement>(`td[data-cell="${at}"]`);
  if (!cell) return;
  editing = true;
  const input = el('input');
  input.value = text;
  input.setAttribute('aria-label', `Cell ${letters(current!.col)}${current!.row + 1}`);
  cell.replaceChildren(input);
  input.focus();
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    e.preventDefault();
    editing = false;
    if (e.key === 'Enter') enter(input.value);
    lastJson = ''; // draw the grid again, with or without the entry
    void refresh();
  });
}

document.addEventListener('keydown', (e) => {
  if (editing || !current || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Delete' || e.key === 'Backspace') enter('');
  else if (e.key === 'F2')
    edit(
      current
        ? (document.querySelector(`td[data-cell="${letters(current.col)}${current.row + 1}"]`)?.textContent ??
            '')
        : '',
    );
  else if (e.key.length === 1) edit(e.key);
  else return;
  e.preventDefault();
});

setInterval(() => void refresh(), 400);
void refresh();
