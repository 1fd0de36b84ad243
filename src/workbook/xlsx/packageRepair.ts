import JSZip from "jszip";

/**
 * Makes an .xlsx package written by another tool readable by ExcelJS 4.4
 * without changing what it holds. openpyxl/pandas write relationship targets
 * as absolute part names ("/xl/tables/table1.xml") and keep comments in
 * xl/comments/commentN.xml; ExcelJS only resolves relative targets and its
 * own comment part names, and crashes otherwise (exceljs issues #1468,
 * #2797). This rewrites targets to relative form, renames comment parts to
 * ExcelJS's names, and wraps bare comment text in a run (ExcelJS drops it
 * otherwise). Returns the bytes unchanged when nothing needed repair. Plain
 * byte arrays in and out, so it runs in Node and in the browser's worker.
 */
export async function repairPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const renamed = commentPartNames(parts);
  let changed = renamed.size > 0;

  for (const relsName of parts.filter((name) => name.endsWith(".rels"))) {
    const owner = folderOf(folderOf(relsName)); // xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets
    const xml = await zip.file(relsName)!.async("string");
    const fixed = xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
      if (/TargetMode="External"/.test(tag)) return tag;
      return tag.replace(/\bTarget="([^"]+)"/, (attr, target: string) => {
        let part = target.startsWith("/") ? target.slice(1) : joinPath(owner, target);
        part = renamed.get(part) ?? part;
        const relative = relativePath(owner, part);
        return relative === target ? attr : `Target="${relative}"`;
      });
    });
    if (fixed !== xml) {
      zip.file(relsName, fixed);
      changed = true;
    }
  }
  if (!changed) return bytes;

  for (const [from, to] of renamed) {
    const content = await zip.file(from)!.async("uint8array");
    zip.remove(from);
    zip.file(to, content);
  }
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/comments\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    const wrapped = xml.replace(/<text>(<t(?: [^>]*)?>[\s\S]*?<\/t>)<\/text>/g, "<text><r>$1</r></text>");
    if (wrapped !== xml) zip.file(name, wrapped);
  }
  let types = await zip.file("[Content_Types].xml")!.async("string");
  for (const [from, to] of renamed) types = types.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Comment and comment-drawing parts that do not carry ExcelJS's names → the names it reads. */
function commentPartNames(parts: readonly string[]): Map<string, string> {
  const renamed = new Map<string, string>();
  const taken = new Set(parts);
  const free = (make: (k: number) => string): string => {
    let k = 1;
    while (taken.has(make(k))) k++;
    taken.add(make(k));
    return make(k);
  };
  for (const part of parts) {
    if (/^xl\/.+\.xml$/.test(part) && /^comment/i.test(baseName(part)) && !/^xl\/comments\d+\.xml$/.test(part)) {
      renamed.set(part, free((k) => `xl/comments${k}.xml`));
    } else if (/^xl\/.+\.vml$/.test(part) && !/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(part)) {
      renamed.set(part, free((k) => `xl/drawings/vmlDrawing${k}.vml`));
    }
  }
  return renamed;
}

const folderOf = (path: string): string => path.split("/").slice(0, -1).join("/");
const baseName = (path: string): string => path.split("/").pop() ?? path;

/** Resolves a relative target against a folder ("xl/worksheets" + "../tables/t.xml" → "xl/tables/t.xml"). */
function joinPath(folder: string, target: string): string {
  const segments = folder === "" ? [] : folder.split("/");
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relative target from a folder to a part ("xl/worksheets", "xl/tables/t.xml" → "../tables/t.xml"). */
function relativePath(folder: string, part: string): string {
  const from = folder === "" ? [] : folder.split("/");
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
