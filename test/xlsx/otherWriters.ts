/**
 * Workbooks as other programs write them, part by part, each a 5-indicator table plus what officers' workbooks carry:
 * charts, tables (ListObjects), images, comments with their VML, data validation, conditional formats, defined names
 * (print titles on a user sheet too), hyperlinks, merged cells, hidden, very hidden and protected sheets, custom
 * document properties with a sensitivity label. `openpyxl` lays parts out as openpyxl 3.1 does (no XML declaration,
 * inline strings, `xmlns:r` on each `<sheet>`); `libreoffice` as LibreOffice Calc 7 does (shared strings, declarations,
 * a theme-less styles.xml with its own numFmts and dxfs); `dotnet` as the Open XML SDK does (`x:` prefixes, cells
 * without `r`).
 */
import { zipParts } from './packages';

export type Writer = 'openpyxl' | 'libreoffice' | 'dotnet';
export type Feature =
  | 'chart'
  | 'table'
  | 'image'
  | 'comments'
  | 'validation'
  | 'conditional'
  | 'names'
  | 'hyperlink'
  | 'merged'
  | 'hiddenSheets'
  | 'customProperties';
/** In the order their XML goes in a sheet (CT_Worksheet): features added in this order keep the schema's order. */
export const FEATURES: Feature[] = [
  'merged',
  'conditional',
  'validation',
  'hyperlink',
  'chart',
  'image',
  'comments',
  'table',
  'names',
  'hiddenSheets',
  'customProperties',
];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

const TABLE: (string | number)[][] = [
  ['Ref', 'Indicator', 'Polarity', 'Target', 'Q2 2006/07', 'Q3 2006/07'],
  ['SS1', 'Referrals', 'Higher', 220, 201, 229],
  ['SS2', 'Initial assessments within 7 working days', 'Higher', 0.75, 0.67, 0.65],
  ['SS3', 'Core assessments within 35 working days', 'Higher', 0.8, 0.69, 0.7],
  ['BH1', 'Teenage conceptions per 1,000', 'Lower', 40, 42, 39],
  ['SM1', 'Social worker vacancy rate', 'Lower', 0.1, 0.12, 0.11],
];

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

interface Build {
  writer: Writer;
  decl: string;
  p: string;
  parts: Record<string, string | Uint8Array>;
  types: string[];
  workbookRels: string[];
  sheetRels: Record<number, string[]>;
  sheets: { name: string; state?: string; body: string; after?: string }[];
  definedNames: string[];
  packageRels: string[];
  strings: string[];
}

const letters = (c: number) => String.fromCharCode(65 + c);

function cell(b: Build, value: string | number, r: number, c: number, style = 0): string {
  const { p } = b;
  const ref = b.writer === 'dotnet' ? '' : ` r="${letters(c)}${r + 1}"`;
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') return `<${p}c${ref}${s}><${p}v>${value}</${p}v></${p}c>`;
  if (b.writer === 'openpyxl')
    return `<${p}c${ref}${s} t="inlineStr"><${p}is><${p}t>${value}</${p}t></${p}is></${p}c>`;
  const index = b.strings.indexOf(value) >= 0 ? b.strings.indexOf(value) : b.strings.push(value) - 1;
  return `<${p}c${ref}${s} t="s"><${p}v>${index}</${p}v></${p}c>`;
}

function tableXml(b: Build): string {
  const { p } = b;
  const rows = TABLE.map((row, r) => {
    const cells = row.map((v, c) => cell(b, v, r, c, r > 0 && c >= 3 && Number(row[3]) < 1 ? 1 : 0)).join('');
    return b.writer === 'dotnet' ? `<${p}row>${cells}</${p}row>` : `<${p}row r="${r + 1}">${cells}</${p}row>`;
  });
  return `<${p}sheetData>${rows.join('')}</${p}sheetData>`;
}

