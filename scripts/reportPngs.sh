#!/usr/bin/env bash
# Renders the example's 自评报告 — the sheet in the scored workbook and the Word file — to
# docs/report-sheet.png and docs/report-docx.png (first page of each) for the README.
#
# LibreOffice stands in for Excel and Word. Machines like this one lack the fonts an office PC has
# (仿宋_GB2312, 黑体, 楷体, 宋体, Calibri), and fontconfig would fall back to DejaVu Sans for all of
# them; a private fontconfig maps them to the closest installed faces (Noto Serif/Sans CJK, and for
# Calibri a face of about its digit width, which is what sets Excel's column widths).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/selfeval-png.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern"><test name="family"><string>仿宋_GB2312</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>仿宋</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>楷体_GB2312</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>楷体</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>宋体</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>方正小标宋简体</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>黑体</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>Calibri</string></test><edit name="family" mode="assign" binding="strong"><string>Liberation Sans Narrow</string></edit></match>
  <match target="pattern"><test name="family"><string>Times New Roman</string></test><edit name="family" mode="assign" binding="strong"><string>Liberation Serif</string></edit></match>
</fontconfig>
XML
export FONTCONFIG_FILE="$WORK/fonts.conf"

cd "$ROOT"
npx tsc -p tsconfig.node.json
EXAMPLE="examples/民政局2022部门整体支出绩效自评表.xlsx"
node bin/selfeval.js "$EXAMPLE" --out "$WORK/scored.xlsx" --report-docx "$WORK/report.docx" >/dev/null
# LibreOffice prints every visible sheet: keep only the report for the picture.
node -e '
const ExcelJS = require("exceljs");
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[1]);
  for (const ws of [...wb.worksheets]) if (ws.name !== "自评报告") wb.removeWorksheet(ws.id);
  await wb.xlsx.writeFile(process.argv[2]);
})();' "$WORK/scored.xlsx" "$WORK/report-sheet.xlsx"
for f in report-sheet.xlsx report.docx; do
  soffice "-env:UserInstallation=file://$WORK/lo-${f%%.*}" --headless --norestore --convert-to pdf --outdir "$WORK" "$WORK/$f" >/dev/null 2>&1
done
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$WORK/report-sheet.pdf" "$ROOT/docs/report-sheet"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$WORK/report.pdf" "$ROOT/docs/report-docx"
echo "wrote docs/report-sheet.png docs/report-docx.png"
