// The CLI's I/O floor: ExcelJS merely reading a workbook and writing it back, the way the CLI does (whole file to a
// buffer, load, writeBuffer, write). `node floor.cjs in.xlsx out.xlsx`.
const fs = require('fs');
const { Buffer } = require('buffer');
const { Workbook } = require('exceljs');

async function main() {
  const [input, output] = process.argv.slice(2);
  const workbook = new Workbook();
  await workbook.xlsx.load(await fs.promises.readFile(input));
  await fs.promises.writeFile(output, Buffer.from(await workbook.xlsx.writeBuffer()));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
