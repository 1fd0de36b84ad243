import { useEffect, useRef, useState } from "react";
import type { BrowserHost, BrowserView } from "./BrowserHost";
import type { PreviewRow } from "./worker/workerProtocol";

/** Rows fetched from the worker per request. */
export const PREVIEW_PAGE = 200;
/** Pages kept at once: enough for fast scrolling back and forth, bounded for 50,000-row inventories. */
const KEPT_PAGES = 30;

/**
 * The inventory rows the preview needs for the rows in view (`first` to
 * `last`, 0-based among the data rows), fetched from the worker a page at a
 * time and kept in a bounded cache. A new mapping or evaluation starts afresh.
 * Returns the rows by their index, and a failure to show if a fetch failed.
 */
export function usePreviewRows(
  host: BrowserHost,
  view: BrowserView,
  first: number,
  last: number,
): { rowAt: (index: number) => PreviewRow | undefined; failure?: Error } {
  const [pages, setPages] = useState<ReadonlyMap<number, readonly PreviewRow[]>>(new Map());
  const [failure, setFailure] = useState<Error>();
  const requested = useRef(new Set<number>());
  const { mapping, evaluation } = view;

  useEffect(() => {
    requested.current = new Set();
    setPages(new Map());
    setFailure(undefined);
  }, [mapping, evaluation]);

  useEffect(() => {
    if (!mapping) return;
    const total = mapping.lastRow - mapping.firstRow + 1;
    const wanted: number[] = [];
    for (let page = Math.floor(first / PREVIEW_PAGE); page <= Math.floor(Math.min(last, total - 1) / PREVIEW_PAGE); page++) {
      if (!requested.current.has(page)) wanted.push(page);
    }
    const asked = requested.current;
    for (const page of wanted) {
      asked.add(page);
      host
        .previewRows({
          sheet: mapping.sheet,
          first: mapping.firstRow + page * PREVIEW_PAGE,
          count: Math.min(PREVIEW_PAGE, total - page * PREVIEW_PAGE),
          columns: mapping.lastColumn,
          resultColumn: evaluation?.column,
        })
        .then(
          (rows) => {
            if (requested.current !== asked) return;
            setPages((current) => keepNear(new Map(current).set(page, rows), page, asked));
          },
          (error: unknown) => {
            if (requested.current !== asked) return;
            asked.delete(page);
            setFailure(error instanceof Error ? error : new Error(String(error)));
          },
        );
    }
  }, [host, mapping, evaluation, first, last]);

  return { rowAt: (index) => pages.get(Math.floor(index / PREVIEW_PAGE))?.[index % PREVIEW_PAGE], failure };
}

/** Drops the pages farthest from `page` beyond KEPT_PAGES (they are fetched again when scrolled back to). */
function keepNear(pages: Map<number, readonly PreviewRow[]>, page: number, asked: Set<number>): Map<number, readonly PreviewRow[]> {
  if (pages.size <= KEPT_PAGES) return pages;
  const far = [...pages.keys()].sort((a, b) => Math.abs(b - page) - Math.abs(a - page));
  for (const drop of far.slice(0, pages.size - KEPT_PAGES)) {
    pages.delete(drop);
    asked.delete(drop);
  }
  return pages;
}
