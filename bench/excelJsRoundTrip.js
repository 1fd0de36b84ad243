/* The baseline of the batch benchmark: ExcelJS alone reading an .xlsx and
   writing it back, the way the batch tool reads and writes (readXlsx/writeXlsx). */
const ExcelJS = require("exceljs");
const [input, output] = process.argv.slice(2);
(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
})().catch((failure) => {
  process.stderr.write(`${failure.stack}\n`);
  process.exit(1);
});
