# Helpers for the column chart's end-to-end test (Debian python3-openpyxl, python3-pil).
# usage:
#   chartWorkbook.py make <out.xlsx> <sheet name>...      one sheet per name, A1:B5 = class/posts
#   chartWorkbook.py inject <in.xlsx> <out.xlsx> <parts dir>...
#       parts dir i holds drawing.xml, chart.xml, drawing.xml.rels and chartTarget.txt for sheet i+1;
#       adds them as a package writer would: the sheet's <drawing r:id>, its rels, content types
#   chartWorkbook.py read <file.xlsx>                       charts openpyxl finds, as JSON
#   chartWorkbook.py bars <page.png> <RRGGBB>...            where each colour is drawn on the page, as JSON
import json
import sys
import zipfile

POSTS = [3, 12, 7, 1]
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DRAWING_REL = REL_NS + "/drawing"
DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml"
CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
# CT_Worksheet elements that follow <drawing> (schema order): it goes before the first one present.
AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
                 "webPublishItems", "tableParts", "extLst"]


def make(out, names):
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for name in names:
        ws = wb.create_sheet(name)
        ws.append(["Indicatieve klasse", "Posten"])
        for level, posts in enumerate(POSTS, start=1):
            ws.append([f"A{level}", posts])
    wb.save(out)


def inject(source, out, part_dirs):
    with zipfile.ZipFile(source) as zin:
        entries = {name: zin.read(name) for name in zin.namelist()}
    types = entries["[Content_Types].xml"].decode()
    for i, part_dir in enumerate(part_dirs, start=1):
        def part(name):
            with open(f"{part_dir}/{name}", "rb") as f:
                return f.read()
        chart_name = part("chartTarget.txt").decode().strip().replace("../charts/", "")
        entries[f"xl/drawings/drawing{i}.xml"] = part("drawing.xml")
        entries[f"xl/drawings/_rels/drawing{i}.xml.rels"] = part("drawing.xml.rels")
        entries[f"xl/charts/{chart_name}"] = part("chart.xml")
        sheet_path = f"xl/worksheets/sheet{i}.xml"
        sheet = entries[sheet_path].decode()
        cut = min([sheet.find(f"<{tag}") for tag in AFTER_DRAWING if f"<{tag}" in sheet] + [sheet.rindex("</worksheet>")])
        sheet = sheet[:cut] + f'<drawing xmlns:r="{REL_NS}" r:id="rIdChart"/>' + sheet[cut:]
        entries[sheet_path] = sheet.encode()
        rels_path = f"xl/worksheets/_rels/sheet{i}.xml.rels"
        rels = entries.get(rels_path, f'<Relationships xmlns="{PKG_REL_NS}"></Relationships>'.encode()).decode()
        link = f'<Relationship Id="rIdChart" Type="{DRAWING_REL}" Target="../drawings/drawing{i}.xml"/>'
        entries[rels_path] = rels.replace("</Relationships>", link + "</Relationships>").encode()
        types = types.replace("</Types>",
                              f'<Override PartName="/xl/drawings/drawing{i}.xml" ContentType="{DRAWING_TYPE}"/>'
                              f'<Override PartName="/xl/charts/{chart_name}" ContentType="{CHART_TYPE}"/></Types>')
    entries["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        # [Content_Types].xml first, as Office writes it.
        for name in sorted(entries, key=lambda n: n != "[Content_Types].xml"):
            zout.writestr(name, entries[name])


def read(file):
    from openpyxl import load_workbook
    wb = load_workbook(file)
    sheets = {}
    for ws in wb.worksheets:
        charts = []
        for chart in ws._charts:
            series = chart.series[0]
            title = "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
            charts.append({
                "type": chart.tagname,
                "barDir": chart.type,
                "grouping": chart.grouping,
                "title": title,
                "seriesName": series.tx.strRef.f if series.tx and series.tx.strRef else None,
                "categories": series.cat.strRef.f,
                "values": series.val.numRef.f,
                "cachedValues": [pt.v for pt in series.val.numRef.numCache.pt] if series.val.numRef.numCache else [],
                # openpyxl 3.0 keeps an srgbClr as its hex string.
                "pointColours": [str(dpt.spPr.solidFill.srgbClr) for dpt in series.dPt],
                "from": [chart.anchor._from.col, chart.anchor._from.row],
                "to": [chart.anchor.to.col, chart.anchor.to.row],
            })
        sheets[ws.title] = charts
    print(json.dumps(sheets))


def bars(png, colours):
    """For each colour, the bounding box and count of pixels within a small tolerance of it."""
    from PIL import Image
    image = Image.open(png).convert("RGB")
    width, height = image.size
    pixels = image.load()
    targets = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in colours]
    found = {c: {"pixels": 0, "left": width, "right": -1, "top": height, "bottom": -1} for c in colours}
    for y in range(height):
        for x in range(width):
            p = pixels[x, y]
            for colour, t in zip(colours, targets):
                if abs(p[0] - t[0]) <= 6 and abs(p[1] - t[1]) <= 6 and abs(p[2] - t[2]) <= 6:
                    box = found[colour]
                    box["pixels"] += 1
                    box["left"], box["right"] = min(box["left"], x), max(box["right"], x)
                    box["top"], box["bottom"] = min(box["top"], y), max(box["bottom"], y)
    print(json.dumps(found))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "make":
        make(args[0], args[1:])
    elif command == "inject":
        inject(args[0], args[1], args[2:])
    elif command == "read":
        read(args[0])
    elif command == "bars":
        bars(args[0], args[1:])
    else:
        sys.exit(f"unknown command {command}")
