/**
 * The shared runtime's pane visibility, as Microsoft documents it:
 * - closing the task pane of an add-in with a shared runtime hides it; the
 *   runtime, its page and its event handlers live on ("Configure your Office
 *   Add-ins to use a shared runtime",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime);
 *   so the fake Excel keeps calling selection handlers whatever this says;
 * - `Office.addin.onVisibilityModeChanged(handler)` calls the handler with
 *   `visibilityMode` "Hidden" or "Taskpane" and resolves to a function that
 *   removes it (https://learn.microsoft.com/en-us/javascript/api/office/office.addin).
 * Hidden pages' timers are slowed by the browser (a second or more); the fake
 * does not slow them: the host is tested to start none while hidden.
 */
import type { PaneVisibility } from "../../src/taskpane/host/ExcelHost";

export class FakeAddin implements PaneVisibility {
  readonly handlers: ((visible: boolean) => void)[] = [];

  async onChange(handler: (visible: boolean) => void): Promise<() => Promise<void>> {
    this.handlers.push(handler);
    return async () => {
      this.handlers.splice(this.handlers.indexOf(handler), 1);
    };
  }

  hide(): void {
    for (const handler of [...this.handlers]) handler(false);
  }

  show(): void {
    for (const handler of [...this.handlers]) handler(true);
  }
}
