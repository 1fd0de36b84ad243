
/** The Matrix panel's words. */
export interface MatrixText {
  readonly heading: string;
  readonly intro: string;
  readonly language: string;
  readonly load: string;
  readonly loading: string;
  readonly loaded: (sheet: string) => string;
}