function stylesXml(b: Build, dxf: boolean): string {
  const { p } = b;
  const dxfs = dxf
    ? `<${p}dxfs count="1"><${p}dxf><${p}font><${p}color rgb="FF9C0006"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="FFFFC7CE"/></${p}patternFill></${p}fill></${p}dxf></${p}dxfs>`
    : `<${p}dxfs count="0"/>`;
  const numFmts =
    b.writer === 'libreoffice'
      ? `<${p}numFmts count="2"><${p}numFmt numFmtId="164" formatCode="General"/><${p}numFmt numFmtId="165" formatCode="0%"/></${p}numFmts>`
      : '';
  const pct = b.writer === 'libreoffice' ? 165 : 9;
  return `${b.decl}<${p}styleSheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="${MAIN}">${numFmts}<${p}fonts count="2"><${p}font><${p}sz val="10"/><${p}name val="Arial"/><${p}family val="2"/></${p}font><${p}font><${p}b/><${p}sz val="10"/><${p}name val="Arial"/><${p}family val="2"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="2"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="${pct}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs><${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles>${dxfs}<${p}tableStyles count="0" defaultTableStyle="TableStyleMedium9" defaultPivotStyle="PivotStyleLight16"/><${p}extLst><${p}ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></${p}ext></${p}extLst></${p}styleSheet>`;
}

function drawing(b: Build, sheet: number, anchors: string, rels: string[]): void {
  b.parts[`xl/drawings/drawing${sheet + 1}.xml`] =
    `${b.decl}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A}" xmlns:r="${R}" xmlns:c="${C}">${anchors}</xdr:wsDr>`;
  b.parts[`xl/drawings/_rels/drawing${sheet + 1}.xml.rels`] =
    `${b.decl}<Relationships xmlns="${PR}">${rels.join('')}</Relationships>`;
  b.types.push(`<Override PartName="/xl/drawings/drawing${sheet + 1}.xml" ContentType="${CT}.drawing+xml"/>`);
  (b.sheetRels[sheet] ??= []).push(
    `<Relationship Id="rIdDr" Type="${R}/drawing" Target="../drawings/drawing${sheet + 1}.xml"/>`,
  );
  b.sheets[sheet]!.after = `${b.sheets[sheet]!.after ?? ''}<${b.p}drawing r:id="rIdDr"/>`;
}

function anchor(from: number, content: string): string {
  return `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + 14}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${content}<xdr:clientData/></xdr:twoCellAnchor>`;
}

function chartPart(b: Build, n: number): void {
  b.parts[`xl/charts/chart${n}.xml`] =
    `${b.decl}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'PIs'!$F$2:$F$6</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="20"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="20"/></c:catAx><c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
  b.types.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT}.drawingml.chart+xml"/>`);
}

