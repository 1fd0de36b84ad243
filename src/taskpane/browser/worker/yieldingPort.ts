import type { WorkbookPort } from "../../../workbook/port";

/** How long the worker may compute before it lets waiting messages (a Cancel) in. */
const SLICE_MS = 25;

/**
 * The port with a pause for the worker's event loop before a call, at most
 * every SLICE_MS. ExcelJS works in memory, so a whole run would otherwise be
 * one chain of resolved promises during which no message is delivered: the
 * page's Cancel would only arrive after the run had finished.
 */
export function yieldingPort(port: WorkbookPort): WorkbookPort {
  let sliceStart = Date.now();
  const pause = async (): Promise<void> => {
    if (Date.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    sliceStart = Date.now();
  };
  return new Proxy(port, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== "function") return member;
      return async (...args: unknown[]) => {
        await pause();
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
