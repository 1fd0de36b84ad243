# Shared by the fidelity corpus scripts (Debian /usr/bin/python3, standard library only):
# makes a written workbook byte-for-byte reproducible and writes a folder's corpus.json.
#
#   /usr/bin/python3 corpusFiles.py normalise FILE...          fixed zip dates and document dates
#   /usr/bin/python3 corpusFiles.py libreoffice-corpus SRC DST  DST/corpus.json for LibreOffice re-saves of SRC's files
import json
import os
import re
import sys
import zipfile

# Zip entry dates, docProps dates and LibreOffice's random chart axis ids are the only things
# that change from one run to the next.
FIXED_ZIP_DATE = (2026, 1, 1, 0, 0, 0)
FIXED_DOC_DATE = "2026-01-01T00:00:00Z"


def normalise(path):
    """Rewrites the package in place with the same entries, in the same order, and fixed dates."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{FIXED_DOC_DATE}\g<3>", text)
                data = text.encode("utf-8")
            if re.fullmatch(r"xl/charts/chart\d+\.xml", info.filename):
                data = numbered_axes(data.decode("utf-8")).encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, data)


def numbered_axes(chart):
    """Axis ids 1, 2, ... in order of first use instead of LibreOffice's random ones (links between axes kept)."""
    numbers = {}

    def number(match):
        numbers.setdefault(match.group(2), str(len(numbers) + 1))
        return f"{match.group(1)}{numbers[match.group(2)]}\""
    return re.sub(r'(<c:(?:axId|crossAx) val=")(\d+)"', number, chart)


def write_corpus(folder, generator, files):
    """Writes FOLDER/corpus.json: what every file holds and how the tool must end on it."""
    corpus = {"generator": generator, "files": files}
    with open(os.path.join(folder, "corpus.json"), "w", encoding="utf-8") as out:
        json.dump(corpus, out, ensure_ascii=False, indent=2)
        out.write("\n")


# What LibreOffice 7.4 does to a source's features when it re-saves the file (None: dropped).
CHANGED_BY_LIBREOFFICE = {
    "chart sheet": "chart sheet saved as a worksheet holding the chart",
    "legacy comments with two authors": "legacy comments (LibreOffice writes a blank author)",
    "hidden name with a comment": "name 'Verborgen_naam' (LibreOffice drops hidden and comment)",
    "frozen panes": None,
    "workbook protection without lockStructure (lockWindows)": None,
    "one <col> range from K to column 1024": "LibreOffice's wide <col min=\"11\" max=\"1024\"> range over the result columns",
}


def libreoffice_corpus(source_folder, target_folder):
    """The re-saved files keep their source's inventory sheet and expected exit code; features as LibreOffice keeps them."""
    with open(os.path.join(source_folder, "corpus.json"), encoding="utf-8") as data:
        sources = {entry["file"]: entry for entry in json.load(data)["files"]}
    files = []
    for name in sorted(os.listdir(target_folder)):
        if not name.endswith(".xlsx"):
            continue
        entry = dict(sources[name])
        kept = [CHANGED_BY_LIBREOFFICE.get(feature, feature) for feature in entry["features"]]
        entry["features"] = ["saved by LibreOffice 7.4: shared strings, its own styles.xml"] + [f for f in kept if f]
        files.append(entry)
    write_corpus(target_folder, "scripts/fidelity/makeLibreOfficeCorpus.sh", files)


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "normalise":
        for file in arguments:
            normalise(file)
    elif command == "libreoffice-corpus":
        libreoffice_corpus(*arguments)
    else:
        sys.exit(f"unknown command {command}")
