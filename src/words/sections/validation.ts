
export interface ValidationWords {
  readonly roleChoices: readonly string[];
  readonly dropdownHint: string;
}
