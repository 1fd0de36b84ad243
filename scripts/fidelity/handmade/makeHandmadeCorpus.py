# Writes the hand-made OOXML part of the fidelity corpus (issue 9): small post inventories
# holding the features Excel writes and openpyxl cannot (pivot caches, chart sheets, external
# links, threaded comments, sensitivity labels, sparklines, x14 extensions, dynamic arrays,
# .xlsm, cells without r attributes, the x: prefix ...), written part by part from string
# templates as Excel 365 lays them out.
#
# Deterministic: standard library only, fixed zip dates, fixed GUIDs (uuid5 of a name),
# entries in the order Excel writes them. Running it twice gives the same bytes.
#
# usage: /usr/bin/python3 scripts/fidelity/handmade/makeHandmadeCorpus.py [out folder]
#        (default: test/fixtures/fidelity/handmade next to this repository's scripts/)
import base64
import datetime
import hashlib
import json
import os
import re
import sys
import uuid
import zipfile
from xml.sax.saxutils import escape as _escape

GENERATOR = "scripts/fidelity/handmade/makeHandmadeCorpus.py"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # what Excel writes in every entry
GUID_NAMESPACE = uuid.UUID("6f1c2a1e-5b8e-4c0a-9a3e-2f4d7c9b1a00")

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
NS_XM = "http://schemas.microsoft.com/office/excel/2006/main"
NS_XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
NS_XR2 = "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"
NS_XR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"
NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_TC = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
REL = {
    "officeDocument": R + "officeDocument",
    "core": "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
    "app": R + "extended-properties",
    "custom": R + "custom-properties",
    "label": "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
    "worksheet": R + "worksheet",
    "chartsheet": R + "chartsheet",
    "theme": R + "theme",
    "styles": R + "styles",
    "sharedStrings": R + "sharedStrings",
    "calcChain": R + "calcChain",
    "externalLink": R + "externalLink",
    "externalLinkPath": R + "externalLinkPath",
    "pivotCacheDefinition": R + "pivotCacheDefinition",
    "pivotCacheRecords": R + "pivotCacheRecords",
    "pivotTable": R + "pivotTable",
    "drawing": R + "drawing",
    "chart": R + "chart",
    "comments": R + "comments",
    "vmlDrawing": R + "vmlDrawing",
    "hyperlink": R + "hyperlink",
    "table": R + "table",
    "sheetMetadata": R + "sheetMetadata",
    "threadedComment": "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
    "person": "http://schemas.microsoft.com/office/2017/10/relationships/person",
    "vbaProject": "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
}
CT = "application/vnd.openxmlformats-officedocument."
CONTENT_TYPE = {
    "workbook": CT + "spreadsheetml.sheet.main+xml",
    "workbookMacro": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "worksheet": CT + "spreadsheetml.worksheet+xml",
    "chartsheet": CT + "spreadsheetml.chartsheet+xml",
    "theme": CT + "theme+xml",
    "styles": CT + "spreadsheetml.styles+xml",
    "sharedStrings": CT + "spreadsheetml.sharedStrings+xml",
    "calcChain": CT + "spreadsheetml.calcChain+xml",
    "externalLink": CT + "spreadsheetml.externalLink+xml",
    "pivotCacheDefinition": CT + "spreadsheetml.pivotCacheDefinition+xml",
    "pivotCacheRecords": CT + "spreadsheetml.pivotCacheRecords+xml",
    "pivotTable": CT + "spreadsheetml.pivotTable+xml",
    "drawing": CT + "drawing+xml",
    "chart": CT + "drawingml.chart+xml",
    "comments": CT + "spreadsheetml.comments+xml",
    "table": CT + "spreadsheetml.table+xml",
    "sheetMetadata": CT + "spreadsheetml.sheetMetadata+xml",
    "threadedComment": "application/vnd.ms-excel.threadedcomments+xml",
    "person": "application/vnd.ms-excel.person+xml",
    "core": "application/vnd.openxmlformats-package.core-properties+xml",
    "app": CT + "extended-properties+xml",
    "custom": CT + "custom-properties+xml",
    "label": "application/vnd.ms-office.classificationlabels+xml",
}
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def esc(text):
    return _escape(str(text), {'"': "&quot;"})


def guid(*name):
    """A fixed GUID for a name, braced and upper case as Excel writes them."""
    return "{" + str(uuid.uuid5(GUID_NAMESPACE, "/".join(str(n) for n in name))).upper() + "}"


def col_letter(col):
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def ref(row, col, absolute=False):
    if absolute:
        return f"${col_letter(col)}${row}"
    return f"{col_letter(col)}{row}"


def area(r1, c1, r2, c2, absolute=False):
    return f"{ref(r1, c1, absolute)}:{ref(r2, c2, absolute)}"


def quote_sheet(name):
    return f"'{name}'" if re.search(r"[^A-Za-z0-9_.]", name) else name


# ----------------------------------------------------------------------------------------------
# Cell values


class Err(str):
    """An error value (#N/A, #DIV/0!), written with t="e"."""


class Rich:
    """A shared string made of runs: [(props xml or None, text)], perhaps with phonetic runs."""

    def __init__(self, runs, phonetic=None):
        self.runs = runs
        self.phonetic = phonetic or []  # [(sb, eb, text)]

    def plain(self):
        return "".join(text for _, text in self.runs)

    def xml(self):
        parts = []
        for props, text in self.runs:
            space = ' xml:space="preserve"' if text != text.strip() else ""
            if props is None and len(self.runs) == 1:
                parts.append(f"<t{space}>{esc(text)}</t>")
            else:
                rpr = f"<rPr>{props}</rPr>" if props else ""
                parts.append(f"<r>{rpr}<t{space}>{esc(text)}</t></r>")
        for sb, eb, text in self.phonetic:
            parts.append(f'<rPh sb="{sb}" eb="{eb}"><t>{esc(text)}</t></rPh>')
        if self.phonetic:
            parts.append('<phoneticPr fontId="1" type="noConversion"/>')
        return "".join(parts)

    def key(self):
        return ("rich", self.xml())


class Formula:
    """A formula with its cached result. kind: None, 'shared' (master when text is given), 'array'."""

    def __init__(self, text, cached, kind=None, ref=None, si=None, cm=None):
        self.text, self.cached, self.kind, self.ref, self.si, self.cm = text, cached, kind, ref, si, cm


class Cell:
    def __init__(self, value=None, style=0, formula=None, spill_child=False):
        self.value, self.style, self.formula, self.spill_child = value, style, formula, spill_child


