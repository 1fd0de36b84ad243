/**
 * Text from the analyst's file (headers, values, sheet, table and file
 * names) is quoted in messages shown in a terminal and in the pane. Some
 * characters in it would act rather than show: a terminal escape (ESC [2J
 * clears the screen), other C0/C1 control characters, and the bidirectional
 * controls that reorder the rest of a message line. `printable` replaces each
 * by a visible mark, so the message says exactly what the cell holds and
 * nothing in the cell can change how the message reads.
 */

const TAB = 0x09;
const LF = 0x0a;
const ESC = 0x1b;

/** Bidirectional formatting controls: the Arabic letter mark, LRM/RLM, embeddings and overrides, isolates. */
function isBidiControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** C0 controls, DEL and C1 controls (NEL included). */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** "<ESC>" for the escape character, "<U+202E>" for any other acting character. */
function visibleMark(code: number): string {
  return code === ESC ? "<ESC>" : `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

function replaceActing(text: string, keepLines: boolean): string {
  let out = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code === TAB) out += " ";
    else if (keepLines && code === LF) out += character;
    else if (isControl(code) || isBidiControl(code)) out += visibleMark(code);
    else out += character;
  }
  return out;
}

/**
 * Cell text made safe to echo in one message line: a tab or a line break
 * (CR LF, LF, CR, U+2028, U+2029) becomes a space, as header recognition
 * reads it, and every other control or bidi character becomes a visible mark
 * such as `<ESC>` or `<U+202E>`. Letters, accents, CJK and emoji are kept.
 * Applying it twice changes nothing.
 */
export function printable(text: string): string {
  return replaceActing(text.replace(/\r\n|[\n\r\u2028\u2029]/g, " "), false);
}

/**
 * As `printable`, but the line feeds of a message of several lines are kept:
 * the terminal writer's last line of defence, which must not join the
 * command's own lines. A CR is shown as a mark: it would let the rest of a
 * line overwrite its beginning.
 */
export function printableKeepingLines(text: string): string {
  return replaceActing(text, true);
}
