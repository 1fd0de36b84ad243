/**
 * The contract of the workbook port (src/workbook/port.ts): one list of cases
 * (portContract.cases.ts) run over every adapter that implements WorkbookPort
 * (portContract.adapters.ts), each on the same starting workbook. A case an
 * adapter cannot support is skipped with the reason in its name; a case an
 * adapter is known to disagree with runs as it.failing, the disagreement in
 * its name, so it is neither silent nor left behind once the adapter agrees.
 */
import { ADAPTERS, type Adapter } from "./portContract.adapters";
import { CASES } from "./portContract.cases";

describe.each(ADAPTERS.map((adapter): [string, Adapter] => [adapter.name, adapter]))("the workbook port's contract: %s", (name, adapter) => {
  for (const contract of CASES) {
    const skipped = contract.skip?.[name];
    const disagreement = contract.disagree?.[name];
    const run = async () => contract.run(await adapter.open());
    if (skipped !== undefined) it.skip(`${contract.name} — skipped: ${skipped}`, run);
    else if (disagreement !== undefined) it.failing(`${contract.name} — KNOWN DISAGREEMENT: ${disagreement}`, run);
    else it(contract.name, run);
  }
});
