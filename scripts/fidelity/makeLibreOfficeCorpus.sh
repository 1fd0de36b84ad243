#!/usr/bin/env bash
# Writes the LibreOffice part of the fidelity corpus (issue 9): openpyxl corpus files re-saved by
# LibreOffice Calc, which writes its own tables, sheet protection, shared (rich) strings and
# <col min=".." max="1024"> ranges. Run makeOpenpyxlCorpus.py first. lockedStructure.xlsx is
# not re-saved: LibreOffice 7.4 drops openpyxl's workbook protection, so the copy would not be locked.
# usage: bash scripts/fidelity/makeLibreOfficeCorpus.sh [out folder]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source_folder=$root/test/fixtures/fidelity/openpyxl
out=${1:-$root/test/fixtures/fidelity/libreoffice}
sources=(
  definedNames.xlsx
  chartAndImage.xlsx
  tableCommentsLinks.xlsx
  filterValidationFormats.xlsx
  layoutAndRichText.xlsx
  protection.xlsx
  dates1904.xlsx
)

# A throw-away profile: no first-start dialogs, no clash with a LibreOffice the user has open.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

mkdir -p "$out"
rm -f "$out"/*.xlsx
soffice "-env:UserInstallation=file://$profile" --headless --convert-to "xlsx:Calc MS Excel 2007 XML" \
  --outdir "$out" "${sources[@]/#/$source_folder/}" >/dev/null
for file in "${sources[@]}"; do
  [ -f "$out/$file" ] || { echo "LibreOffice wrote no $out/$file" >&2; exit 1; }
done
/usr/bin/python3 "$here/corpusFiles.py" normalise "$out"/*.xlsx
/usr/bin/python3 "$here/corpusFiles.py" libreoffice-corpus "$source_folder" "$out"
