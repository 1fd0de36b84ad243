import { type Language, printable } from "../domain";
import { Stop } from "../usecases/stop";
import { COMMON_TEXT } from "./text/commonText";

/** A failure as the pane shows it: a Stop's own message, a cancelled run as a warning, anything else as unexpected. */
export interface PaneMessage {
  readonly intent: "error" | "warning";
  readonly text: string;
}

/**
 * A Stop thrown in a worker reaches the page as a plain object or Error named
 * "Stop" with its code, not as an instance of this realm's class.
 */
function stopOf(failure: unknown): { code: string; message: string } | undefined {
  if (failure instanceof Stop) return failure;
  if (typeof failure !== "object" || failure === null) return undefined;
  const { name, code, message } = failure as { name?: unknown; code?: unknown; message?: unknown };
  return name === "Stop" && typeof code === "string" && typeof message === "string" ? { code, message } : undefined;
}

/**
 * How a rejected host call is shown, in `language`. The text is made
 * printable: React shows it as text, but a bidi control from a cell would
 * still reorder the message line, so no such character reaches the bar.
 */
export function paneMessage(failure: unknown, language: Language): PaneMessage {
  const stop = stopOf(failure);
  if (stop) return { intent: stop.code === "cancelled" ? "warning" : "error", text: printable(stop.message) };
  const reason = failure instanceof Error ? failure.message : String(failure);
  return { intent: "error", text: printable(COMMON_TEXT[language].unexpected(reason)) };
}
