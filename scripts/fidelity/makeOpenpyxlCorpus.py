# Writes the openpyxl part of the fidelity corpus (issue 9): Dutch post inventories as HR
# Python pipelines write them, each with a few workbook features the evaluated copy must keep.
# Deterministic: fixed document dates, fixed zip dates (corpusFiles.normalise).
# usage: /usr/bin/python3 scripts/fidelity/makeOpenpyxlCorpus.py [out folder]
import datetime
import io
import os
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule, Rule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import ColumnDimension
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableStyleInfo
from PIL import Image as PilImage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpusFiles import normalise, write_corpus  # noqa: E402

HEADERS = ["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol", "Verbetering", "Contacten", "Huidige klasse"]
POSTS = [
    ["P-101", "Managementassistent", 45, 1, 1, "bijdragen", 1, 1, "A1"],
    ["P-102", "Directieassistent", 180, 2, "dienst", "verantwoordelijk", 2, 2, "A2"],
    ["P-103", "Attaché coördinatie", 650, 3, 1, "bijdragen", 2, 2, "A2"],
    ["P-104", "Attaché managementondersteuning", 1200, 4, 2, "verantwoordelijk", 2, 3, "A3"],
    ["P-105", "Adviseur beleidsondersteuning", 2400, 4, "strategie", "verantwoordelijk", 2, 3, "A4"],
    ["P-106", "Managementassistent", 90, 1, 1, None, 1, 2, "A1"],
]
WRITTEN = datetime.datetime(2026, 1, 1)


def new_workbook(title="Posten"):
    wb = Workbook()
    wb.properties.creator = "HR-pijplijn"
    wb.properties.created = wb.properties.modified = WRITTEN
    wb.active.title = title
    return wb


def inventory(ws, first_row=1, posts=POSTS, extra=()):
    """Headers at first_row, one post per row below; extra = (header, row -> value) columns after the inputs."""
    ws.cell(first_row, 1)  # keeps openpyxl's cell order stable when rows above are written later
    for c, header in enumerate(HEADERS + [h for h, _ in extra], start=1):
        ws.cell(first_row, c, header)
    for r, post in enumerate(posts, start=first_row + 1):
        for c, value in enumerate(post, start=1):
            ws.cell(r, c, value)
        for c, (_, make) in enumerate(extra, start=len(HEADERS) + 1):
            ws.cell(r, c, make(r))
    return first_row + len(posts)


def defined_names():
    wb = new_workbook()
    posts = wb.active
    inventory(posts, extra=[("Kost", lambda r: f"=C{r}*Drempel"), ("Ber", lambda r: "=ROWS(Ber)" if r == 2 else None)])
    settings = wb.create_sheet("Instellingen")
    settings.append(["Drempel", 100])
    check = wb.create_sheet("Controle")
    for row in [["Ber 1", "=Drempel*2"], ["Ber 2", "=ROWS(Dyn)"], [None, "=ROWS(Ber)"], [None, "=SUM(Posten!C2:C7)/Drempel"]]:
        check.append(row)
    names = wb.defined_names
    names.append(DefinedName("Drempel", attr_text="Instellingen!$B$1"))
    names.append(DefinedName("Dyn", attr_text="OFFSET(Posten!$A$2,0,0,COUNTA(Posten!$A:$A)-1,1)"))
    names.append(DefinedName("Ber", attr_text="Posten!$A$2:$A$4", localSheetId=0))
    names.append(DefinedName("Ber", attr_text="Controle!$A$1:$A$2", localSheetId=2))
    names.append(DefinedName("Verborgen_naam", attr_text="Instellingen!$A$1", hidden=True, comment="intern"))
    posts.print_area = "A1:I7"
    return wb, ["workbook-scoped name used in formulas (=Drempel*2)", "two sheet-scoped names 'Ber' on different sheets",
                "dynamic name with OFFSET (=ROWS(Dyn))", "hidden name with a comment", "print area"]


def png(colour):
    """A small PNG, as a file: openpyxl 3.0 re-reads the image from its file when saving."""
    data = io.BytesIO()
    PilImage.new("RGB", (48, 24), colour).save(data, format="PNG")
    data.seek(0)
    return data


def chart_and_image():
    wb = new_workbook()
    ws = wb.active
    last = inventory(ws)
    chart = BarChart()
    chart.title = "Personeel per post"
    chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    ws.add_chart(chart, "B10")
    ws.add_image(Image(png((30, 90, 160))), "H10")
    sheet = wb.create_chartsheet("Grafiek")
    whole = BarChart()
    whole.add_data(Reference(ws, min_col=4, min_row=1, max_row=last), titles_from_data=True)
    sheet.add_chart(whole)
    return wb, ["bar chart on the inventory sheet (drawing without xdr: prefix)", "image (PNG)", "chart sheet"]


