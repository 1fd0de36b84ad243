/**
 * A faithful stand-in for the parts of Excel's custom-functions runtime the
 * add-in uses: CustomFunctions.Error (code + optional message; Excel shows a
 * message only for #VALUE! and #N/A), the ErrorCode values, and associate(),
 * which records what registers.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    if (!Object.values(ErrorCode).includes(code as (typeof ErrorCode)[keyof typeof ErrorCode])) {
      throw new TypeError(`unknown CustomFunctions.ErrorCode ${code}`);
    }
    if (message !== undefined && code !== ErrorCode.invalidValue && code !== ErrorCode.notAvailable) {
      throw new TypeError(`Excel shows no message for ${code}`);
    }
    this.code = code;
    this.message = message;
  }
}

export interface FakeCustomFunctions {
  Error: typeof CustomFunctionsError;
  ErrorCode: typeof ErrorCode;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
}

export function createCustomFunctions(): FakeCustomFunctions {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: CustomFunctionsError,
    ErrorCode,
    associated,
    associate(id, fn) {
      if (typeof fn !== "function") throw new TypeError(`associate(${id}) was given no function`);
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
  };
}

/** Installs the fake as the global CustomFunctions (jest setup for node tests). */
export function installCustomFunctions(): FakeCustomFunctions {
  const runtime = createCustomFunctions();
  (globalThis as unknown as { CustomFunctions: FakeCustomFunctions }).CustomFunctions = runtime;
  return runtime;
}
