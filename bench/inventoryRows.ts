/**
 * The rows of a generated post inventory (Dutch headers, 12 columns, the
 * posts of generatePosts), one at a time: the same rows for the ExcelJS
 * writer (inventoryFile.ts) and the Excel-style package writer
 * (excelStyleInventory.ts), whatever their size.
 */
import { postStream, prng } from "./generatePosts";

export const INVENTORY_HEADERS = [
  "Post-ID", "Entiteit", "Functietitel", "Functiecode", "Huidige klasse", "VTE",
  "Personeel", "Rol", "Coördinatie", "Advies", "Verbetering", "Contacten",
];

export type InventoryValue = string | number | null;

const TITLES = ["Managementassistent", "Attaché coördinatie", "Adviseur beleidsondersteuning", "Directieassistent"];
const ENTITIES = ["DG Digitale Diensten", "DG Personeel", "Stafdienst Budget", "DG Ondersteuning"];

/** The post id of row `i` (0-based): P-0000001, P-0000002… */
export const postId = (i: number): string => `P-${String(i + 1).padStart(7, "0")}`;

/** `rows` rows of 12 values (the header row not included); an empty string is an empty cell. */
export function* inventoryRows(rows: number, seed = 42): Generator<InventoryValue[]> {
  const random = prng(seed + 1);
  let i = 0;
  for (const post of postStream(rows, seed)) {
    yield [
      postId(i),
      ENTITIES[i % ENTITIES.length],
      TITLES[Math.floor(random() * TITLES.length)],
      `OMA-${100 + (i % 400)}`,
      `A${1 + Math.floor(random() * 4)}`,
      random() < 0.8 ? 1 : 0.5,
      post.staff,
      post.role,
      post.scope,
      post.advice,
      post.improvement,
      post.contacts,
    ];
    i++;
  }
}
