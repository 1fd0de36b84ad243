# Writes a Dutch post inventory the way HR pipelines do (Debian python3-openpyxl):
# an Excel table over the data, cell comments, a formula, number formats.
# usage: /usr/bin/python3 makeForeignWorkbook.py <out.xlsx>
import sys
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

wb = Workbook()
ws = wb.active
ws.title = "Posten"
ws.append(["Post-ID", "Functietitel", "Personeel", "Coördinatie", "Advies", "Rol", "VTE", "Kost"])
rows = [
    ["P1", "Managementassistent", 150, 1, "dienst", "", 1.0],
    ["P2", "Adviseur", "1 200", "A3", "strategie", "verantwoordelijk", 0.8],
    ["P3", "Attaché", 500, 4, 2, "", 1.0],
    ["P4", "Fout", "12,5", "veel", 1, "", 0.5],
]
for i, row in enumerate(rows, start=2):
    ws.append(row + [f"=G{i}*1000"])
    ws.cell(i, 7).number_format = "0.00"
for cell in ws[1]:
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="FFDDEEFF")
table = Table(displayName="Posten", ref="A1:H5")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
ws.add_table(table)
ws["B2"].comment = Comment("Nakijken met de directie", "Analist")
ws["C4"].comment = Comment("Telling 2025", "Analist")
wb.save(sys.argv[1])
