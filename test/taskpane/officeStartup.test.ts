/**
 * The pane asks Excel to start the add-in with the workbook only when the
 * workbook does not already say so. Office.addin as Microsoft documents it:
 * getStartupBehavior() resolves to an Office.StartupBehavior ("None" or
 * "Load"), setStartupBehavior(behavior) is asynchronous
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.addin,
 * "Run code in your Office Add-in when the document opens").
 */
import { loadWithWorkbook } from "../../src/taskpane/officeStartup";

function fakeOffice(stored: "None" | "Load") {
  const calls: string[] = [];
  const office = {
    StartupBehavior: { none: "None", load: "Load" },
    addin: {
      getStartupBehavior: async () => {
        calls.push("get");
        return stored;
      },
      setStartupBehavior: async (behavior: string) => {
        calls.push(`set ${behavior}`);
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return calls;
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test("sets Load when the workbook does not start the add-in yet", async () => {
  const calls = fakeOffice("None");
  await loadWithWorkbook();
  expect(calls).toEqual(["get", "set Load"]);
});

test("leaves the workbook alone when it already starts the add-in", async () => {
  const calls = fakeOffice("Load");
  await loadWithWorkbook();
  expect(calls).toEqual(["get"]);
});