const FEATURE: Record<Feature, (b: Build) => void> = {
  chart: (b) => {
    // LibreOffice saves two charts; openpyxl one.
    const count = b.writer === 'libreoffice' ? 2 : 1;
    const frames = Array.from({ length: count }, (_, i) => {
      chartPart(b, i + 1);
      return anchor(
        i * 15,
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart r:id="rIdC${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
      );
    });
    drawing(
      b,
      0,
      frames.join(''),
      frames.map(
        (_, i) => `<Relationship Id="rIdC${i + 1}" Type="${R}/chart" Target="../charts/chart${i + 1}.xml"/>`,
      ),
    );
  },
  image: (b) => {
    b.parts['xl/media/image1.png'] = PNG;
    b.types.push('<Default Extension="png" ContentType="image/png"/>');
    drawing(
      b,
      0,
      anchor(
        0,
        `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdI1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic>`,
      ),
      [`<Relationship Id="rIdI1" Type="${R}/image" Target="../media/image1.png"/>`],
    );
  },
  table: (b) => {
    b.parts['xl/tables/table1.xml'] =
      `${b.decl}<table xmlns="${MAIN}" id="1" name="Indicators" displayName="Indicators" ref="A1:F6" totalsRowShown="0"><autoFilter ref="A1:F6"/><tableColumns count="6">${TABLE[0]!.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join('')}</tableColumns><tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
    b.types.push(`<Override PartName="/xl/tables/table1.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`);
    (b.sheetRels[0] ??= []).push(
      `<Relationship Id="rIdT1" Type="${R}/table" Target="../tables/table1.xml"/>`,
    );
    b.sheets[0]!.after = `${b.sheets[0]!.after ?? ''}<${b.p}tableParts count="1"><${b.p}tablePart r:id="rIdT1"/></${b.p}tableParts>`;
  },
  comments: (b) => {
    const path = b.writer === 'openpyxl' ? 'xl/comments/comment1.xml' : 'xl/comments1.xml';
    b.parts[path] =
      `${b.decl}<comments xmlns="${MAIN}"><authors><author>Performance team</author></authors><commentList><comment ref="B3" authorId="0"><text><t>Definition changed in Q2.</t></text></comment></commentList></comments>`;
    b.parts['xl/drawings/commentsDrawing1.vml'] =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
    b.types.push(`<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>`);
    b.types.push(`<Override PartName="/${path}" ContentType="${CT}.spreadsheetml.comments+xml"/>`);
    (b.sheetRels[0] ??= []).push(
      `<Relationship Id="rIdCm" Type="${R}/comments" Target="/${path}"/>`,
      `<Relationship Id="rIdV" Type="${R}/vmlDrawing" Target="../drawings/commentsDrawing1.vml"/>`,
    );
    b.sheets[0]!.after = `${b.sheets[0]!.after ?? ''}<${b.p}legacyDrawing r:id="rIdV"/>`;
  },
  validation: (b) => {
    b.sheets[0]!.body += `<${b.p}dataValidations count="1"><${b.p}dataValidation type="list" allowBlank="1" sqref="C2:C6"><${b.p}formula1>"Higher,Lower"</${b.p}formula1></${b.p}dataValidation></${b.p}dataValidations>`;
  },
  conditional: (b) => {
    b.sheets[0]!.body += `<${b.p}conditionalFormatting sqref="F2:F6"><${b.p}cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><${b.p}formula>$D2</${b.p}formula></${b.p}cfRule></${b.p}conditionalFormatting>`;
  },
  hyperlink: (b) => {
    (b.sheetRels[0] ??= []).push(
      `<Relationship Id="rIdH1" Type="${R}/hyperlink" Target="https://www.example.gov.uk/pi/ss1" TargetMode="External"/>`,
    );
    b.sheets[0]!.body += `<${b.p}hyperlinks><${b.p}hyperlink ref="A2" r:id="rIdH1"/><${b.p}hyperlink ref="A3" location="'Notes'!A1" display="Notes"/></${b.p}hyperlinks>`;
  },
  merged: (b) => {
    b.sheets.push({
      name: 'Notes',
      body: `<${b.p}sheetData><${b.p}row r="1">${cell(b, 'Notes on the indicators', 0, 0)}</${b.p}row></${b.p}sheetData><${b.p}mergeCells count="1"><${b.p}mergeCell ref="A1:F1"/></${b.p}mergeCells>`,
    });
  },
  names: (b) => {
    b.definedNames.push(
      `<${b.p}definedName name="Targets">'PIs'!$D$2:$D$6</${b.p}definedName>`,
      `<${b.p}definedName name="_xlnm.Print_Titles" localSheetId="0">'PIs'!$1:$1</${b.p}definedName>`,
      `<${b.p}definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'PIs'!$A$1:$F$6</${b.p}definedName>`,
    );
  },
  hiddenSheets: (b) => {
    b.sheets.push(
      {
        name: 'Lookups',
        state: 'hidden',
        body: `<${b.p}sheetData><${b.p}row r="1">${cell(b, 'Higher', 0, 0)}</${b.p}row></${b.p}sheetData>`,
      },
      {
        name: 'Calc',
        state: 'veryHidden',
        body: `<${b.p}sheetData><${b.p}row r="1">${cell(b, 1, 0, 0)}</${b.p}row></${b.p}sheetData>`,
      },
      {
        name: 'Locked',
        body: `<${b.p}sheetData><${b.p}row r="1">${cell(b, 'Do not edit', 0, 0)}</${b.p}row></${b.p}sheetData><${b.p}sheetProtection sheet="1" objects="1" scenarios="1" password="CC3D"/>`,
      },
    );
  },
  customProperties: (b) => {
    const guid = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
    const label = (pid: number, name: string, value: string) =>
      `<property fmtid="${guid}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
    b.parts['docProps/custom.xml'] =
      `${b.decl}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${label(2, 'MSIP_Label_3f1a9b2c_Enabled', 'true')}${label(3, 'MSIP_Label_3f1a9b2c_Name', 'OFFICIAL-SENSITIVE')}${label(4, 'ContentTypeId', '0x0101009A1B2C')}</Properties>`;
    b.types.push(`<Override PartName="/docProps/custom.xml" ContentType="${CT}.custom-properties+xml"/>`);
    b.packageRels.push(
      `<Relationship Id="rIdCu" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`,
    );
  },
};

/** The package: the table on sheet "PIs", plus each feature's parts. */
export function otherWriterWorkbook(writer: Writer, features: Feature[]): Uint8Array {
  const b: Build = {
    writer,
    decl: writer === 'openpyxl' ? '' : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    p: writer === 'dotnet' ? 'x:' : '',
    parts: {},
    types: [],
    workbookRels: [],
    sheetRels: {},
    sheets: [],
    definedNames: [],
    packageRels: [],
    strings: [],
  };
  b.sheets.push({ name: 'PIs', body: tableXml(b) });
  for (const f of features) FEATURE[f](b);
  const { p, decl } = b;
  const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ''}="${MAIN}"`;
  b.sheets.forEach((sheet, i) => {
    const n = i + 1;
    b.parts[`xl/worksheets/sheet${n}.xml`] =
      `${decl}<${p}worksheet ${ns} xmlns:r="${R}"><${p}dimension ref="A1:F6"/>${sheet.body}${sheet.after ?? ''}</${p}worksheet>`;
    b.types.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    );
    b.workbookRels.push(
      `<Relationship Id="rId${n}" Type="${R}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
    const rels = b.sheetRels[i];
    if (rels)
      b.parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
        `${decl}<Relationships xmlns="${PR}">${rels.join('')}</Relationships>`;
  });
  b.parts['xl/styles.xml'] = stylesXml(b, features.includes('conditional'));
  b.workbookRels.push(`<Relationship Id="rIdSt" Type="${R}/styles" Target="styles.xml"/>`);
  b.types.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`);
  if (b.strings.length > 0) {
    b.parts['xl/sharedStrings.xml'] =
      `${decl}<sst xmlns="${MAIN}" count="${b.strings.length}" uniqueCount="${b.strings.length}">${b.strings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`;
    b.workbookRels.push(`<Relationship Id="rIdSs" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
    b.types.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    );
  }
  const sheetEntries = b.sheets.map((s, i) => {
    const state = s.state ? ` state="${s.state}"` : '';
    return writer === 'openpyxl'
      ? `<${p}sheet xmlns:r="${R}" name="${s.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`
      : `<${p}sheet name="${s.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
  });
  const names = b.definedNames.length
    ? `<${p}definedNames>${b.definedNames.join('')}</${p}definedNames>`
    : '';
  const rootNs = writer === 'openpyxl' ? ns : `${ns} xmlns:r="${R}"`;
  const head =
    writer === 'libreoffice'
      ? `<${p}fileVersion appName="Calc"/><${p}workbookPr backupFile="false" showObjects="all" date1904="false"/><${p}workbookProtection/>`
      : `<${p}workbookPr/>`;
  b.parts['xl/workbook.xml'] =
    `${decl}<${p}workbook ${rootNs}>${head}<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews><${p}sheets>${sheetEntries.join('')}</${p}sheets>${names}<${p}calcPr calcId="124519" fullCalcOnLoad="1"/></${p}workbook>`;
  b.parts['xl/_rels/workbook.xml.rels'] =
    `${decl}<Relationships xmlns="${PR}">${b.workbookRels.join('')}</Relationships>`;
  b.parts['docProps/app.xml'] =
    `${decl}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${writer === 'libreoffice' ? 'LibreOffice/7.4' : 'Microsoft Excel'}</Application></Properties>`;
  b.parts['docProps/core.xml'] =
    `${decl}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Performance team</dc:creator></cp:coreProperties>`;
  b.parts['_rels/.rels'] =
    `${decl}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>${b.packageRels.join('')}</Relationships>`;
  b.parts['[Content_Types].xml'] =
    `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>${[...new Set(b.types)].join('')}</Types>`;
  // [Content_Types].xml first, as every writer puts it.
  const { '[Content_Types].xml': types, ...rest } = b.parts;
  return zipParts({ '[Content_Types].xml': types!, ...rest });
}
