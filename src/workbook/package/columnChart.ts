/**
 * The parts of one clustered column chart placed on a worksheet, for the
 * package writer that patches the analyst's .xlsx (issue 9): a drawing part
 * (where the chart sits), its relationships and a chart part (what it shows).
 * Pure strings in, strings out, so the same code runs in Node and in the
 * browser-mode Web Worker.
 *
 * Excel refuses ("We found a problem with some content…") a chart whose
 * elements are out of schema order, so every element below is written in the
 * xsd:sequence order of ECMA-376 Part 1 (5th ed.), schemas dml-chart.xsd and
 * dml-spreadsheetDrawing.xsd:
 * - CT_ChartSpace: date1904, lang, roundedCorners, style, clrMapOvr, pivotSource,
 *   protection, chart, spPr, txPr, externalData, printSettings, userShapes, extLst
 * - CT_Chart: title, autoTitleDeleted, pivotFmts, view3D, floor, sideWall, backWall,
 *   plotArea, legend, plotVisOnly, dispBlanksAs, showDLblsOverMax, extLst
 * - CT_Title: tx, layout, overlay, spPr, txPr, extLst
 * - CT_PlotArea: layout, (…Chart)+, (valAx|catAx|dateAx|serAx)*, dTable, spPr, extLst
 * - CT_BarChart: barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap,
 *   serLines*, axId{2}, extLst
 * - CT_BarSer: idx, order, tx, spPr, invertIfNegative, pictureOptions, dPt*, dLbls,
 *   trendline*, errBars, cat, val, shape, extLst
 * - CT_DPt: idx, invertIfNegative, marker, bubble3D, explosion, spPr, pictureOptions, extLst
 * - CT_StrRef / CT_NumRef: f, strCache / numCache, extLst
 * - CT_StrData: ptCount, pt*, extLst; CT_NumData: formatCode, ptCount, pt*, extLst
 * - CT_CatAx: axId, scaling, delete, axPos, majorGridlines, minorGridlines, title,
 *   numFmt, majorTickMark, minorTickMark, tickLblPos, spPr, txPr, crossAx,
 *   crosses|crossesAt, auto, lblAlgn, lblOffset, tickLblSkip, tickMarkSkip, noMultiLvlLbl, extLst
 * - CT_ValAx: axId … crossAx, crosses|crossesAt (as CT_CatAx), crossBetween,
 *   majorUnit, minorUnit, dispUnits, extLst
 * - CT_TwoCellAnchor: from, to, (sp|grpSp|graphicFrame|cxnSp|pic|contentPart), clientData
 * - CT_GraphicalObjectFrame: nvGraphicFramePr, xfrm, a:graphic; CT_Marker: col, colOff, row, rowOff
 */
import { Block, columnLetter, quoteSheet } from "../port";
import { escapeAttribute, escapeText } from "./xmlText";

