# Checks the hand-made fidelity corpus (issue 9): every package is well formed, and the
# inventory opens in LibreOffice and in openpyxl.
#
#   - every XML part parses; every relationship target inside the package exists;
#     every part has a content type; every part but [Content_Types].xml is reachable
#   - openpyxl.load_workbook opens it (warnings are listed, failures reported)
#   - soffice --headless --convert-to csv exports the inventory sheet and its header
#     row and post ids are in the CSV
#
# usage: /usr/bin/python3 scripts/fidelity/handmade/verifyHandmadeCorpus.py [folder] [--no-soffice]
import csv
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
import warnings
import zipfile
from xml.etree import ElementTree

PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
PKG_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def check_package(path):
    problems = []
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        parts = set(names)
        for name in names:
            if name.endswith((".xml", ".rels", ".vml")):
                try:
                    ElementTree.fromstring(archive.read(name))
                except ElementTree.ParseError as error:
                    problems.append(f"{name}: not well formed ({error})")
        types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(PKG_CT + "Default")}
        overrides = {o.get("PartName")[1:] for o in types.iter(PKG_CT + "Override")}
        for name in names:
            if name == "[Content_Types].xml" or name.endswith("/"):
                continue
            if name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                problems.append(f"{name}: no content type")
        for part in overrides:
            if part not in parts:
                problems.append(f"content type override for missing part {part}")
        reached = {"[Content_Types].xml"}
        for name in names:
            if not name.endswith(".rels"):
                continue
            reached.add(name)
            folder = posixpath.dirname(posixpath.dirname(name))
            ids = set()
            for rel in ElementTree.fromstring(archive.read(name)).iter(PKG_RELS + "Relationship"):
                if rel.get("Id") in ids:
                    problems.append(f"{name}: duplicate Id {rel.get('Id')}")
                ids.add(rel.get("Id"))
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                resolved = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                if resolved not in parts:
                    problems.append(f"{name}: {rel.get('Id')} -> {target}: missing part {resolved}")
                reached.add(resolved)
        for name in names:
            if name not in reached:
                problems.append(f"{name}: no relationship points to it")
    return problems


def check_openpyxl(path, sheet):
    try:
        import openpyxl
    except ImportError:
        return "openpyxl not installed", []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            wb = openpyxl.load_workbook(path, keep_vba=path.endswith(".xlsm"))
            ws = wb[sheet]
            header = [c.value for c in ws[1]]
            result = f"ok ({ws.max_row} rows; A1={header[0]!r})"
        except Exception as error:  # noqa: BLE001 - reported, not raised
            result = f"FAILED: {type(error).__name__}: {error}"
    return result, sorted({str(w.message) for w in caught})


def check_soffice(path, sheet, sheet_number, expected):
    out = tempfile.mkdtemp(prefix="handmade-lo-")
    try:
        # Sheet number as the 12th token of the CSV filter options (LibreOffice 7.2+).
        options = f"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheet_number}"
        run = subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", options, "--outdir", out, path],
            capture_output=True, text=True, timeout=180,
        )
        produced = [f for f in os.listdir(out) if f.endswith(".csv")]
        if not produced:
            return f"FAILED: no csv ({run.stdout.strip()} {run.stderr.strip()})"
        with open(os.path.join(out, produced[0]), encoding="utf-8") as data:
            rows = list(csv.reader(data))
        text = "\n".join(",".join(r) for r in rows)
        missing = [word for word in expected if not any(w in text for w in word.split("|"))]
        if missing:
            return f"FAILED: csv of '{sheet}' lacks {missing}"
        return f"ok ({len(rows)} csv rows)"
    finally:
        shutil.rmtree(out, ignore_errors=True)


def sheet_number(path, sheet):
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    names = [s.get("name") for s in root.iter() if s.tag.endswith("}sheet")]
    return names.index(sheet) + 1


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    folder = args[0] if args else os.path.normpath(os.path.join(here, "..", "..", "..", "test", "fixtures", "fidelity", "handmade"))
    with open(os.path.join(folder, "corpus.json"), encoding="utf-8") as data:
        corpus = json.load(data)
    failed = False
    for entry in corpus["files"]:
        path = os.path.join(folder, entry["file"])
        sheet = entry["inventorySheet"]
        print(f"== {entry['file']} ({os.path.getsize(path)} bytes)")
        problems = check_package(path)
        for problem in problems:
            print(f"   package: {problem}")
        print(f"   package: {'ok' if not problems else 'PROBLEMS'}")
        result, caught = check_openpyxl(path, sheet)
        print(f"   openpyxl: {result}")
        for message in caught:
            print(f"     warning: {message}")
        if "--no-soffice" not in sys.argv:
            expected = ["SEC-101", "SEC-106", "Coördinatie|Coordination", "1 200", "12,5|SEC-109"]
            print(f"   soffice: {check_soffice(path, sheet, sheet_number(path, sheet), expected)}")
        failed = failed or bool(problems) or result.startswith("FAILED")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