def table_comments_links():
    wb = new_workbook()
    ws = wb.active
    last = inventory(ws, extra=[("Bron", lambda r: None)])
    table = Table(displayName="Posten", ref=f"A1:J{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    ws["B2"].comment = Comment("Nakijken met de directie", "Analist")
    ws["C5"].comment = Comment("Telling 2025", "Personeelsdienst")
    ws["J2"].hyperlink = "https://example.org/organigram?dienst=P-101"
    ws["J3"].hyperlink = Hyperlink(ref="J3", location="'Toelichting'!A1", display="zie toelichting")
    ws["J3"].value = "zie toelichting"
    notes = wb.create_sheet("Toelichting")
    notes["A1"] = "Toelichting bij de inventaris"
    notes["A2"].hyperlink = Hyperlink(ref="A2", location="Posten!A1", display="terug")
    notes["A2"].value = "terug"
    return wb, ["Excel table over the inventory", "legacy comments with two authors", "external hyperlink", "internal hyperlinks"]


def filter_validation_formats():
    wb = new_workbook()
    ws = wb.active
    last = inventory(ws)
    ws.auto_filter.ref = f"A1:I{last}"
    ws.auto_filter.add_filter_column(8, ["A1", "A2"])
    for r in range(2, last + 1):
        ws.row_dimensions[r].hidden = ws.cell(r, 9).value not in ("A1", "A2")
    red = DifferentialStyle(fill=PatternFill(bgColor="FFFFC7CE"), font=Font(color="FF9C0006"))
    ws.conditional_formatting.add(f"A2:A{last}", Rule(type="duplicateValues", dxf=red))
    ws.conditional_formatting.add(f"C2:C{last}", CellIsRule(operator="greaterThan", formula=["1000"], fill=PatternFill(bgColor="FFFFEB9C")))
    ws.conditional_formatting.add(f"D2:D{last}", ColorScaleRule(start_type="min", start_color="FFF8696B", end_type="max", end_color="FF63BE7B"))
    ws.conditional_formatting.add(f"F2:F{last}", FormulaRule(formula=['F2="verantwoordelijk"'], font=Font(bold=True)))
    rules = [
        (f"F2:F{last}", DataValidation(type="list", formula1='"verantwoordelijk,bijdragen"', allow_blank=True)),
        (f"C2:C{last}", DataValidation(type="whole", operator="greaterThanOrEqual", formula1="1", error="Een aantal personen")),
        (f"D2:D{last}", DataValidation(type="whole", operator="between", formula1="1", formula2="4")),
        (f"I2:I{last}", DataValidation(type="list", formula1='"A1,A2,A3,A4"', showDropDown=False)),
    ]
    for ref, validation in rules:
        validation.add(ref)
        ws.add_data_validation(validation)
    return wb, ["autofilter with filter criteria on 'Huidige klasse'", "rows hidden by the filter",
                "conditional formats: duplicateValues, cellIs, colorScale, expression", "data validations on the analyst's columns"]


def layout_and_rich_text():
    wb = new_workbook()
    ws = wb.active
    ws["A1"] = "Inventaris ondersteuning — Directie Middelen"
    ws["A2"] = "Rich title"  # becomes rich text after saving (see rich_text below)
    bad = [list(p) for p in POSTS] + [["P-107", "Fout", "veel", 2, 1, None, 1, 1, "A2"]]
    last = inventory(ws, first_row=3, posts=bad, extra=[("Verborgen ref", lambda r: f"=Verborgen!A{r - 3}*2")])
    ws.merge_cells("A1:I1")
    ws.merge_cells(f"K{last + 2}:M{last + 3}")
    ws.cell(last + 2, 11, "samengevoegd")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.freeze_panes = "C4"
    ws.row_dimensions[6].hidden = True
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["G"].hidden = True
    # One width for K to LibreOffice's last column: the result columns land inside an existing range.
    ws.column_dimensions["K"] = ColumnDimension(ws, index="K", min=11, max=1024, width=11)
    hidden = wb.create_sheet("Verborgen")
    hidden.sheet_state = "hidden"
    for r in range(1, len(bad) + 1):
        hidden.cell(r, 1, r * 10)
    return wb, ["title rows above the header (header on row 3)", "merged cells", "frozen panes", "hidden row", "hidden column",
                "column widths", "one <col> range from K to column 1024", "hidden sheet referenced by formulas", "rich text cell", "a row in error (exit 1)"]


RICH_TITLE = ('<is><r><rPr><b/><sz val="14"/><color rgb="FF1F4E79"/><rFont val="Calibri"/></rPr><t>Inventaris</t></r>'
              '<r><rPr><i/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve"> (vertrouwelijk)</t></r></is>')


def rich_text(path):
    """openpyxl 3.0 cannot write rich text; this writes the runs of an inline string, the form openpyxl 3.1 uses."""
    import zipfile
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<is><t>Rich title</t></is>", RICH_TITLE.encode("utf-8"))
            target.writestr(info, data)


def styles_numbers_dates(epoch=None):
    wb = new_workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    start = datetime.date(2024, 3, 1)
    extra = [("Ingangsdatum", lambda r: start + datetime.timedelta(days=97 * r)), ("Jaar", lambda r: f"=YEAR(J{r})"),
             ("Evaluatie", lambda r: f"=J{r}+30"), ("Tijdstip", lambda r: datetime.datetime(2025, 5, r, 9, 30)),
             ("VTE", lambda r: 0.5 + 0.1 * r), ("Kost", lambda r: f"=ROUND(N{r}*52000,2)")]
    last = inventory(ws, extra=extra)
    header = NamedStyle(name="Kop", font=Font(bold=True, color="FFFFFFFF"), fill=PatternFill("solid", fgColor="FF1F4E79"),
                        border=Border(bottom=Side(style="medium")))
    money = NamedStyle(name="Bedrag", number_format='#,##0.00 "EUR"')
    wb.add_named_style(header)
    wb.add_named_style(money)
    for cell in ws[1]:
        cell.style = "Kop"
    formats = {"J": "dd/mm/yyyy", "L": "yyyy-mm-dd", "M": "yyyy-mm-dd hh:mm", "N": "0.0%", "C": "#,##0"}
    for r in range(2, last + 1):
        for column, number_format in formats.items():
            ws[f"{column}{r}"].number_format = number_format
        ws[f"O{r}"].style = "Bedrag"
    return wb, ["named styles (Kop, Bedrag)", "custom number formats", "dates and date-times", "date formulas (=YEAR, +30)"]


def dates_1904():
    wb, features = styles_numbers_dates(CALENDAR_MAC_1904)
    return wb, ["1904 date system (workbookPr date1904)"] + features


def protection():
    wb = new_workbook()
    ws = wb.active
    last = inventory(ws, extra=[("Kost", lambda r: f"=C{r}*10")])
    for r in range(2, last + 1):
        for c in range(3, 10):
            ws.cell(r, c).protection = Protection(locked=False)
    ws.protection.sheet = True
    ws.protection.password = "geheim"
    ws.protection.formatColumns = False
    wb.security = WorkbookProtection(workbookPassword="geheim", lockStructure=False, lockWindows=True)
    return wb, ["sheet protection with a legacy password", "unlocked input cells",
                "workbook protection without lockStructure (lockWindows)"]


def locked_structure():
    wb = new_workbook()
    inventory(wb.active)
    wb.create_sheet("Toelichting")["A1"] = "Structuur vergrendeld"
    wb.security = WorkbookProtection(workbookPassword="geheim", lockStructure=True)
    return wb, ["workbook protection with lockStructure: sheets cannot be added, the tool must refuse (exit 2)"]


def plain():
    wb = new_workbook()
    inventory(wb.active)
    return wb, ["values only, as pandas.DataFrame.to_excel writes them"]


CORPUS = [  # file, writer, expected exit code
    ("plain.xlsx", plain, 0),
    ("definedNames.xlsx", defined_names, 0),
    ("chartAndImage.xlsx", chart_and_image, 0),
    ("tableCommentsLinks.xlsx", table_comments_links, 0),
    ("filterValidationFormats.xlsx", filter_validation_formats, 0),
    ("layoutAndRichText.xlsx", layout_and_rich_text, 1),
    ("stylesNumbersDates.xlsx", styles_numbers_dates, 0),
    ("dates1904.xlsx", dates_1904, 0),
    ("protection.xlsx", protection, 0),
    ("lockedStructure.xlsx", locked_structure, 2),
]


def main(folder):
    os.makedirs(folder, exist_ok=True)
    files = []
    for name, write, exit_code in CORPUS:
        wb, features = write()
        path = os.path.join(folder, name)
        wb.save(path)
        if write is layout_and_rich_text:
            rich_text(path)
        normalise(path)
        files.append({"file": name, "inventorySheet": "Posten", "features": features, "expectedExit": exit_code})
    write_corpus(folder, "scripts/fidelity/makeOpenpyxlCorpus.py", files)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "test", "fixtures", "fidelity", "openpyxl"))