/** Content type of a drawing part (an Override in [Content_Types].xml). */
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Content type of a chart part (an Override in [Content_Types].xml). */
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Relationship type from a worksheet to its drawing part (the sheet's `<drawing r:id>`). */
export const DRAWING_RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
/** Relationship type from a drawing part to a chart part. */
export const CHART_RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

/** What the chart shows and where it sits. */
export interface ColumnChartSpec {
  /** The sheet holding the data; every block's `sheet` must name it. */
  readonly sheet: string;
  /** One column of labels. */
  readonly categories: Block;
  /** One column of numbers, as tall as `categories`. */
  readonly values: Block;
  /** The single cell naming the series (a header). */
  readonly seriesName?: Block;
  /** The chart title, as plain text. */
  readonly title: string;
  /** The cells the chart covers: from the top-left of the block's first cell to the bottom-right of its last. */
  readonly at: Block;
  /** Values as the cells hold them now, written into the chart so viewers that do not recalculate still draw it. */
  readonly cache?: { readonly categories: readonly string[]; readonly values: readonly number[]; readonly seriesName?: string };
  /** A fill per point, "RRGGBB" (e.g. the four class colours); without it the theme colours the series. */
  readonly pointColours?: readonly string[];
}

/** The three parts to add to the package; the drawing names its chart as "rId1". */
export interface ColumnChartParts {
  readonly drawingXml: string;
  readonly chartXml: string;
  readonly drawingRels: string;
}

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CHART_REL_ID = "rId1";
// Any two distinct unsigned ids do: they only tie the bar chart to its axes within this part.
const CAT_AX_ID = 500000001;
const VAL_AX_ID = 500000002;

/**
 * The drawing, chart and drawing-relationship parts of one clustered column
 * chart. `names.chartTarget` is the chart part's path relative to the drawing
 * part (e.g. "../charts/chart3.xml"). Throws on blocks that cannot make the
 * chart (a caller's mistake, not the analyst's data).
 */
export function columnChartParts(spec: ColumnChartSpec, names: { readonly chartTarget: string }): ColumnChartParts {
  check(spec);
  return {
    drawingXml: drawingXml(spec),
    chartXml: chartXml(spec),
    drawingRels:
      `${DECLARATION}<Relationships xmlns="${NS.rels}">` +
      `<Relationship Id="${CHART_REL_ID}" Type="${CHART_RELATIONSHIP_TYPE}" Target="${escapedAttribute(names.chartTarget)}"/>` +
      `</Relationships>`,
  };
}

function check(spec: ColumnChartSpec): void {
  const blocks: [string, Block | undefined][] = [["categories", spec.categories], ["values", spec.values], ["seriesName", spec.seriesName]];
  for (const [name, block] of blocks) {
    if (!block) continue;
    if (block.sheet !== spec.sheet) throw new Error(`chart ${name} block is on "${block.sheet}", not on "${spec.sheet}"`);
    if (block.columns !== 1 || block.rows < 1) throw new Error(`chart ${name} must be one column of cells`);
  }
  if (spec.values.rows !== spec.categories.rows) throw new Error("chart values and categories differ in length");
  if (spec.seriesName && spec.seriesName.rows !== 1) throw new Error("chart seriesName must be one cell");
  if (spec.at.rows < 1 || spec.at.columns < 1) throw new Error("chart anchor block is empty");
  const { cache } = spec;
  if (cache && (cache.categories.length !== spec.categories.rows || cache.values.length !== spec.values.rows)) {
    throw new Error("chart cache differs in length from its blocks");
  }
  const colours = spec.pointColours ?? [];
  if (colours.length > spec.categories.rows) throw new Error("chart has more point colours than points");
  for (const colour of colours) {
    if (!/^[0-9A-Fa-f]{6}$/.test(colour)) throw new Error(`chart point colour "${colour}" is not RRGGBB`);
  }
}

function drawingXml(spec: ColumnChartSpec): string {
  const { at } = spec;
  // Markers are 0-based; the end marker is the top-left of the cell after the block, so the block is covered exactly.
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `${DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor>` +
    marker("from", at.column - 1, at.row - 1) +
    marker("to", at.column - 1 + at.columns, at.row - 1 + at.rows) +
    `<xdr:graphicFrame macro="">` +
    // descr is the alt text screen readers announce for the chart.
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1" descr="${escapedAttribute(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    // The schema requires xfrm; with a two-cell anchor the markers, not these zeros, give the size.
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${CHART_REL_ID}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame>` +
    `<xdr:clientData/>` +
    `</xdr:twoCellAnchor>` +
    `</xdr:wsDr>`
  );
}

function chartXml(spec: ColumnChartSpec): string {
  return (
    `${DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    // The element's default is true: without it the chart's frame gets rounded corners.
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    title(spec.title) +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
    // One colour for the series unless a dPt says otherwise; varyColors would give each bar a theme colour.
    `<c:varyColors val="0"/>` +
    series(spec) +
    `<c:gapWidth val="150"/><c:axId val="${CAT_AX_ID}"/><c:axId val="${VAL_AX_ID}"/>` +
    `</c:barChart>` +
    axis("catAx", CAT_AX_ID, VAL_AX_ID, "b", "", `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>`) +
    axis("valAx", VAL_AX_ID, CAT_AX_ID, "l", `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>`, `<c:crossBetween val="between"/>`) +
    `</c:plotArea>` +
    // No legend: with one series it would only repeat the series name (the office.js adapter hides it too).
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr b="1"/><a:t>${escaped(text)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function series(spec: ColumnChartSpec): string {
  const { cache } = spec;
  const name = spec.seriesName
    ? `<c:tx><c:strRef><c:f>${escaped(reference(spec.sheet, spec.seriesName))}</c:f>` +
      (cache?.seriesName !== undefined ? strCache([cache.seriesName]) : "") +
      `</c:strRef></c:tx>`
    : cache?.seriesName !== undefined
      ? `<c:tx><c:v>${escaped(cache.seriesName)}</c:v></c:tx>`
      : "";
  const points = (spec.pointColours ?? [])
    .map((colour, idx) => `<c:dPt><c:idx val="${idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(colour)}</c:dPt>`)
    .join("");
  return (
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    name +
    // The element's default is true, which draws a negative bar white instead of in its colour.
    `<c:invertIfNegative val="0"/>` +
    points +
    `<c:cat><c:strRef><c:f>${escaped(reference(spec.sheet, spec.categories))}</c:f>${cache ? strCache(cache.categories) : ""}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escaped(reference(spec.sheet, spec.values))}</c:f>${cache ? numCache(cache.values) : ""}</c:numRef></c:val>` +
    `</c:ser>`
  );
}

function fill(colour: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour.toUpperCase()}"/></a:solidFill></c:spPr>`;
}

function strCache(texts: readonly string[]): string {
  const points = texts.map((text, idx) => `<c:pt idx="${idx}"><c:v>${escaped(text)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  // A point that is not a finite number is left out: the chart shows a gap, as for a blank cell.
  const points = values.map((value, idx) => (Number.isFinite(value) ? `<c:pt idx="${idx}"><c:v>${value}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function axis(tag: "catAx" | "valAx", id: number, crosses: number, position: "b" | "l", beforeTicks: string, tail: string): string {
  return (
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    // Written out: Excel hides an axis whose delete element is missing (why openpyxl 3.1 charts lost their axes).
    `<c:delete val="0"/><c:axPos val="${position}"/>` +
    beforeTicks +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${crosses}"/><c:crosses val="autoZero"/>` +
    tail +
    `</c:${tag}>`
  );
}

/** "Samenvatting!$A$2:$A$5", "'My sheet'!$B$1": an absolute, sheet-qualified reference as a chart's `c:f` holds it. */
export function reference(sheet: string, block: Block): string {
  const cell = (column: number, row: number) => `$${columnLetter(column)}$${row}`;
  const start = cell(block.column, block.row);
  const end = cell(block.column + block.columns - 1, block.row + block.rows - 1);
  return `${chartSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

// quoteSheet leaves a name such as "A1", "R2C3" or "TRUE" bare, where a formula
// would read it as a cell or a value; Excel quotes those, so the chart does too.
function chartSheetName(sheet: string): string {
  const quoted = quoteSheet(sheet);
  const ambiguous = /^[A-Za-z]{1,3}[0-9]+$|^[Rr][0-9]*([Cc][0-9]*)?$|^[Cc][0-9]*$|^(TRUE|FALSE)$/i.test(sheet);
  return quoted === sheet && ambiguous ? `'${sheet}'` : quoted;
}

/**
 * Drops the characters XML 1.0 cannot hold (C0 controls but tab, line feed and
 * carriage return; lone surrogates; U+FFFE/FFFF), which cell text can carry: no
 * escape makes them legal here (the `_xHHHH_` escape is for cell strings, and
 * DrawingML's a:t would show it as typed).
 */
function xmlChars(text: string): string {
  let kept = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    // Iterating by code point, a surrogate seen alone was not part of a pair.
    if (!control && code !== 0xfffe && code !== 0xffff && !(code >= 0xd800 && code <= 0xdfff)) kept += ch;
  }
  return kept;
}

const escaped = (value: string): string => escapeText(xmlChars(value));
const escapedAttribute = (value: string): string => escapeAttribute(xmlChars(value));
