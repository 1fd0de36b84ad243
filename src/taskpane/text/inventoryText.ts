import { byLanguage } from "../../words/words";
export type { InventoryText } from "../../words/sections/paneInventory";

/** The Inventory panel's words per language. */
export const INVENTORY_TEXT = byLanguage((words) => words.paneInventory);
