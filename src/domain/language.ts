/** The languages the product speaks. Dutch is the seed's language. */
export const LANGUAGES = ["nl", "fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in each of the product's languages. */
export type Localized = Readonly<Record<Language, string>>;
