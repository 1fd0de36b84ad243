import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** A sentence: three words of two or more letters in a row, in any script ("is not accepted", "geen kolom gevonden"). */
const SENTENCE = /\p{L}{2,}[ \u00a0]+\p{L}{2,}[ \u00a0]+\p{L}{2,}/u;

/**
 * Text that is not said to the analyst, so it may stay outside the catalogue:
 * the message of an `Error` is a defect's report (a broken invariant, shown
 * as "unexpected problem, please report it"), and a `PackageRefusal`'s detail
 * is a technical fact (a part's name, an XML position) that the catalogue's
 * sentence quotes, as it quotes a system's own error message.
 */
const NOT_SAID = new Set(["Error", "TypeError", "RangeError", "PackageRefusal", "refusal"]);

export interface Sentence {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** `Error` in `new Error(…)`, `refusal` in `this.refusal(…)`. */
function calleeName(callee: ts.Expression): string {
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
}

function insideNotSaid(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isNewExpression(at) || ts.isCallExpression(at)) && NOT_SAID.has(calleeName(at.expression))) return true;
    if (ts.isFunctionLike(at) || ts.isClassLike(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

/** The sentences and JSX words a source text builds itself, outside an `Error`. */
export function sentencesIn(file: string, source: string): Sentence[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Sentence[] = [];
  const say = (node: ts.Node, text: string): void => {
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 120) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      // In JSX any word is said: the pane's words come from the catalogue, whatever their length.
      if (/\p{L}/u.test(node.text)) say(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const module = ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isExternalModuleReference(node.parent);
      if (!module && SENTENCE.test(node.text) && !insideNotSaid(node)) say(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
      if (SENTENCE.test(text) && !insideNotSaid(node)) say(node, node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every sentence built in `src/` outside the folders that may hold words. */
export function sentencesOutside(root: string, wordRooms: readonly string[]): Sentence[] {
  return sourceFiles(join(root, "src"))
    .map((path) => path.slice(root.length + 1))
    .filter((file) => !wordRooms.some((room) => file.startsWith(room)))
    .flatMap((file) => sentencesIn(file, readFileSync(join(root, file), "utf8")));
}
