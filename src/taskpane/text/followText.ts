import { byLanguage } from "../../words/words";
export type { FollowText } from "../../words/sections/paneFollow";

/** The Follow the selection panel's words per language. */
export const FOLLOW_TEXT = byLanguage((words) => words.paneFollow);