def num(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


class SharedStrings:
    def __init__(self):
        self.items, self.index, self.count = [], {}, 0

    def add(self, value):
        key = value.key() if isinstance(value, Rich) else ("plain", value)
        self.count += 1
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(value)
        return self.index[key]

    def xml(self):
        out = [DECL, f'<sst xmlns="{NS_MAIN}" count="{self.count}" uniqueCount="{len(self.items)}">']
        for item in self.items:
            if isinstance(item, Rich):
                out.append(f"<si>{item.xml()}</si>")
            else:
                space = ' xml:space="preserve"' if item != item.strip() else ""
                out.append(f"<si><t{space}>{esc(item)}</t></si>")
        out.append("</sst>")
        return "".join(out)


# ----------------------------------------------------------------------------------------------
# Sheets

# CT_Worksheet children in schema order: the extra elements a feature adds go in their slot.
WORKSHEET_ORDER = [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
    "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
    "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks",
    "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
    "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
    "webPublishItems", "tableParts", "extLst",
]
# Worksheet extLst entries in the order Excel writes them.
EXT_ORDER = [
    "{78C0D931-6437-407d-A8EE-F0AAD7539E65}",  # x14:conditionalFormattings
    "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",  # x14:dataValidations
    "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}",  # x14:sparklineGroups
]


class Rels:
    def __init__(self):
        self.items = []  # (id, type, target, external)

    def add(self, kind, target, external=False):
        rid = f"rId{len(self.items) + 1}"
        self.items.append((rid, REL.get(kind, kind), target, external))
        return rid

    def xml(self):
        out = [DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
        for rid, kind, target, external in self.items:
            mode = ' TargetMode="External"' if external else ""
            out.append(f'<Relationship Id="{rid}" Type="{kind}" Target="{esc(target)}"{mode}/>')
        out.append("</Relationships>")
        return "".join(out)


class Worksheet:
    kind = "worksheet"

    def __init__(self, book, name, state=None):
        self.book, self.name, self.state = book, name, state
        self.cells = {}  # (row, col) -> Cell
        self.row_attrs = {}  # row -> {"hidden": "1", "s": "3", ...}
        self.elements = {}  # element name -> xml (in WORKSHEET_ORDER slots)
        self.ext = {}  # uri -> xml of the <ext> element
        self.rels = Rels()
        self.cols = None
        self.code_name = None
        self.sheet_pr = {}
        self.default_row_height = "14.5"
        self.path = None  # set when the book is written

    # -- content
    def put(self, row, col, value=None, style=0):
        cell = value if isinstance(value, Cell) else Cell(value, style)
        self.cells[(row, col)] = cell
        return cell

    def put_row(self, row, values, style=0, first_col=1):
        for offset, value in enumerate(values):
            if value is not None:
                self.put(row, first_col + offset, value, style)

    def used(self):
        rows = [r for r, _ in self.cells] or [1]
        cols = [c for _, c in self.cells] or [1]
        return min(rows), min(cols), max(rows), max(cols)

    def index(self):
        return self.book.sheets.index(self)

    def sheet_id(self):
        return self.index() + 1

    # -- xml
    def xml(self, excel_style=True, omit_refs=False, spans=True):
        r1, c1, r2, c2 = self.used()
        out = [DECL]
        if excel_style:
            out.append(
                f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}" xmlns:mc="{NS_MC}" mc:Ignorable="x14ac xr xr2 xr3" '
                f'xmlns:x14ac="{NS_X14AC}" xmlns:xr="{NS_XR}" xmlns:xr2="{NS_XR2}" xmlns:xr3="{NS_XR3}" '
                f'xr:uid="{guid(self.book.name, "sheet", self.name)}">'
            )
        else:
            out.append(f'<worksheet xmlns:r="{NS_R}" xmlns="{NS_MAIN}">')
        parts = dict(self.elements)
        pr = dict(self.sheet_pr)
        if self.code_name:
            pr = {"codeName": self.code_name, **pr}
        if pr or "sheetPr" in parts:
            inner = parts.get("sheetPr", "")
            attrs = "".join(f' {k}="{v}"' for k, v in pr.items())
            parts["sheetPr"] = f"<sheetPr{attrs}>{inner}</sheetPr>" if inner else f"<sheetPr{attrs}/>"
        dim = ref(r1, c1) if (r1, c1) == (r2, c2) else area(r1, c1, r2, c2)
        parts["dimension"] = f'<dimension ref="{dim}"/>'
        if "sheetViews" not in parts:
            selected = ' tabSelected="1"' if self.index() == 0 else ""
            parts["sheetViews"] = (
                f'<sheetViews><sheetView{selected} workbookViewId="0">'
                f'<selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>'
            )
        descent = ' x14ac:dyDescent="0.35"' if excel_style else ""
        parts["sheetFormatPr"] = f'<sheetFormatPr defaultRowHeight="{self.default_row_height}"{descent}/>'
        if self.cols:
            parts["cols"] = f"<cols>{self.cols}</cols>"
        parts["sheetData"] = self.sheet_data(excel_style, omit_refs, spans)
        parts.setdefault("pageMargins", '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        if self.ext:
            exts = sorted(self.ext.items(), key=lambda kv: EXT_ORDER.index(kv[0]) if kv[0] in EXT_ORDER else 99)
            parts["extLst"] = "<extLst>" + "".join(x for _, x in exts) + "</extLst>"
        for name in WORKSHEET_ORDER:
            if name in parts:
                out.append(parts[name])
        out.append("</worksheet>")
        return "".join(out)

    def sheet_data(self, excel_style, omit_refs, spans):
        rows = {}
        for (r, c), cell in self.cells.items():
            rows.setdefault(r, []).append((c, cell))
        for r in self.row_attrs:
            rows.setdefault(r, [])
        # Excel's spans cover the cells of each block of 16 rows.
        block_span = {}
        for r, cells in rows.items():
            if cells:
                lo, hi = min(c for c, _ in cells), max(c for c, _ in cells)
                block = (r - 1) // 16
                old = block_span.get(block, (lo, hi))
                block_span[block] = (min(old[0], lo), max(old[1], hi))
        out = ["<sheetData>"]
        previous_row = 0
        for r in sorted(rows):
            attrs = []
            if not (omit_refs and r == previous_row + 1):
                attrs.append(f' r="{r}"')
            block = block_span.get((r - 1) // 16)
            if spans and block:
                attrs.append(f' spans="{block[0]}:{block[1]}"')
            extra = self.row_attrs.get(r, {})
            for key in ("s", "customFormat", "ht", "hidden", "customHeight"):
                if key in extra:
                    attrs.append(f' {key}="{extra[key]}"')
            if excel_style:
                attrs.append(' x14ac:dyDescent="0.35"')
            cells = sorted(rows[r], key=lambda item: item[0])
            if not cells:
                out.append(f"<row{''.join(attrs)}/>")
            else:
                out.append(f"<row{''.join(attrs)}>")
                previous_col = 0
                for c, cell in cells:
                    show_ref = not (omit_refs and c == previous_col + 1)
                    out.append(self.cell_xml(r, c, cell, show_ref))
                    previous_col = c
                out.append("</row>")
            previous_row = r
        out.append("</sheetData>")
        return "".join(out)

    def cell_xml(self, r, c, cell, show_ref=True):
        attrs = f' r="{ref(r, c)}"' if show_ref else ""
        if cell.style:
            attrs += f' s="{cell.style}"'
        f = cell.formula
        if f is not None:
            value = f.cached
            if isinstance(value, Err):
                t = "e"
            elif isinstance(value, bool):
                t = "b"
            elif isinstance(value, str):
                t = "str"
            else:
                t = None
            if t:
                attrs += f' t="{t}"'
            if f.cm:
                attrs += f' cm="{f.cm}"'
            if f.kind == "shared" and f.text is None:
                fxml = f'<f t="shared" si="{f.si}"/>'
            elif f.kind == "shared":
                fxml = f'<f t="shared" ref="{f.ref}" si="{f.si}">{esc(f.text)}</f>'
            elif f.kind == "array":
                fxml = f'<f t="array" ref="{f.ref}">{esc(f.text)}</f>'
            else:
                fxml = f"<f>{esc(f.text)}</f>"
            vxml = "" if value is None else f"<v>{esc(value) if t in ('e', 'str') else num(value)}</v>"
            return f"<c{attrs}>{fxml}{vxml}</c>"
        value = cell.value
        if value is None:
            return f"<c{attrs}/>"
        if isinstance(value, Err):
            return f'<c{attrs} t="e"><v>{esc(value)}</v></c>'
        if isinstance(value, bool):
            return f'<c{attrs} t="b"><v>{num(value)}</v></c>'
        if isinstance(value, (str, Rich)):
            if cell.spill_child:
                return f'<c{attrs} t="str"><v>{esc(value)}</v></c>'
            if self.book.inline_strings:
                text = value.plain() if isinstance(value, Rich) else value
                space = ' xml:space="preserve"' if text != text.strip() else ""
                return f'<c{attrs} t="inlineStr"><is><t{space}>{esc(text)}</t></is></c>'
            return f'<c{attrs} t="s"><v>{self.book.sst.add(value)}</v></c>'
        return f"<c{attrs}><v>{num(value)}</v></c>"


class Chartsheet:
    kind = "chartsheet"

    def __init__(self, book, name):
        self.book, self.name, self.state = book, name, None
        self.rels = Rels()
        self.drawing_rid = None
        self.path = None

    def index(self):
        return self.book.sheets.index(self)

    def sheet_id(self):
        return self.index() + 1

    def xml(self, **_):
        return (
            DECL + f'<chartsheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><sheetPr/><sheetViews>'
            f'<sheetView zoomScale="87" workbookViewId="0" zoomToFit="1"/></sheetViews>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            f'<drawing r:id="{self.drawing_rid}"/></chartsheet>'
        )


# ----------------------------------------------------------------------------------------------
# Workbook

LANG_WORDS = {
    "nl": {"worksheets": "Werkbladen", "charts": "Grafieken", "names": "Benoemde bereiken", "normal": "Standaard",
           "good": "Goed", "print_area": "Afdrukbereik"},
    "en": {"worksheets": "Worksheets", "charts": "Charts", "names": "Named Ranges", "normal": "Normal",
           "good": "Good", "print_area": "Print_Area"},
}


class Book:
    def __init__(self, name, lang="nl", macro=False):
        self.name, self.lang, self.macro = name, lang, macro
        self.sheets = []
        self.names = []  # (name, formula, local sheet or None, hidden, comment)
        self.sst = SharedStrings()
        self.inline_strings = False
        self.excel_style = True  # False: as an SDK writes it (no mc/x14ac/xr, no spans)
        self.omit_refs = False
        self.x_prefix = False
        self.date1904 = False
        self.named_styles = False
        self.dxfs = []
        self.protection = None  # workbookProtection attributes
        self.external_links = []  # (file, sheet, cells {ref: value})
        self.pivot_caches = []  # (cacheId, definition path)
        self.custom_props = []  # (name, vt type, value)
        self.label = None  # (label id, site id)
        self.parts = {}  # path -> (content type key or None, data)
        self.wb_rel_parts = []  # (rel kind, target) related from the workbook, after the sheets
        self.counters = {}
        self.calc_chain = True
        self.metadata = False
        self.persons = None
        self.title = None

    def next(self, kind):
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return self.counters[kind]

    def worksheet(self, name, state=None):
        sheet = Worksheet(self, name, state)
        self.sheets.append(sheet)
        return sheet

    def chartsheet(self, name):
        sheet = Chartsheet(self, name)
        self.sheets.append(sheet)
        return sheet

    def name_(self, name, formula, local=None, hidden=False, comment=None):
        self.names.append((name, formula, local, hidden, comment))

    def add_part(self, path, kind, data):
        self.parts[path] = (kind, data)

    # -- writing
    def write(self, path):
        words = LANG_WORDS[self.lang]
        files = {}
        overrides = {}
        wb_rels = Rels()
        self.external_rids, self.pivot_rids = [], []
        n_ws = n_cs = 0
        for sheet in self.sheets:
            if sheet.kind == "worksheet":
                n_ws += 1
                sheet.path = f"xl/worksheets/sheet{n_ws}.xml"
            else:
                n_cs += 1
                sheet.path = f"xl/chartsheets/sheet{n_cs}.xml"
            sheet.rid = wb_rels.add(sheet.kind, sheet.path[3:])
            overrides["/" + sheet.path] = CONTENT_TYPE[sheet.kind]
        for kind, target in self.wb_rel_parts:
            rid = wb_rels.add(kind, target)
            if kind == "externalLink":
                self.external_rids.append(rid)
            if kind == "pivotCacheDefinition":
                self.pivot_rids.append(rid)
        wb_rels.add("theme", "theme/theme1.xml")
        wb_rels.add("styles", "styles.xml")
        overrides["/xl/theme/theme1.xml"] = CONTENT_TYPE["theme"]
        overrides["/xl/styles.xml"] = CONTENT_TYPE["styles"]
        for sheet in self.sheets:  # strings are collected while the sheets are written
            files[sheet.path] = sheet.xml(excel_style=self.excel_style, omit_refs=self.omit_refs, spans=self.excel_style)
            if sheet.rels.items:
                folder, leaf = sheet.path.rsplit("/", 1)
                files[f"{folder}/_rels/{leaf}.rels"] = sheet.rels.xml()
        if not self.inline_strings:
            wb_rels.add("sharedStrings", "sharedStrings.xml")
            overrides["/xl/sharedStrings.xml"] = CONTENT_TYPE["sharedStrings"]
            files["xl/sharedStrings.xml"] = self.sst.xml()
        if self.metadata:
            wb_rels.add("sheetMetadata", "metadata.xml")
        if self.persons:
            wb_rels.add("person", "persons/person.xml")
        chain = self.calc_chain_xml() if self.calc_chain else None
        if chain:
            wb_rels.add("calcChain", "calcChain.xml")
            overrides["/xl/calcChain.xml"] = CONTENT_TYPE["calcChain"]
            files["xl/calcChain.xml"] = chain
        if self.macro:
            wb_rels.add("vbaProject", "vbaProject.bin")
        files["xl/workbook.xml"] = self.workbook_xml()
        files["xl/_rels/workbook.xml.rels"] = wb_rels.xml()
        files["xl/theme/theme1.xml"] = THEME
        files["xl/styles.xml"] = self.styles_xml()
        for part, (kind, data) in self.parts.items():
            files[part] = data
            if kind:
                overrides["/" + part] = CONTENT_TYPE[kind]
        overrides["/xl/workbook.xml"] = CONTENT_TYPE["workbookMacro" if self.macro else "workbook"]
        files["docProps/core.xml"] = self.core_xml()
        files["docProps/app.xml"] = self.app_xml(words)
        overrides["/docProps/core.xml"] = CONTENT_TYPE["core"]
        overrides["/docProps/app.xml"] = CONTENT_TYPE["app"]
        root = Rels()
        root.add("officeDocument", "xl/workbook.xml")
        root.add("core", "docProps/core.xml")
        root.add("app", "docProps/app.xml")
        if self.custom_props:
            root.add("custom", "docProps/custom.xml")
            files["docProps/custom.xml"] = self.custom_xml()
            overrides["/docProps/custom.xml"] = CONTENT_TYPE["custom"]
        if self.label:
            root.add("label", "docMetadata/LabelInfo.xml")
            files["docMetadata/LabelInfo.xml"] = self.label_xml()
            overrides["/docMetadata/LabelInfo.xml"] = CONTENT_TYPE["label"]
        files["_rels/.rels"] = root.xml()
        if self.x_prefix:
            for part in ("xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml") + tuple(
                s.path for s in self.sheets
            ):
                if part in files:
                    files[part] = x_prefixed(files[part])
        defaults = [("bin", "application/vnd.ms-office.vbaProject")] if self.macro else []
        defaults += [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")]
        if any(p.endswith(".vml") for p in files):
            defaults.append(("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"))
        ct = [DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">']
        ct += [f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in defaults]
        ct += [f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in sorted(overrides.items(), key=lambda kv: part_rank(kv[0][1:]))]
        ct.append("</Types>")
        files["[Content_Types].xml"] = "".join(ct)
        with zipfile.ZipFile(path, "w") as archive:
            for part in sorted(files, key=part_rank):
                info = zipfile.ZipInfo(part, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                data = files[part]
                archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)

    def workbook_xml(self):
        out = [DECL]
        if self.excel_style:
            out.append(
                f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}" xmlns:mc="{NS_MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
                f'xmlns:xr="{NS_XR}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
                'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
                f'xmlns:xr2="{NS_XR2}">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28429"/>'
            )
        else:
            out.append(f'<workbook xmlns:r="{NS_R}" xmlns="{NS_MAIN}">')
        pr = []
        if self.date1904:
            pr.append('date1904="1"')
        if self.macro:
            pr.append('codeName="ThisWorkbook"')
        if self.excel_style:
            pr.append('defaultThemeVersion="202300"')
        out.append(f"<workbookPr {' '.join(pr)}/>" if pr else "<workbookPr/>")
        if self.excel_style:
            out.append(
                f'<mc:AlternateContent xmlns:mc="{NS_MC}"><mc:Choice Requires="x15">'
                '<x15ac:absPath url="C:\\Users\\an.peeters\\Documents\\HR\\" '
                'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>'
                f'<xr:revisionPtr revIDLastSave="0" documentId="8_{{{guid(self.name, "doc")[1:-1]}}}" '
                'xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>'
            )
        if self.protection:
            out.append("<workbookProtection " + " ".join(f'{k}="{v}"' for k, v in self.protection) + "/>")
        uid = f' xr2:uid="{guid(self.name, "view")}"' if self.excel_style else ""
        first_visible = next(i for i, s in enumerate(self.sheets) if not s.state)
        active = f' activeTab="{first_visible}"' if first_visible else ""
        out.append(f'<bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="25820" windowHeight="15500"{active}{uid}/></bookViews>')
        out.append("<sheets>")
        for sheet in self.sheets:
            state = f' state="{sheet.state}"' if sheet.state else ""
            out.append(f'<sheet name="{esc(sheet.name)}" sheetId="{sheet.sheet_id()}"{state} r:id="{sheet.rid}"/>')
        out.append("</sheets>")
        if self.external_rids:
            out.append("<externalReferences>" + "".join(f'<externalReference r:id="{rid}"/>' for rid in self.external_rids) + "</externalReferences>")
        if self.names:
            out.append("<definedNames>")
            for name, formula, local, hidden, comment in sorted(self.names, key=lambda n: (n[0].lower(), -1 if n[2] is None else n[2].index())):
                attrs = f' name="{esc(name)}"'
                if comment:
                    attrs += f' comment="{esc(comment)}"'
                if local is not None:
                    attrs += f' localSheetId="{local.index()}"'
                if hidden:
                    attrs += ' hidden="1"'
                out.append(f"<definedName{attrs}>{esc(formula)}</definedName>")
            out.append("</definedNames>")
        out.append('<calcPr calcId="191029"/>')
        if self.pivot_caches:
            out.append("<pivotCaches>" + "".join(
                f'<pivotCache cacheId="{cid}" r:id="{rid}"/>' for (cid, _), rid in zip(self.pivot_caches, self.pivot_rids)
            ) + "</pivotCaches>")
        if self.excel_style:
            out.append(
                '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
                '<x15:workbookPr chartTrackingRefBase="1"/></ext>'
                '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures">'
                '<xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:Single"/>'
                '<xcalcf:feature name="microsoft.com:FV"/><xcalcf:feature name="microsoft.com:CNMTM"/>'
                '<xcalcf:feature name="microsoft.com:LET_WF"/><xcalcf:feature name="microsoft.com:LAMBDA_WF"/>'
                '<xcalcf:feature name="microsoft.com:ARRAYTEXT_WF"/></xcalcf:calcFeatures></ext></extLst>'
            )
        out.append("</workbook>")
        return "".join(out)

    def styles_xml(self):
        words = LANG_WORDS[self.lang]
        font = '<sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>'
        fonts = [f"<font>{font}</font>", f"<font><b/>{font}</font>"]
        fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>',
                 '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>']
        style_xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']
        cell_xfs = [
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',  # 0 default
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',  # 1 bold header
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',  # 2 date
            '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>',  # 3 yellow fill
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf>',  # 4 unlocked
            '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',  # 5 #,##0
        ]
        cell_styles = [f'<cellStyle name="{words["normal"]}" xfId="0" builtinId="0"/>']
        if self.named_styles:
            fonts.append('<font><sz val="11"/><color rgb="FF006100"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>')
            fills.append('<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/></patternFill></fill>')
            style_xfs.append('<xf numFmtId="0" fontId="2" fillId="3" borderId="0" applyNumberFormat="0" applyBorder="0" applyAlignment="0" applyProtection="0"/>')
            cell_xfs.append('<xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="1"/>')  # 6 named style "Good"
            cell_styles.insert(0, f'<cellStyle name="{words["good"]}" xfId="1" builtinId="26"/>')
        out = [DECL]
        if self.excel_style:
            out.append(
                f'<styleSheet xmlns="{NS_MAIN}" xmlns:mc="{NS_MC}" mc:Ignorable="x14ac x16r2 xr" '
                f'xmlns:x14ac="{NS_X14AC}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="{NS_XR}">'
            )
        else:
            out.append(f'<styleSheet xmlns="{NS_MAIN}">')
        out.append('<numFmts count="1"><numFmt numFmtId="164" formatCode="d/mm/yyyy"/></numFmts>')
        known = ' x14ac:knownFonts="1"' if self.excel_style else ""
        out.append(f'<fonts count="{len(fonts)}"{known}>' + "".join(fonts) + "</fonts>")
        out.append(f'<fills count="{len(fills)}">' + "".join(fills) + "</fills>")
        out.append('<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>')
        out.append(f'<cellStyleXfs count="{len(style_xfs)}">' + "".join(style_xfs) + "</cellStyleXfs>")
        out.append(f'<cellXfs count="{len(cell_xfs)}">' + "".join(cell_xfs) + "</cellXfs>")
        out.append(f'<cellStyles count="{len(cell_styles)}">' + "".join(cell_styles) + "</cellStyles>")
        out.append(f'<dxfs count="{len(self.dxfs)}">' + "".join(self.dxfs) + "</dxfs>" if self.dxfs else '<dxfs count="0"/>')
        out.append('<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>')
        if self.excel_style:
            out.append(
                f'<extLst><ext uri="{{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}}" xmlns:x14="{NS_X14}">'
                '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
                '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
                '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>'
            )
        out.append("</styleSheet>")
        return "".join(out)

    def calc_chain_xml(self):
        entries = []
        for sheet in self.sheets:
            if sheet.kind != "worksheet":
                continue
            first = True
            for (r, c) in sorted(sheet.cells):
                cell = sheet.cells[(r, c)]
                if cell.formula is None:
                    continue
                i = f' i="{sheet.sheet_id()}"' if first else ""
                arr = ' a="1"' if cell.formula.kind == "array" else ""
                entries.append(f'<c r="{ref(r, c)}"{i}{arr}/>')
                first = False
        if not entries:
            return None
        return DECL + f'<calcChain xmlns="{NS_MAIN}">' + "".join(entries) + "</calcChain>"

    def core_xml(self):
        title = f"<dc:title>{esc(self.title)}</dc:title>" if self.title else ""
        return (
            DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{title}<dc:creator>An Peeters</dc:creator><cp:lastModifiedBy>An Peeters</cp:lastModifiedBy>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T08:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-05T10:20:00Z</dcterms:modified></cp:coreProperties>'
        )

    def app_xml(self, words):
        worksheets = [s.name for s in self.sheets if s.kind == "worksheet"]
        charts = [s.name for s in self.sheets if s.kind == "chartsheet"]
        named = [n[0] for n in self.names if not n[3] and not n[0].startswith("_xlnm.") and n[2] is None]
        named += [f"{n[2].name}!{words['print_area']}" for n in self.names if n[0] == "_xlnm.Print_Area"]
        pairs, titles = [], []
        for heading, items in ((words["worksheets"], worksheets), (words["charts"], charts), (words["names"], named)):
            if items:
                pairs.append(f"<vt:variant><vt:lpstr>{heading}</vt:lpstr></vt:variant><vt:variant><vt:i4>{len(items)}</vt:i4></vt:variant>")
                titles += items
        return (
            DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
            f'<HeadingPairs><vt:vector size="{2 * len(pairs)}" baseType="variant">{"".join(pairs)}</vt:vector></HeadingPairs>'
            f'<TitlesOfParts><vt:vector size="{len(titles)}" baseType="lpstr">'
            + "".join(f"<vt:lpstr>{esc(t)}</vt:lpstr>" for t in titles)
            + "</vt:vector></TitlesOfParts><Company></Company><LinksUpToDate>false</LinksUpToDate>"
            "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
        )

    def custom_xml(self):
        out = [DECL, '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                     'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">']
        for pid, (name, vt, value) in enumerate(self.custom_props, start=2):
            out.append(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{esc(name)}">'
                       f"<vt:{vt}>{esc(value)}</vt:{vt}></property>")
        out.append("</Properties>")
        return "".join(out)

    def label_xml(self):
        label_id, site_id = self.label
        return (
            DECL + '<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">'
            f'<clbl:label id="{label_id}" enabled="1" method="Privileged" siteId="{site_id}" contentBits="0" removed="0"/>'
            "</clbl:labelList>"
        )


PART_ORDER = [
    r"\[Content_Types\]\.xml", r"_rels/\.rels", r"xl/workbook\.xml", r"xl/_rels/workbook\.xml\.rels",
    r"xl/worksheets/sheet\d+\.xml", r"xl/chartsheets/sheet\d+\.xml", r"xl/theme/", r"xl/styles\.xml",
    r"xl/sharedStrings\.xml", r"xl/worksheets/_rels/", r"xl/chartsheets/_rels/", r"xl/externalLinks/",
    r"xl/pivotTables/", r"xl/pivotCache/", r"xl/tables/", r"xl/drawings/", r"xl/charts/", r"xl/comments",
    r"xl/threadedComments/", r"xl/persons/", r"xl/metadata\.xml", r"xl/vbaProject\.bin", r"xl/calcChain\.xml",
    r"docMetadata/", r"docProps/core\.xml", r"docProps/app\.xml", r"docProps/custom\.xml",
]


def part_rank(part):
    """Excel's entry order: content types, package rels, workbook, sheets, theme, styles, strings, the rest, docProps."""
    for rank, pattern in enumerate(PART_ORDER):
        if re.match(pattern, part):
            digits = re.findall(r"\d+", part)
            return (rank, part.rsplit("/", 1)[0], int(digits[-1]) if digits else 0, part)
    return (len(PART_ORDER), part, 0, part)


def x_prefixed(xml):
    """Every SpreadsheetML element with an x: prefix, as the .NET Open XML SDK can write them."""
    xml = xml.replace(f'xmlns="{NS_MAIN}"', f'xmlns:x="{NS_MAIN}"')
    return re.sub(r"<(/?)([A-Za-z_][\w.\-]*)(?=[\s/>])", r"<\1x:\2", xml)


def sheet_protection_hash(password, salt, spin=100000):
    """ECMA-376 agile password hash (SHA-512) of workbookProtection, as base64."""
    digest = hashlib.sha512(salt + password.encode("utf-16-le")).digest()
    for i in range(spin):
        digest = hashlib.sha512(digest + i.to_bytes(4, "little")).digest()
    return base64.b64encode(digest).decode()


# ----------------------------------------------------------------------------------------------
# The inventory

HEADERS = {
    "nl": ["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol", "Verbetering", "Contacten", "Huidige klasse"],
    "en": ["Post ID", "Title", "Staff", "Coordination", "Advice", "Role", "Improvement", "Contacts", "Current class"],
}
TITLES = {
    "nl": ["Managementassistent", "Directieassistent", "Attaché coördinatie", "Adviseur beleidsondersteuning",
           "Attaché managementondersteuning"],
    "en": ["Management assistant", "Executive assistant", "Coordination attaché", "Policy support adviser",
           "Management support attaché"],
}
WORDS = {
    "nl": {"service": "dienst", "strategy": "strategie", "resp": "verantwoordelijk", "contrib": "bijdragen"},
    "en": {"service": "service", "strategy": "strategy", "resp": "responsible", "contrib": "contributes"},
}
# (title index, staff, coordination, advice, role, improvement, contacts, current class); "12,5" is the bad row.
POSTS = [
    (0, 150, 1, "service", "contrib", 1, 1, "A1"),
    (1, "1 200", 2, "service", "resp", 2, 1, "A2"),
    (2, 2500, "A3", "strategy", "resp", 2, 2, "A3"),
    (3, 2500, 4, 2, "resp", 3, 3, "A4"),
    (0, 45, 1, 1, None, 1, 1, "A1"),
    (1, 800, 2, "service", "contrib", 2, 2, None),
    (4, 1880, 3, "strategy", "contrib", 2, 2, "A3"),
    (0, "12,5", 1, "service", "contrib", 1, 1, "A1"),
    (1, 320, 2, 1, "resp", 1, 2, "A2"),
    (2, "1 200", 3, 2, None, 2, 2, "A3"),
    (3, 12000, "A4", "strategy", "resp", 3, 3, "A4"),
    (0, 90, 1, "service", "contrib", 1, 1, "A2"),
    (4, 640, 3, 1, "contrib", 2, 1, "A3"),
    (1, 2200, 2, "service", "resp", 2, 2, "A2"),
    (2, 410, "A2", "service", "contrib", 1, 2, "A2"),
    (3, 5600, 4, "strategy", "resp", 3, 3, "A4"),
    (0, 75, 1, 1, "contrib", 1, 1, "A1"),
    (4, 980, 3, 2, "resp", 2, 2, None),
    (1, 1500, 2, "service", None, 2, 1, "A2"),
    (2, 3100, 3, "strategy", "resp", 3, 2, "A3"),
]
BAD_POST = 7


def posts(lang, count=12, bad=True, prefix="SEC"):
    """Rows of the nine inputs in the language: [id, title, staff, scope, advice, role, improvement, contacts, class]."""
    words = WORDS[lang]
    rows = []
    for i, (title, staff, scope, advice, role, improvement, contacts, klass) in enumerate(POSTS):
        if i == BAD_POST and not bad:
            continue
        rows.append([
            f"{prefix}-{101 + i:03d}", TITLES[lang][title], staff, scope, words.get(advice, advice),
            words[role] if role else None, improvement, contacts, klass,
        ])
        if len(rows) == count:
            break
    return rows


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def put_inventory(ws, lang, rows, header_row=1, header_style=1):
    """The headers on header_row (bold), one post per row below. Returns the last row."""
    ws.put_row(header_row, HEADERS[lang], header_style)
    for offset, row in enumerate(rows, start=1):
        ws.put_row(header_row + offset, row)
    return header_row + len(rows)


def put_check_column(ws, lang, col, first, last, staff_col=3, threshold_name=None, header_row=None):
    """An analyst column of shared formulas on the staff column, with cached results."""
    header_row = header_row or first - 1
    big, small, text = ("groot", "klein", "tekst") if lang == "nl" else ("large", "small", "text")
    ws.put(header_row, col, "Controle" if lang == "nl" else "Check", 1)
    limit = threshold_name or "1000"
    si = ws.book.next("shared-si:" + ws.name) - 1
    for r in range(first, last + 1):
        staff = ws.cells.get((r, staff_col))
        value = staff.value if staff else None
        cached = (big if value >= 1000 else small) if is_number(value) else text
        s = ref(r, staff_col)
        if r == first:
            f = Formula(f'IF(ISNUMBER({s}),IF({s}>={limit},"{big}","{small}"),"{text}")', cached, "shared", area(first, col, last, col), si)
        else:
            f = Formula(None, cached, "shared", si=si)
        ws.put(r, col, Cell(formula=f))


def standard_sheet(book, name, lang, count=12, bad=True, check=True, cols=None):
    ws = book.worksheet(name)
    last = put_inventory(ws, lang, posts(lang, count, bad))
    if check:
        put_check_column(ws, lang, 10, 2, last)
    ws.cols = cols or (
        '<col min="1" max="1" width="10.6" customWidth="1"/><col min="2" max="2" width="30.6" customWidth="1"/>'
        '<col min="3" max="9" width="13.1" customWidth="1"/>'
    )
    return ws, last


# ----------------------------------------------------------------------------------------------
# Features


def feature_pivot(book, inv, last, sheet_name, cache_id=5):
    """A pivot table (count of posts per title) on its own sheet, its cache over the inventory's nine columns."""
    lang = book.lang
    headers = HEADERS[lang]
    data = [[inv.cells[(r, c)].value if (r, c) in inv.cells else None for c in range(1, 10)] for r in range(2, last + 1)]
    n = book.next("pivotCache")
    fields, records_cols = [], []
    for c, header in enumerate(headers):
        values = [row[c] for row in data]
        items = []
        for v in values:
            if v is not None and v not in items:
                items.append(v)
        has_blank = any(v is None for v in values)
        if has_blank:
            items.append(None)
        numbers = [v for v in items if is_number(v)]
        strings = [v for v in items if isinstance(v, str)]
        flags = []
        if numbers and strings:
            flags.append('containsMixedTypes="1"')
        elif numbers:
            if not has_blank:
                flags.append('containsSemiMixedTypes="0"')
            flags.append('containsString="0"')
        if has_blank:
            flags.append('containsBlank="1"')
        if numbers:
            flags += ['containsNumber="1"', 'containsInteger="1"', f'minValue="{min(numbers)}"', f'maxValue="{max(numbers)}"']
        attrs = "".join(" " + flag for flag in flags)
        item_xml = "".join("<m/>" if v is None else (f'<n v="{num(v)}"/>' if is_number(v) else f'<s v="{esc(v)}"/>') for v in items)
        fields.append(f'<cacheField name="{esc(header)}" numFmtId="0"><sharedItems{attrs} count="{len(items)}">{item_xml}</sharedItems></cacheField>')
        records_cols.append([items.index(v) for v in values])
    source = area(1, 1, last, 9)
    definition = (
        DECL + f'<pivotCacheDefinition xmlns="{NS_MAIN}" xmlns:r="{NS_R}" xmlns:mc="{NS_MC}" mc:Ignorable="xr" xmlns:xr="{NS_XR}" '
        f'r:id="rId1" refreshedBy="An Peeters" refreshedDate="45356.43" createdVersion="8" refreshedVersion="8" '
        f'minRefreshableVersion="3" recordCount="{len(data)}" xr:uid="{guid(book.name, "pivotCache", n)}">'
        f'<cacheSource type="worksheet"><worksheetSource ref="{source}" sheet="{esc(inv.name)}"/></cacheSource>'
        f'<cacheFields count="{len(fields)}">{"".join(fields)}</cacheFields>'
        '<extLst><ext uri="{725AE2AE-9491-48be-B2B4-4EB974FC3084}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        "<x14:pivotCacheDefinition/></ext></extLst></pivotCacheDefinition>"
    )
    records = [DECL, f'<pivotCacheRecords xmlns="{NS_MAIN}" xmlns:r="{NS_R}" xmlns:mc="{NS_MC}" mc:Ignorable="xr" xmlns:xr="{NS_XR}" count="{len(data)}">']
    for i in range(len(data)):
        records.append("<r>" + "".join(f'<x v="{col[i]}"/>' for col in records_cols) + "</r>")
    records.append("</pivotCacheRecords>")
    book.add_part(f"xl/pivotCache/pivotCacheDefinition{n}.xml", "pivotCacheDefinition", definition)
    book.add_part(f"xl/pivotCache/pivotCacheRecords{n}.xml", "pivotCacheRecords", "".join(records))
    book.add_part(f"xl/pivotCache/_rels/pivotCacheDefinition{n}.xml.rels", None,
                  rels_xml([("pivotCacheRecords", f"pivotCacheRecords{n}.xml")]))
    book.wb_rel_parts.append(("pivotCacheDefinition", f"pivotCache/pivotCacheDefinition{n}.xml"))
    book.pivot_caches.append((cache_id, n))

    # The pivot table: titles down, count of post ids, as Excel lays it out from A3.
    ps = book.worksheet(sheet_name)
    titles = [row[1] for row in data]
    shared_titles = []
    for t in titles:
        if t not in shared_titles:
            shared_titles.append(t)
    order = sorted(range(len(shared_titles)), key=lambda i: shared_titles[i].lower())
    row_label, count_label, total = ("Rijlabels", "Aantal van " + headers[0], "Eindtotaal") if lang == "nl" else ("Row Labels", "Count of " + headers[0], "Grand Total")
    ps.put(3, 1, row_label, 1)
    ps.put(3, 2, count_label, 0)
    for k, i in enumerate(order):
        ps.put(4 + k, 1, shared_titles[i])
        ps.put(4 + k, 2, titles.count(shared_titles[i]))
    end = 4 + len(order)
    ps.put(end, 1, total, 1)
    ps.put(end, 2, len(titles))
    ps.cols = '<col min="1" max="1" width="30.6" bestFit="1" customWidth="1"/><col min="2" max="2" width="20.1" bestFit="1" customWidth="1"/>'
    pivot_fields = []
    for c in range(9):
        if c == 1:
            items = "".join(f'<item x="{i}"/>' for i in order) + '<item t="default"/>'
            pivot_fields.append(f'<pivotField axis="axisRow" showAll="0"><items count="{len(order) + 1}">{items}</items></pivotField>')
        elif c == 0:
            pivot_fields.append('<pivotField dataField="1" showAll="0"/>')
        else:
            pivot_fields.append('<pivotField showAll="0"/>')
    row_items = "".join("<i><x/></i>" if k == 0 else f'<i><x v="{k}"/></i>' for k in range(len(order))) + '<i t="grand"><x/></i>'
    caption = "Waarden" if lang == "nl" else "Values"
    table_name = ("Draaitabel" if lang == "nl" else "PivotTable") + str(n)
    pt = (
        DECL + f'<pivotTableDefinition xmlns="{NS_MAIN}" xmlns:mc="{NS_MC}" mc:Ignorable="xr" xmlns:xr="{NS_XR}" '
        f'name="{table_name}" cacheId="{cache_id}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" '
        'applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" '
        f'dataCaption="{caption}" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" '
        f'createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" xr:uid="{guid(book.name, "pivot", n)}">'
        f'<location ref="{area(3, 1, end, 2)}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
        f'<pivotFields count="9">{"".join(pivot_fields)}</pivotFields>'
        f'<rowFields count="1"><field x="1"/></rowFields><rowItems count="{len(order) + 1}">{row_items}</rowItems>'
        '<colItems count="1"><i/></colItems>'
        f'<dataFields count="1"><dataField name="{esc(count_label)}" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields>'
        '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>'
        '<extLst><ext uri="{962EF5D1-5CA2-4c93-8EF4-DBF5C05439D2}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:pivotTableDefinition hideValuesRow="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext>'
        '<ext uri="{747A6164-185A-40DC-8AA5-F01512510D54}" xmlns:xpdl="http://schemas.microsoft.com/office/spreadsheetml/2016/pivotdefaultlayout">'
        '<xpdl:pivotTableDefinition16/></ext></extLst></pivotTableDefinition>'
    )
    book.add_part(f"xl/pivotTables/pivotTable{n}.xml", "pivotTable", pt)
    book.add_part(f"xl/pivotTables/_rels/pivotTable{n}.xml.rels", None,
                  rels_xml([("pivotCacheDefinition", f"../pivotCache/pivotCacheDefinition{n}.xml")]))
    ps.rels.add("pivotTable", f"../pivotTables/pivotTable{n}.xml")
    return ps


def rels_xml(items):
    rels = Rels()
    for item in items:
        rels.add(*item)
    return rels.xml()


def chart_xml(book, title, sheet, cat_col, val_col, first, last, lang_tag):
    s = quote_sheet(sheet.name)
    cats = [sheet.cells[(r, cat_col)].value for r in range(first, last + 1)]
    vals = [sheet.cells[(r, val_col)].value for r in range(first, last + 1)]
    series_name = sheet.cells[(first - 1, val_col)].value
    pts_s = "".join(f'<c:pt idx="{i}"><c:v>{esc(v)}</c:v></c:pt>' for i, v in enumerate(cats))
    pts_n = "".join(f'<c:pt idx="{i}"><c:v>{num(v)}</c:v></c:pt>' for i, v in enumerate(vals))
    ax1, ax2 = 482917313, 482912993
    return (
        DECL + f'<c:chartSpace xmlns:c="{NS_C}" xmlns:a="{NS_A}" xmlns:r="{NS_R}" '
        'xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">'
        f'<c:date1904 val="{1 if book.date1904 else 0}"/><c:lang val="{lang_tag}"/><c:roundedCorners val="0"/>'
        f'<c:chart><c:title><c:tx><c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/>'
        f'<a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr><a:r><a:rPr lang="{lang_tag}"/><a:t>{esc(title)}</a:t></a:r></a:p></c:rich></c:tx>'
        '<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        f'<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>{esc(s)}!{ref(first - 1, val_col, True)}</c:f>'
        f'<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{esc(series_name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        '<c:spPr><a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>'
        f'<c:cat><c:strRef><c:f>{esc(s)}!{area(first, cat_col, last, cat_col, True)}</c:f><c:strCache><c:ptCount val="{len(cats)}"/>{pts_s}</c:strCache></c:strRef></c:cat>'
        f'<c:val><c:numRef><c:f>{esc(s)}!{area(first, val_col, last, val_col, True)}</c:f><c:numCache><c:formatCode>General</c:formatCode>'
        f'<c:ptCount val="{len(vals)}"/>{pts_n}</c:numCache></c:numRef></c:val>'
        f'<c:extLst><c:ext uri="{{C3380CC4-5D6E-409C-BE32-E72D297353CC}}" xmlns:c16="http://schemas.microsoft.com/office/drawing/2014/chart">'
        f'<c16:uniqueId val="{{0000000{val_col}-0000-0000-0000-000000000000}}"/></c:ext></c:extLst></c:ser>'
        f'<c:gapWidth val="219"/><c:overlap val="-27"/><c:axId val="{ax1}"/><c:axId val="{ax2}"/></c:barChart>'
        f'<c:catAx><c:axId val="{ax1}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>'
        '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:crossAx val="{ax2}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="{ax2}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>'
        '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:crossAx val="{ax1}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>'
        "</c:chartSpace>"
    )


def graphic_frame(shape_id, name, chart_rid):
    return (
        f'<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{shape_id}" name="{esc(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>'
        f'<a:graphicData uri="{NS_C}"><c:chart xmlns:c="{NS_C}" xmlns:r="{NS_R}" r:id="{chart_rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>'
    )


def anchor(c1, r1, c2, r2, body):
    return (
        f"<xdr:twoCellAnchor><xdr:from><xdr:col>{c1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        f"<xdr:to><xdr:col>{c2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{r2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        f"{body}<xdr:clientData/></xdr:twoCellAnchor>"
    )


def text_box(shape_id, name, text, lang_tag):
    return (
        f'<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="{shape_id}" name="{esc(name)}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="6096000" y="2921000"/><a:ext cx="2743200" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr></a:solidFill></a:ln></xdr:spPr>'
        '<xdr:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="dk1"/></a:fontRef></xdr:style>'
        '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>'
        f'<a:p><a:r><a:rPr lang="{lang_tag}" sz="1100"/><a:t>{esc(text)}</a:t></a:r></a:p></xdr:txBody></xdr:sp>'
    )


def drawing_xml(anchors):
    return DECL + f'<xdr:wsDr xmlns:xdr="{NS_XDR}" xmlns:a="{NS_A}">' + "".join(anchors) + "</xdr:wsDr>"


def feature_chart_on_sheet(book, ws, first, last, with_text_box=True):
    """A column chart of the improvement column (drawing with xdr:, chart part) below the posts, and a text box."""
    lang_tag = "nl-NL" if book.lang == "nl" else "en-US"
    d = book.next("drawing")
    ch = book.next("chart")
    title = "Verbetering per post" if book.lang == "nl" else "Improvement per post"
    book.add_part(f"xl/charts/chart{ch}.xml", "chart", chart_xml(book, title, ws, 1, 7, first, last, lang_tag))
    anchors = [anchor(1, last + 2, 8, last + 18, graphic_frame(2, ("Grafiek " if book.lang == "nl" else "Chart ") + "1", "rId1"))]
    if with_text_box:
        text = "Nagekeken door HR op 5 maart" if book.lang == "nl" else "Checked by HR on 5 March"
        anchors.append(anchor(9, last + 2, 12, last + 6, text_box(3, ("Tekstvak " if book.lang == "nl" else "TextBox ") + "2", text, lang_tag)))
    book.add_part(f"xl/drawings/drawing{d}.xml", "drawing", drawing_xml(anchors))
    book.add_part(f"xl/drawings/_rels/drawing{d}.xml.rels", None, rels_xml([("chart", f"../charts/chart{ch}.xml")]))
    rid = ws.rels.add("drawing", f"../drawings/drawing{d}.xml")
    ws.elements["drawing"] = f'<drawing r:id="{rid}"/>'


def feature_chartsheet(book, ws, first, last, name):
    """A chart sheet: xl/chartsheets/sheetN.xml, a drawing with an absolute anchor, a chart part."""
    lang_tag = "nl-NL" if book.lang == "nl" else "en-US"
    cs = book.chartsheet(name)
    d = book.next("drawing")
    ch = book.next("chart")
    title = "Contacten per post" if book.lang == "nl" else "Contacts per post"
    book.add_part(f"xl/charts/chart{ch}.xml", "chart", chart_xml(book, title, ws, 1, 8, first, last, lang_tag))
    frame = graphic_frame(2, ("Grafiek " if book.lang == "nl" else "Chart ") + "1", "rId1")
    body = f'<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="9294091" cy="6067136"/>{frame}<xdr:clientData/></xdr:absoluteAnchor>'
    book.add_part(f"xl/drawings/drawing{d}.xml", "drawing", drawing_xml([body]))
    book.add_part(f"xl/drawings/_rels/drawing{d}.xml.rels", None, rels_xml([("chart", f"../charts/chart{ch}.xml")]))
    cs.drawing_rid = cs.rels.add("drawing", f"../drawings/drawing{d}.xml")
    return cs


def feature_external_link(book, ws, col, row, header_row=1):
    """[1]Budget!$B$1 from another workbook: externalLink part, its External rels, a cached value."""
    n = book.next("externalLink")
    book.add_part(
        f"xl/externalLinks/externalLink{n}.xml", "externalLink",
        DECL + f'<externalLink xmlns="{NS_MAIN}" xmlns:r="{NS_R}" xmlns:mc="{NS_MC}" mc:Ignorable="x14" xmlns:x14="{NS_X14}">'
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="B1"><v>125000</v></cell></row></sheetData></sheetDataSet>'
        "</externalBook></externalLink>",
    )
    book.add_part(f"xl/externalLinks/_rels/externalLink{n}.xml.rels", None,
                  rels_xml([("externalLinkPath", "Budget%202025.xlsx", True)]))
    book.wb_rel_parts.append(("externalLink", f"externalLinks/externalLink{n}.xml"))
    ws.put(header_row, col, "Budget directie" if book.lang == "nl" else "Directorate budget", 1)
    ws.put(row, col, Cell(formula=Formula(f"[{n}]Budget!$B$1", 125000), style=5))
    book.name_("BudgetTotaal" if book.lang == "nl" else "BudgetTotal", f"[{n}]Budget!$B$1")


VML_SHAPE = """ <v:shape id="_x0000_s{sid}" type="#_x0000_t202" style='position:absolute;
  margin-left:{left}pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:{z};
  visibility:hidden' fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">
  <v:fill color2="infoBackground [80]"/>
  <v:shadow color="none [81]" obscured="t"/>
  <v:path o:connecttype="none"/>
  <v:textbox style='mso-direction-alt:auto'>
   <div style='text-align:left'></div>
  </v:textbox>
  <x:ClientData ObjectType="Note">
   <x:MoveWithCells/>
   <x:SizeWithCells/>
   <x:Anchor>
    {anchor}</x:Anchor>
   <x:AutoFill>False</x:AutoFill>
   <x:Row>{row}</x:Row>
   <x:Column>{col}</x:Column>
  </x:ClientData>
 </v:shape>"""


def feature_comments(book, ws, threaded_cell, note_cell):
    """A threaded comment with a reply (+ persons, + the legacy note and VML Excel writes for it) and a plain note."""
    nl = book.lang == "nl"
    n = book.next("comments")
    people = [("An Peeters", "S::an.peeters@example.org::0b3c"), ("Bart Claes", "S::bart.claes@example.org::7d21")]
    pid = [guid(book.name, "person", p[0]) for p in people]
    first_id, reply_id = guid(book.name, "thread", 1), guid(book.name, "thread", 2)
    question = "Klopt dit aantal? Inclusief uitzendkrachten?" if nl else "Is this headcount right? Temps included?"
    answer = "Ja, nagekeken met de personeelsdienst." if nl else "Yes, checked with HR."
    note = "Klasse te bevestigen door de directeur." if nl else "Class to be confirmed by the director."
    book.persons = True
    book.add_part("xl/persons/person.xml", "person",
                  DECL + f'<personList xmlns="{NS_TC}" xmlns:x="{NS_MAIN}">'
                  + "".join(f'<person displayName="{esc(name)}" id="{pid[i]}" userId="{esc(user)}" providerId="AD"/>' for i, (name, user) in enumerate(people))
                  + "</personList>")
    book.add_part(f"xl/threadedComments/threadedComment{n}.xml", "threadedComment",
                  DECL + f'<ThreadedComments xmlns="{NS_TC}" xmlns:x="{NS_MAIN}">'
                  f'<threadedComment ref="{threaded_cell}" dT="2024-03-05T10:15:23.45" personId="{pid[0]}" id="{first_id}"><text>{esc(question)}</text></threadedComment>'
                  f'<threadedComment ref="{threaded_cell}" dT="2024-03-05T11:02:41.12" personId="{pid[1]}" id="{reply_id}" parentId="{first_id}"><text>{esc(answer)}</text></threadedComment>'
                  "</ThreadedComments>")
    legacy = (
        "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will "
        "get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n"
        f"Comment:\n    {question}\nReply:\n    {answer}"
    )
    book.add_part(f"xl/comments{n}.xml", "comments",
                  DECL + f'<comments xmlns="{NS_MAIN}" xmlns:mc="{NS_MC}" mc:Ignorable="xr" xmlns:xr="{NS_XR}">'
                  f"<authors><author>tc={first_id}</author><author>An Peeters</author></authors><commentList>"
                  f'<comment ref="{threaded_cell}" authorId="0" shapeId="0" xr:uid="{first_id}"><text><t>{esc(legacy)}</t></text></comment>'
                  f'<comment ref="{note_cell}" authorId="1" shapeId="0" xr:uid="{guid(book.name, "note")}"><text>'
                  f'<r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>An Peeters:</t></r>'
                  f'<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\n{esc(note)}</t></r>'
                  "</text></comment></commentList></comments>")
    shapes = []
    for k, cell in enumerate((threaded_cell, note_cell)):
        m = re.match(r"([A-Z]+)(\d+)", cell)
        col = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(m.group(1)))) - 1
        row = int(m.group(2)) - 1
        shapes.append(VML_SHAPE.format(sid=1025 + k, left=59.25 + 60 * col, z=k + 1, row=row, col=col,
                                       anchor=f"{col + 1}, 15, {row}, 2, {col + 3}, 15, {row + 4}, 16"))
    vml = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml"\n xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        ' xmlns:x="urn:schemas-microsoft-com:office:excel">\n <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="1"/>\n'
        ' </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\n  path="m,l,21600r21600,l21600,xe">\n'
        '  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype>'
        + "".join(shapes) + "</xml>"
    )
    book.add_part(f"xl/drawings/vmlDrawing{n}.vml", None, vml)
    ws.rels.add("threadedComment", f"../threadedComments/threadedComment{n}.xml")
    vrid = ws.rels.add("vmlDrawing", f"../drawings/vmlDrawing{n}.vml")
    ws.rels.add("comments", f"../comments{n}.xml")
    ws.elements["legacyDrawing"] = f'<legacyDrawing r:id="{vrid}"/>'


def feature_hyperlinks(book, ws, internal, external):
    """internal: [(cell, location)], external: [(cell, url)]."""
    out = ["<hyperlinks>"]
    for cell, location in internal:
        out.append(f'<hyperlink ref="{cell}" location="{esc(location)}" display="{esc(location)}" xr:uid="{guid(book.name, ws.name, "link", cell)}"/>')
    for cell, url in external:
        rid = ws.rels.add("hyperlink", url, True)
        out.append(f'<hyperlink ref="{cell}" r:id="{rid}" xr:uid="{guid(book.name, ws.name, "link", cell)}"/>')
    out.append("</hyperlinks>")
    ws.elements["hyperlinks"] = "".join(out)


def feature_label(book):
    """A Microsoft Purview sensitivity label: docMetadata/LabelInfo.xml and the MSIP_Label_* custom properties."""
    label_id, site_id = "{3f1f7c2e-8d34-4b6a-9c55-0a7e2d41b9c3}", "{9e2b6d4a-1c7f-4e88-a3b5-5d0c7f19e2a6}"
    book.label = (label_id, site_id)
    bare = label_id[1:-1]
    prefix = f"MSIP_Label_{bare}_"
    book.custom_props += [
        (prefix + "Enabled", "lpwstr", "true"),
        (prefix + "SetDate", "lpwstr", "2024-03-05T10:19:02Z"),
        (prefix + "Method", "lpwstr", "Privileged"),
        (prefix + "Name", "lpwstr", "Vertrouwelijk - Personeelsgegevens" if book.lang == "nl" else "Confidential - Personnel data"),
        (prefix + "SiteId", "lpwstr", site_id[1:-1]),
        (prefix + "ActionId", "lpwstr", "5c8e1f0a-7b2d-4d39-8e61-2f4a9b0c3d17"),
        (prefix + "ContentBits", "lpwstr", "0"),
    ]


def feature_custom_props(book):
    nl = book.lang == "nl"
    book.custom_props += [
        ("Afdeling" if nl else "Department", "lpwstr", "Personeel en Organisatie" if nl else "People and Organisation"),
        ("Dossiernummer" if nl else "File number", "i4", "2024117"),
        ("Gevalideerd" if nl else "Validated", "bool", "false"),
        ("Peildatum" if nl else "Reference date", "filetime", "2024-01-01T00:00:00Z"),
    ]


def feature_autofilter(book, ws, first, last, last_col, filter_col, keep):
    """An autofilter with criteria on one column; rows whose value is not kept are hidden."""
    values = "".join(f'<filter val="{esc(v)}"/>' for v in sorted(keep))
    ws.elements["autoFilter"] = (
        f'<autoFilter ref="{area(first - 1, 1, last, last_col)}" xr:uid="{guid(book.name, ws.name, "filter")}">'
        f'<filterColumn colId="{filter_col - 1}"><filters>{values}</filters></filterColumn></autoFilter>'
    )
    for r in range(first, last + 1):
        cell = ws.cells.get((r, filter_col))
        if cell is None or cell.value not in keep:
            ws.row_attrs[r] = {"hidden": "1"}
    ws.sheet_pr["filterMode"] = "1"
    book.name_("_xlnm._FilterDatabase", f"{quote_sheet(ws.name)}!{area(first - 1, 1, last, last_col, True)}", ws, hidden=True)


def feature_sparklines(book, ws, col, first, last, header_row=1):
    """Line sparklines of D:H per post in an analyst column (x14:sparklineGroups in extLst)."""
    ws.put(header_row, col, "Trend", 1)
    lines = "".join(
        f"<x14:sparkline><xm:f>{quote_sheet(ws.name)}!{area(r, 4, r, 8)}</xm:f><xm:sqref>{ref(r, col)}</xm:sqref></x14:sparkline>"
        for r in range(first, last + 1)
    )
    ws.ext["{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"] = (
        f'<ext uri="{{05C60535-1F16-4fd2-B633-F4F36F0B64E0}}" xmlns:x14="{NS_X14}"><x14:sparklineGroups xmlns:xm="{NS_XM}">'
        f'<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1" xr2:uid="{guid(book.name, ws.name, "sparklines")}">'
        '<x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/>'
        '<x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/>'
        '<x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/>'
        f"<x14:sparklines>{lines}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>"
    )


def feature_cf_validation(book, ws, first, last, lists_sheet):
    """duplicateValues on the post ids, a data bar with its x14 twin, an x14-only rule and list validations."""
    nl = book.lang == "nl"
    book.dxfs = [
        '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
        '<dxf><font><color rgb="FF9C5700"/></font><fill><patternFill><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>',
    ]
    bar_id = guid(book.name, ws.name, "databar")
    ws.elements["conditionalFormatting"] = (
        f'<conditionalFormatting sqref="{area(first, 1, last, 1)}"><cfRule type="duplicateValues" dxfId="0" priority="1"/></conditionalFormatting>'
        f'<conditionalFormatting sqref="{area(first, 7, last, 7)}"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/><cfvo type="max"/>'
        f'<color rgb="FF638EC6"/></dataBar><extLst><ext uri="{{B025F937-C7B1-47D3-B67F-A62EFF666E3E}}" xmlns:x14="{NS_X14}">'
        f"<x14:id>{bar_id}</x14:id></ext></extLst></cfRule></conditionalFormatting>"
        f'<conditionalFormatting sqref="{area(first, 8, last, 8)}"><cfRule type="cellIs" dxfId="1" priority="4" operator="greaterThan"><formula>2</formula></cfRule></conditionalFormatting>'
    )
    lists = quote_sheet(lists_sheet.name)
    ws.ext["{78C0D931-6437-407d-A8EE-F0AAD7539E65}"] = (
        f'<ext uri="{{78C0D931-6437-407d-A8EE-F0AAD7539E65}}" xmlns:x14="{NS_X14}"><x14:conditionalFormattings>'
        f'<x14:conditionalFormatting xmlns:xm="{NS_XM}"><x14:cfRule type="dataBar" id="{bar_id}"><x14:dataBar minLength="0" maxLength="100" gradient="0">'
        '<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/>'
        f"</x14:dataBar></x14:cfRule><xm:sqref>{area(first, 7, last, 7)}</xm:sqref></x14:conditionalFormatting>"
        f'<x14:conditionalFormatting xmlns:xm="{NS_XM}"><x14:cfRule type="expression" priority="3" id="{guid(book.name, ws.name, "x14rule")}">'
        f"<xm:f>COUNTIF({lists}!$B$1:$B$4,$E{first})=0</xm:f>"
        '<x14:dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf>'
        f"</x14:cfRule><xm:sqref>{area(first, 5, last, 5)}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>"
    )
    roles = ",".join([WORDS[book.lang]["resp"], WORDS[book.lang]["contrib"]])
    prompt = "Kies uit de lijst" if nl else "Pick from the list"
    ws.elements["dataValidations"] = (
        '<dataValidations count="2">'
        f'<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="{esc(prompt)}" sqref="{area(first, 6, last, 6)}">'
        f'<formula1>"{esc(roles)}"</formula1></dataValidation>'
        f'<dataValidation type="whole" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="{area(first, 7, last, 8)}">'
        "<formula1>1</formula1><formula2>3</formula2></dataValidation></dataValidations>"
    )
    ws.ext["{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"] = (
        f'<ext uri="{{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}}" xmlns:x14="{NS_X14}"><x14:dataValidations count="2" xmlns:xm="{NS_XM}">'
        f'<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{guid(book.name, ws.name, "dv1")}">'
        f"<x14:formula1><xm:f>{lists}!$A$1:$A$4</xm:f></x14:formula1><xm:sqref>{area(first, 4, last, 4)}</xm:sqref></x14:dataValidation>"
        f'<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{guid(book.name, ws.name, "dv2")}">'
        f"<x14:formula1><xm:f>{lists}!$B$1:$B$4</xm:f></x14:formula1><xm:sqref>{area(first, 5, last, 5)}</xm:sqref></x14:dataValidation>"
        "</x14:dataValidations></ext>"
    )


def lists_sheet(book, name="Lijsten"):
    ls = book.worksheet(name)
    words = WORDS[book.lang]
    for r, (a, b) in enumerate(zip([1, 2, 3, 4], [words["service"], words["strategy"], 1, 2]), start=1):
        ls.put(r, 1, a)
        ls.put(r, 2, b)
    return ls


def feature_table(book, ws, first, last, name="PostTable"):
    """An Excel table over the inventory with a calculated column (calculatedColumnFormula + the formulas in its cells)."""
    n = book.next("table")
    headers = [ws.cells[(first - 1, c)].value for c in range(1, 10)]
    calc_header = "Check"
    ws.put(first - 1, 10, calc_header, 1)
    staff = headers[2]
    formula = f'IF(ISNUMBER({name}[[#This Row],[{staff}]]),IF({name}[[#This Row],[{staff}]]>=1000,"large","small"),"text")'
    for r in range(first, last + 1):
        value = ws.cells[(r, 3)].value
        cached = ("large" if value >= 1000 else "small") if is_number(value) else "text"
        ws.put(r, 10, Cell(formula=Formula(formula, cached)))
    columns = "".join(f'<tableColumn id="{i}" xr3:uid="{guid(book.name, "tablecol", i)}" name="{esc(h)}"/>' for i, h in enumerate(headers, start=1))
    columns += (f'<tableColumn id="10" xr3:uid="{guid(book.name, "tablecol", 10)}" name="{calc_header}">'
                f"<calculatedColumnFormula>{esc(formula)}</calculatedColumnFormula></tableColumn>")
    rng = area(first - 1, 1, last, 10)
    book.add_part(f"xl/tables/table{n}.xml", "table",
                  DECL + f'<table xmlns="{NS_MAIN}" xmlns:mc="{NS_MC}" mc:Ignorable="xr xr3" xmlns:xr="{NS_XR}" xmlns:xr3="{NS_XR3}" '
                  f'id="{n}" xr:uid="{guid(book.name, "table", n)}" name="{name}" displayName="{name}" ref="{rng}" totalsRowShown="0">'
                  f'<autoFilter ref="{rng}" xr:uid="{guid(book.name, "tablefilter", n)}"/>'
                  f'<tableColumns count="10">{columns}</tableColumns>'
                  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>')
    rid = ws.rels.add("table", f"../tables/table{n}.xml")
    ws.elements["tableParts"] = f'<tableParts count="1"><tablePart r:id="{rid}"/></tableParts>'


def feature_dynamic_arrays(book, ws, col, first, last, overview):
    """UPPER(B2:B13) spilled down an analyst column of the inventory, and SORT(...) spilled on another sheet."""
    book.metadata = True
    book.add_part(
        "xl/metadata.xml", "sheetMetadata",
        DECL + f'<metadata xmlns="{NS_MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">'
        '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" '
        'merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>'
        '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">'
        '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>'
        '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
    )
    titles = [ws.cells[(r, 2)].value for r in range(first, last + 1)]
    ws.put(first - 1, col, "Name in capitals" if book.lang == "en" else "Naam in hoofdletters", 1)
    upper = [t.upper() for t in titles]
    ws.put(first, col, Cell(formula=Formula(f"UPPER({area(first, 2, last, 2)})", upper[0], "array", area(first, col, last, col), cm=1)))
    for k, text in enumerate(upper[1:], start=1):
        ws.put(first + k, col, Cell(text, spill_child=True))
    overview.put(1, 1, "Sorted titles" if book.lang == "en" else "Gesorteerde titels", 1)
    ordered = sorted(titles, key=str.lower)
    src = f"{quote_sheet(ws.name)}!{area(first, 2, last, 2)}"
    overview.put(2, 1, Cell(formula=Formula(f"_xlfn._xlws.SORT({src})", ordered[0], "array", area(2, 1, 1 + len(ordered), 1), cm=1)))
    for k, text in enumerate(ordered[1:], start=1):
        overview.put(2 + k, 1, Cell(text, spill_child=True))
    overview.put(1, 3, "Posts" if book.lang == "en" else "Posten", 1)
    overview.put(2, 3, Cell(formula=Formula(f"ROWS(_xlfn.ANCHORARRAY(A2))", len(ordered))))
    overview.cols = '<col min="1" max="1" width="30.6" customWidth="1"/>'


def date1904_serial(day):
    return (day - datetime.date(1904, 1, 1)).days


# ----------------------------------------------------------------------------------------------
# The corpus


def book_pivot(out):
    b = Book("pivotTable.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl")
    feature_pivot(b, inv, last, "Draaitabel")
    # The pivot's sheet first: the inventory is not the first sheet.
    b.sheets.remove(inv)
    b.sheets.append(inv)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["pivot-table", "pivot-cache-definition", "pivot-cache-records", "inventory-not-first-sheet", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="Pivot table on 'Draaitabel' (first sheet, count of Post-ID per Titel) over Inventaris!A1:I13; cache definition and records; bad row SEC-108 (staff 12,5).")


def book_charts(out):
    b = Book("chartsShapes.xlsx", "en")
    inv, last = standard_sheet(b, "Posts", "en")
    feature_chart_on_sheet(b, inv, 2, last, with_text_box=True)
    feature_chartsheet(b, inv, 2, last, "Contacts chart")
    b.write(out)
    return dict(inventorySheet="Posts", features=["chart", "drawing-xdr-prefix", "shape-text-box", "chart-sheet", "shared-formulas", "calc-chain", "english-headers"],
                expectedExit=1, notes="Column chart and a text box (xdr:sp) in a drawing on the inventory sheet, below the posts; a chart sheet (xl/chartsheets/sheet1.xml) 'Contacts chart'; bad row.")


def book_external(out):
    b = Book("externalLink.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl")
    feature_external_link(b, inv, 11, 2)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["external-link", "external-reference-formula", "defined-name-external", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="externalLink1.xml (+ rels, TargetMode External) to 'Budget 2025.xlsx'; K2 = [1]Budget!$B$1 cached 125000; name BudgetTotaal = [1]Budget!$B$1; <externalReferences>; bad row.")


def book_comments(out):
    b = Book("commentsHyperlinks.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl")
    other = b.worksheet("Blad2")
    other.put(1, 1, "Toelichting bij de inventaris", 1)
    other.put(2, 1, "Terug naar de inventaris")
    feature_comments(b, inv, "C3", "I2")
    feature_hyperlinks(b, inv, [("A2", "Blad2!A1"), ("A5", "'Blad2'!A2")], [("B3", "https://www.example.org/functies/directieassistent")])
    feature_hyperlinks(b, other, [("A2", "Inventaris!A1")], [])
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["threaded-comments", "persons", "legacy-comments", "vml-drawing", "note", "hyperlink-internal", "hyperlink-external", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="Threaded comment with a reply on C3 (threadedComment1.xml, persons/person.xml) with the legacy comment + VML Excel writes for it; a plain note on I2 by 'An Peeters'; internal hyperlinks A2 -> Blad2!A1, A5 -> 'Blad2'!A2, external B3; bad row.")


def book_label(out):
    b = Book("sensitivityLabel.xlsx", "nl")
    b.title = "Inventaris ondersteuning management"
    inv, last = standard_sheet(b, "Inventaris", "nl")
    feature_label(b)
    feature_custom_props(b)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["sensitivity-label", "label-info", "custom-properties", "document-title", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="docMetadata/LabelInfo.xml (classificationlabels relationship) and MSIP_Label_* custom properties; other custom properties (text, i4, bool, filetime); bad row.")


def book_filter(out):
    b = Book("autofilterSparklines.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl", count=14)
    feature_sparklines(b, inv, 11, 2, last)
    feature_autofilter(b, inv, 2, last, 11, 9, {"A1", "A2", "A3"})
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["autofilter-criteria", "hidden-filtered-rows", "filter-database-name", "sparklines", "x14-extlst", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="Autofilter A1:K15 keeping Huidige klasse A1/A2/A3 (A4 and blank rows hidden, sheetPr filterMode, hidden _xlnm._FilterDatabase); line sparklines of D:H in K 'Trend'; 14 posts, bad row.")


def book_table(out):
    b = Book("tableCalculatedColumn.xlsx", "en")
    inv = b.worksheet("Posts")
    last = put_inventory(inv, "en", posts("en", 12, bad=False))
    inv.cols = '<col min="1" max="1" width="10.6" customWidth="1"/><col min="2" max="2" width="30.6" customWidth="1"/><col min="3" max="10" width="13.1" customWidth="1"/>'
    feature_table(b, inv, 2, last)
    b.write(out)
    return dict(inventorySheet="Posts", features=["table", "calculated-column-formula", "structured-references", "calc-chain", "english-headers"],
                expectedExit=0, notes="Table 'PostTable' A1:J13 on sheet 'Posts' with calculated column J 'Check' (calculatedColumnFormula with [#This Row] references, and the formula in each cell); no bad row.")


def book_locked(out):
    b = Book("structureLocked.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl")
    salt = bytes(range(16))
    b.protection = [("workbookAlgorithmName", "SHA-512"), ("workbookHashValue", sheet_protection_hash("geheim", salt)),
                    ("workbookSaltValue", base64.b64encode(salt).decode()), ("workbookSpinCount", "100000"), ("lockStructure", "1")]
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["workbook-structure-lock", "shared-formulas", "calc-chain"],
                expectedExit=2, notes="<workbookProtection lockStructure=\"1\"> with a SHA-512 hash (password 'geheim'): sheets cannot be added, the tool must refuse with exit 2.")


def book_sheet_password(out):
    b = Book("sheetPassword.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl")
    for r in range(2, last + 1):
        for c in range(3, 10):
            if (r, c) in inv.cells:
                inv.cells[(r, c)].style = 4
    inv.elements["sheetProtection"] = '<sheetProtection password="CC1A" sheet="1" objects="1" scenarios="1" formatColumns="0" autoFilter="0"/>'
    hidden = b.worksheet("Parameters", state="hidden")
    hidden.put(1, 1, "Drempel")
    hidden.put(1, 2, 1000)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["legacy-sheet-password", "unlocked-cells", "hidden-sheet", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="<sheetProtection password=\"CC1A\" sheet=\"1\"> on the inventory, input cells unlocked (style with protection locked=0); a hidden sheet 'Parameters'; bad row.")


def book_cf(out):
    b = Book("conditionalFormatsValidations.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl", cols=(
        '<col min="1" max="1" width="10.6" customWidth="1"/><col min="2" max="2" width="30.6" customWidth="1"/>'
        '<col min="3" max="8" width="13.1" customWidth="1"/><col min="9" max="40" width="12" customWidth="1"/>'))
    inv.put(4, 1, "SEC-102")  # a duplicate post id, lit by the duplicateValues rule
    ls = lists_sheet(b)
    feature_cf_validation(b, inv, 2, last, ls)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["conditional-format-duplicate-values", "conditional-format-data-bar-x14", "x14-conditional-format", "data-validation-list", "x14-data-validation-other-sheet", "cols-range-over-results", "dxfs", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="duplicateValues on A2:A13 (A4 repeats SEC-102), data bar on G with its x14 twin, an x14-only expression rule referring to Lijsten, cellIs on H; list validation on F, whole-number on G:H, x14 list validations on D and E referring to Lijsten!A1:A4 / B1:B4; <col min=9 max=40> covers the result columns; bad row.")


def book_1904(out):
    b = Book("date1904RichText.xlsx", "nl")
    b.date1904 = True
    b.named_styles = True
    inv = b.worksheet("Inventaris")
    rows = posts("nl", 12)
    last = put_inventory(inv, "nl", rows)
    # Rich text: a header in two runs, a title with a bold run, a role split over two fonts, phonetic runs.
    inv.put(1, 3, Rich([('<b/><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>', "Perso"),
                        ('<b/><sz val="11"/><color rgb="FFC00000"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>', "neel")]), 1)
    inv.put(4, 2, Rich([(None, "Attaché "), ('<b/><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>', "coördinatie")]))
    inv.put(2, 6, Rich([('<sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>', "bij"),
                        ('<i/><sz val="11"/><color theme="1"/><rFont val="Aptos Narrow"/><family val="2"/><scheme val="minor"/>', "dragen")]))
    inv.put(3, 2, Rich([(None, "Directieassistent")], phonetic=[(0, 8, "ディレクティ")]))
    inv.put(10, 6, Rich([(None, "verantwoordelijk")], phonetic=[(0, 4, "ヴェラ")]))
    # Dates in the 1904 system.
    inv.put(1, 10, "Ingangsdatum", 1)
    start = datetime.date(2019, 9, 1)
    for r in range(2, last + 1):
        inv.put(r, 10, date1904_serial(start + datetime.timedelta(days=97 * (r - 2))), 2)
    inv.put(1, 11, "Gecontroleerd", 6)
    inv.put(2, 11, "ja", 6)
    inv.cols = '<col min="1" max="1" width="10.6" customWidth="1"/><col min="2" max="2" width="30.6" customWidth="1"/><col min="3" max="11" width="13.1" customWidth="1"/>'
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["date1904", "date-cells", "custom-number-format", "rich-text-shared-strings", "rich-text-header", "phonetic-runs", "named-cell-style", "theme"],
                expectedExit=1, notes="<workbookPr date1904=\"1\"> with dates in J (format d/mm/yyyy, 1 Sep 2019 onwards); header C 'Personeel' in two rich runs; rich title in B4, rich role in F2; phonetic runs (rPh) on B3 and F10 that must be ignored; named style 'Goed' (builtinId 26) on K1:K2; bad row.")


def book_dynamic(out):
    b = Book("dynamicArray.xlsx", "en")
    inv, last = standard_sheet(b, "Posts", "en", check=False)
    overview = b.worksheet("Overview")
    feature_dynamic_arrays(b, inv, 10, 2, last, overview)
    b.write(out)
    return dict(inventorySheet="Posts", features=["dynamic-array", "spill", "cell-metadata", "xlfn-functions", "calc-chain", "english-headers"],
                expectedExit=1, notes="J2 = UPPER(B2:B13) spilled down J (cm=\"1\", t=\"array\", cached spill values as t=\"str\"); Overview!A2 = _xlfn._xlws.SORT(Posts!B2:B13) spilled; Overview!C2 = ROWS(ANCHORARRAY(A2)); xl/metadata.xml (XLDAPR); bad row.")


def book_names(out):
    b = Book("definedNamesCalcChain.xlsx", "nl")
    inv = b.worksheet("Inventaris")
    last = put_inventory(inv, "nl", posts("nl", 12))
    put_check_column(inv, "nl", 10, 2, last, threshold_name="Drempel")
    inv.put(1, 11, "Aantal Ber", 1)
    inv.put(2, 11, Cell(formula=Formula("ROWS(Ber)", 3)))
    other = b.worksheet("Blad2")
    other.put(1, 1, 10)
    other.put(2, 1, 20)
    other.put(1, 2, Cell(formula=Formula("Drempel*2", 2000)))
    other.put(2, 2, Cell(formula=Formula("ROWS(Ber)", 2)))
    other.put(3, 2, Cell(formula=Formula("ROWS(Dyn)", last - 1)))
    other.put(4, 2, Cell(formula=Formula("SUM(Personeel)", sum(v for v in (inv.cells[(r, 3)].value for r in range(2, last + 1)) if is_number(v)))))
    b.name_("Drempel", "1000", comment="Grens tussen kleine en grote entiteiten")
    b.name_("Ber", "Inventaris!$C$2:$C$4", inv)
    b.name_("Ber", "Blad2!$A$1:$A$2", other)
    b.name_("Dyn", "OFFSET(Inventaris!$A$2,0,0,COUNTA(Inventaris!$A:$A)-1,1)")
    b.name_("Personeel", f"Inventaris!$C$2:$C${last}")
    b.name_("VerborgenLijst", f"Inventaris!$I$2:$I${last}", hidden=True)
    b.name_("_xlnm.Print_Area", f"Inventaris!$A$1:$K${last}", inv)
    b.name_("_xlnm._FilterDatabase", f"Inventaris!$A$1:$I${last}", inv, hidden=True)
    b.name_("_xlnm.Print_Titles", "Inventaris!$1:$1", inv)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["defined-names", "workbook-scoped-name", "sheet-scoped-names-same-name", "dynamic-name-offset", "hidden-name", "name-comment", "print-area", "print-titles", "filter-database-name", "calc-chain", "shared-formulas"],
                expectedExit=1, notes="Names: Drempel (constant, with comment), Ber on Inventaris (C2:C4) and Ber on Blad2 (A1:A2), Dyn (OFFSET), Personeel, hidden VerborgenLijst, _xlnm.Print_Area/_xlnm.Print_Titles/_xlnm._FilterDatabase; J = IF(ISNUMBER(C2),IF(C2>=Drempel,..)) shared; K2 = ROWS(Ber) = 3; Blad2!B1:B4 = Drempel*2, ROWS(Ber) = 2, ROWS(Dyn) = 12, SUM(Personeel); calcChain.xml lists them; bad row.")


VBA_BYTES = bytes(range(256)) * 4  # not a real VBA project: fixed bytes the copy must keep as they are


def book_macro(out):
    b = Book("macroEnabled.xlsm", "nl", macro=True)
    inv, last = standard_sheet(b, "Inventaris", "nl", bad=False)
    inv.code_name = "Blad1"
    config = b.worksheet("Config", state="veryHidden")
    config.code_name = "Blad2"
    config.put(1, 1, "versie")
    config.put(1, 2, 3)
    b.add_part("xl/vbaProject.bin", None, VBA_BYTES)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["xlsm", "vba-project", "macro-enabled-content-type", "code-names", "very-hidden-sheet", "shared-formulas", "calc-chain"],
                expectedExit=0, outputExtension=".xlsm",
                notes="Workbook content type application/vnd.ms-excel.sheet.macroEnabled.main+xml, xl/vbaProject.bin (1 KiB of fixed bytes, not a real project), codeName on the workbook and sheets, a veryHidden sheet 'Config'; no bad row; the copy must be .xlsm with the same vbaProject.bin.")


def book_no_refs(out):
    b = Book("cellsWithoutRefs.xlsx", "en")
    b.excel_style = False
    b.omit_refs = True
    b.calc_chain = False
    inv = b.worksheet("Posts")
    last = put_inventory(inv, "en", posts("en", 10), header_style=0)
    # An empty row 7 inside the inventory: row 8 is the first row after a gap, so it carries its r.
    for r in range(last, 6, -1):
        for c in range(1, 10):
            if (r, c) in inv.cells:
                inv.cells[(r + 1, c)] = inv.cells.pop((r, c))
    b.write(out)
    return dict(inventorySheet="Posts", features=["cells-without-r", "rows-without-r", "mixed-explicit-refs", "empty-row-in-inventory", "sdk-style", "english-headers"],
                expectedExit=1, notes="Rows and cells without r attributes (schema-valid: each follows the previous one); an r is written only after a gap (a blank role or class, the empty row 7, so row 8 has r=\"8\"); no spans, no mc/x14ac; 10 posts in A2:I12, bad row SEC-108 on row 9.")


def book_x_prefix(out):
    b = Book("xNamespacePrefix.xlsx", "en")
    b.excel_style = False
    b.x_prefix = True
    b.calc_chain = False
    inv = b.worksheet("Posts")
    put_inventory(inv, "en", posts("en", 8, bad=False), header_style=0)
    b.write(out)
    return dict(inventorySheet="Posts", features=["x-namespace-prefix", "sdk-style", "english-headers"],
                expectedExit=0, notes="workbook.xml, the sheet, styles.xml and sharedStrings.xml use an x: prefix for every SpreadsheetML element (as the .NET Open XML SDK can write); 8 posts, no bad row.")


def book_inline(out):
    b = Book("inlineStringsErrors.xlsx", "en")
    b.inline_strings = True
    b.excel_style = False
    inv = b.worksheet("Posts")
    rows = posts("en", 12)
    rows[10][7] = Err("#N/A")  # contacts of SEC-111 is an error value
    last = put_inventory(inv, "en", rows, header_style=0)
    inv.put(1, 10, "Active")
    inv.put(1, 11, "Lookup")
    for r in range(2, last + 1):
        inv.put(r, 10, r % 4 != 0)
    inv.put(2, 11, Cell(formula=Formula("NA()", Err("#N/A"))))
    inv.put(3, 11, Err("#DIV/0!"))
    inv.put(4, 11, Cell(formula=Formula("1=1", True)))
    b.write(out)
    return dict(inventorySheet="Posts", features=["inline-strings", "no-shared-strings-part", "booleans", "error-values", "error-in-input", "sdk-style", "english-headers"],
                expectedExit=1, notes="Every text cell t=\"inlineStr\" and no sharedStrings.xml at all; J 'Active' booleans (t=\"b\"); K errors: NA() cached #N/A, a plain #DIV/0!, 1=1 cached TRUE; Contacts of SEC-111 is #N/A (t=\"e\"); bad row SEC-108 too.")


def book_styled_result(out):
    b = Book("styledResultCell.xlsx", "nl")
    inv = b.worksheet("Inventaris")
    headers = ["Post-ID", "Directie", "Dienst", "Titel", "Statuut", "VTE", "Personeel", "Coördinatie", "Advies", "Rol",
               "Verbetering", "Contacten", "Huidige klasse", "Rapporteert aan", "Opmerking"]
    inv.put_row(1, headers, 1)
    rows = posts("nl", 12)
    for k, row in enumerate(rows):
        r = 2 + k
        pid, title, staff, scope, advice, role, improvement, contacts, klass = row
        values = [pid, "DG Ondersteuning", f"Dienst {1 + k % 3}", title, "statutair" if k % 2 else "contractueel", 1 if k % 3 else 0.8,
                  staff, scope, advice, role, improvement, contacts, klass, f"SEC-0{10 + k % 4}", None]
        inv.put_row(r, values)
    last = 1 + len(rows)
    inv.put(4, 15, "nog na te kijken")
    put_check_column(inv, "nl", 16, 2, last, staff_col=7)
    inv.put(5, 17, Cell(None, 3))  # Q5: a styled empty cell where the first result column goes
    inv.put(9, 20, Cell(None, 3))  # T9 too
    inv.row_attrs[7] = {"s": "3", "customFormat": "1"}  # a row style that covers the result columns
    inv.cols = '<col min="1" max="16384" width="10"/>'
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["styled-empty-cell-in-result-block", "row-style", "cols-to-xfd", "wide-inventory", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="Inventory A1:P13 (15 columns + P 'Controle' shared formulas); Q5 and T9 are styled empty cells (<c r=\"Q5\" s=\"3\"/>) in the result block; row 7 has a row style; <col min=\"1\" max=\"16384\" width=\"10\"/>; bad row.")


def book_kitchen_sink(out):
    b = Book("kitchenSink.xlsx", "nl")
    inv, last = standard_sheet(b, "Inventaris", "nl", count=16)
    feature_sparklines(b, inv, 11, 2, last)
    feature_external_link(b, inv, 12, 2)
    feature_autofilter(b, inv, 2, last, 12, 9, {"A1", "A2", "A3", "A4"})
    ls = lists_sheet(b)
    feature_cf_validation(b, inv, 2, last, ls)
    feature_comments(b, inv, "C3", "I2")
    feature_hyperlinks(b, inv, [("A2", "Draaitabel!A1")], [("B3", "https://www.example.org/functies")])
    feature_chart_on_sheet(b, inv, 2, last, with_text_box=True)
    feature_pivot(b, inv, last, "Draaitabel")
    feature_chartsheet(b, inv, 2, last, "Grafiek")
    feature_label(b)
    feature_custom_props(b)
    b.name_("Drempel", "1000")
    b.name_("Ber", "Inventaris!$C$2:$C$4", inv)
    b.name_("Ber", "Lijsten!$A$1:$A$2", ls)
    b.name_("_xlnm.Print_Area", f"Inventaris!$A$1:$L${last}", inv)
    b.write(out)
    return dict(inventorySheet="Inventaris", features=["pivot-table", "chart", "shape-text-box", "chart-sheet", "external-link", "threaded-comments", "legacy-comments", "hyperlink-internal", "hyperlink-external",
                                                       "sensitivity-label", "custom-properties", "autofilter-criteria", "hidden-filtered-rows", "sparklines", "conditional-format-duplicate-values", "x14-conditional-format",
                                                       "data-validation-list", "x14-data-validation-other-sheet", "defined-names", "sheet-scoped-names-same-name", "print-area", "shared-formulas", "calc-chain"],
                expectedExit=1, notes="Most features at once on one inventory sheet (16 posts): its rels hold a drawing, VML, comments, threaded comments and an external hyperlink; autofilter keeps A1-A4 (blank class rows hidden); sparklines in K, [1]Budget!$B$1 in L2; pivot, chart sheet, lists sheet, label and custom properties; bad row.")


BOOKS = [
    ("pivotTable.xlsx", book_pivot),
    ("chartsShapes.xlsx", book_charts),
    ("externalLink.xlsx", book_external),
    ("commentsHyperlinks.xlsx", book_comments),
    ("sensitivityLabel.xlsx", book_label),
    ("autofilterSparklines.xlsx", book_filter),
    ("tableCalculatedColumn.xlsx", book_table),
    ("structureLocked.xlsx", book_locked),
    ("sheetPassword.xlsx", book_sheet_password),
    ("conditionalFormatsValidations.xlsx", book_cf),
    ("date1904RichText.xlsx", book_1904),
    ("dynamicArray.xlsx", book_dynamic),
    ("definedNamesCalcChain.xlsx", book_names),
    ("macroEnabled.xlsm", book_macro),
    ("cellsWithoutRefs.xlsx", book_no_refs),
    ("xNamespacePrefix.xlsx", book_x_prefix),
    ("inlineStringsErrors.xlsx", book_inline),
    ("styledResultCell.xlsx", book_styled_result),
    ("kitchenSink.xlsx", book_kitchen_sink),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.normpath(os.path.join(here, "..", "..", "..", "test", "fixtures", "fidelity", "handmade"))
    folder = sys.argv[1] if len(sys.argv) > 1 else default
    os.makedirs(folder, exist_ok=True)
    files = []
    for name, make in BOOKS:
        entry = make(os.path.join(folder, name))
        files.append({"file": name, **entry})
    with open(os.path.join(folder, "corpus.json"), "w", encoding="utf-8") as out:
        json.dump({"generator": GENERATOR, "files": files}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    print(f"wrote {len(files)} workbooks and corpus.json to {folder}")


THEME = (
    DECL + f'<a:theme xmlns:a="{NS_A}" name="Office Theme"><a:themeElements><a:clrScheme name="Office">'
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
    '<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1>'
    '<a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
    '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>'
    '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office">'
    '<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Aptos Narrow" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs>'
    '<a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs>'
    '<a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst>'
    '<a:lin ang="5400000" scaled="0"/></a:gradFill><a:gradFill rotWithShape="1"><a:gsLst>'
    '<a:gs pos="0"><a:schemeClr val="phClr"><a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr></a:gs>'
    '<a:gs pos="50000"><a:schemeClr val="phClr"><a:satMod val="110000"/><a:lumMod val="100000"/><a:shade val="100000"/></a:schemeClr></a:gs>'
    '<a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst>'
    '<a:lin ang="5400000" scaled="0"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>'
    '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '<a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>'
    '<a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0">'
    '<a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst>'
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>'
    '<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/><a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs>'
    '<a:gs pos="50000"><a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/><a:lumMod val="103000"/></a:schemeClr></a:gs>'
    '<a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst>'
    '<a:lin ang="5400000" scaled="0"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
    '<a:objectDefaults><a:lnDef><a:spPr/><a:bodyPr/><a:lstStyle/><a:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef>'
    '<a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef>'
    '<a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef></a:style></a:lnDef></a:objectDefaults><a:extraClrSchemeLst/>'
    '<a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" '
    'name="Office Theme" id="{2E142A2C-CD16-42D6-873A-C26D2A0506FA}" vid="{1BDDFF52-6CD6-40A5-AB3C-68EB2F1E4D0A}"/></a:ext></a:extLst></a:theme>'
)

if __name__ == "__main__":
    main()
