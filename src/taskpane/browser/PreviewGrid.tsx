import { MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import { type CSSProperties, type UIEvent, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Language } from "../../domain";
import { ERROR_COLOUR, LEVEL_COLOURS, STRIP } from "../../usecases/resultColumns";
import type { BrowserHost } from "./BrowserHost";
import { BROWSER_TEXT } from "./browserText";
import { type PreviewColumn, gridTemplate, previewColumns } from "./previewColumns";
import { PREVIEW_ROW_HEIGHT, usePreviewGridStyles } from "./usePreviewGridStyles.styles";
import { usePreviewRows } from "./usePreviewRows";
import type { PreviewRow } from "./worker/workerProtocol";

/** Rows drawn above and below the visible ones, so a short scroll shows no gap. */
const OVERSCAN = 10;
const VIEW_HEIGHT = 420;

export interface PreviewGridProps {
  readonly host: BrowserHost;
  readonly language: Language;
}

/**
 * The inventory held in the page, with its result columns and the
 * 20-descriptor strip lit in the level's colour. Virtualised: only the rows
 * in view are rendered and fetched from the worker (a page at a time), so an
 * inventory of 50,000 rows scrolls as freely as one of 50. Clicking a row
 * makes it the pane's selected post. Cell texts are rendered as text.
 */
export function PreviewGrid({ host, language }: PreviewGridProps) {
  const styles = usePreviewGridStyles();
  const say = BROWSER_TEXT[language];
  const view = useSyncExternalStore(host.subscribe, host.snapshot);
  const { mapping, evaluation, selectedRow } = view;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const total = mapping ? Math.max(0, mapping.lastRow - mapping.firstRow + 1) : 0;
  const first = Math.max(0, Math.floor(scrollTop / PREVIEW_ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((scrollTop + VIEW_HEIGHT) / PREVIEW_ROW_HEIGHT) + OVERSCAN);
  const { rowAt, failure: fetchFailure } = usePreviewRows(host, view, first, last);
  const [selectFailure, setSelectFailure] = useState<Error>();
  const failure = fetchFailure ?? selectFailure;
  const columns = useMemo(
    () => (mapping ? previewColumns(mapping, evaluation !== undefined, language, say.row) : []),
    [mapping, evaluation, language, say.row],
  );

  useEffect(() => {
    if (!mapping || selectedRow === undefined || !scroller.current) return;
    const top = (selectedRow - mapping.firstRow) * PREVIEW_ROW_HEIGHT;
    const element = scroller.current;
    if (top < element.scrollTop || top > element.scrollTop + VIEW_HEIGHT - 2 * PREVIEW_ROW_HEIGHT) element.scrollTop = Math.max(0, top - VIEW_HEIGHT / 2);
  }, [mapping, selectedRow]);

  if (!mapping) return <Text className={styles.note}>{say.previewEmpty}</Text>;
  const template = gridTemplate(columns);
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const indices = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

  return (
    <div className={styles.panel}>
      <Text className={styles.note}>{say.previewRows(total)}</Text>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure.message}</MessageBarBody>
        </MessageBar>
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        role="grid"
        aria-label={say.previewLabel(mapping.sheet)}
        aria-rowcount={total + 1}
        aria-colcount={columns.length}
        tabIndex={0}
        onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div className={styles.header} role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, width }}>
          {columns.map((column, c) => (
            <div
              key={c}
              role="columnheader"
              title={column.header}
              className={mergeClasses(styles.cell, column.kind === "strip" && styles.stripHeader, column.kind === "strip" && STRIP[column.index].level === 1 && styles.stripGroup)}
            >
              {column.kind === "strip" ? <StripHeader column={column} /> : column.header}
            </div>
          ))}
        </div>
        <div className={styles.body} style={{ height: total * PREVIEW_ROW_HEIGHT, width }}>
          {indices.map((index) => (
            <PreviewLine
              key={index}
              index={index}
              row={rowAt(index)}
              excelRow={mapping.firstRow + index}
              columns={columns}
              template={template}
              width={width}
              selected={selectedRow === mapping.firstRow + index}
              onSelect={() => {
                setSelectFailure(undefined);
                host.selectRow(mapping.firstRow + index).catch((error: unknown) => setSelectFailure(error instanceof Error ? error : new Error(String(error))));
              }}
              loading={say.loadingRows}
              meets={say.meets}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

/** A strip column's level digit; the first level of each criterion also names the criterion over its four cells. */
function StripHeader({ column }: { column: Extract<PreviewColumn, { kind: "strip" }> }) {
  const styles = usePreviewGridStyles();
  const { level } = STRIP[column.index];
  return (
    <>
      {level === 1 && (
        <span className={styles.stripLabel} aria-hidden>
          {column.header.replace(/\s*A\d$/, "")}
        </span>
      )}
      {level}
    </>
  );
}

interface PreviewLineProps {
  readonly index: number;
  readonly row: PreviewRow | undefined;
  readonly excelRow: number;
  readonly columns: readonly PreviewColumn[];
  readonly template: string;
  readonly width: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly loading: string;
  readonly meets: string;
}

function PreviewLine({ index, row, excelRow, columns, template, width, selected, onSelect, loading, meets }: PreviewLineProps) {
  const styles = usePreviewGridStyles();
  const style: CSSProperties = { top: index * PREVIEW_ROW_HEIGHT, height: PREVIEW_ROW_HEIGHT, gridTemplateColumns: template, width };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-busy={row === undefined}
      data-row={excelRow}
      className={mergeClasses(styles.row, selected && styles.selected)}
      style={style}
      onClick={onSelect}
    >
      {columns.map((column, c) => (
        <PreviewCell key={c} column={column} row={row} excelRow={excelRow} loading={loading} meets={meets} />
      ))}
    </div>
  );
}

function PreviewCell({ column, row, excelRow, loading, meets }: { column: PreviewColumn; row: PreviewRow | undefined; excelRow: number; loading: string; meets: string }) {
  const styles = usePreviewGridStyles();
  if (column.kind === "row") {
    return <div role="rowheader" className={mergeClasses(styles.cell, styles.rowNumber)}>{excelRow}</div>;
  }
  if (!row) return <div role="gridcell" className={styles.cell} aria-label={loading} />;
  if (column.kind === "input") return <div role="gridcell" className={styles.cell} title={row.cells[column.index]}>{row.cells[column.index]}</div>;
  const results = row.results;
  if (column.kind === "strip") {
    const lit = results?.lit[column.index] ?? false;
    const { level } = STRIP[column.index];
    return (
      <div
        role="gridcell"
        className={mergeClasses(styles.cell, styles.stripCell, level === 1 && styles.stripGroup)}
        aria-label={lit ? `${column.header}: ${meets}` : column.header}
        data-lit={lit}
        style={lit ? { backgroundColor: `#${LEVEL_COLOURS[level]}` } : undefined}
      />
    );
  }
  const text = results?.fields[column.field] ?? "";
  if (column.field !== 0) return <div role="gridcell" className={styles.cell} title={text}>{text}</div>;
  const level = results?.level;
  const fill = level === 0 ? ERROR_COLOUR : level ? LEVEL_COLOURS[level] : undefined;
  return (
    <div role="gridcell" className={mergeClasses(styles.cell, styles.classCell)} style={fill ? { backgroundColor: `#${fill}` } : undefined}>
      {text}
    </div>
  );
}
