import type { FollowText } from "../sections/paneFollow";

export const PANE_FOLLOW: FollowText = {
  heading: "Follow the selection",
  follow: "Follow the selection",
  hint: "Select a row of the inventory: the descriptors the post meets light up on the matrix sheet.",
  needMapping: "First pick an inventory whose columns are recognised.",
  outside: "The selection is outside the inventory.",
  waiting: "Select a row of the inventory.",
  row: (row) => `Row ${row}`,
  postId: "Post ID",
  indicativeClass: "Indicative class",
  noClass: "none (row in error)",
  flags: "Flags",
  grid: "Descriptors the post meets",
  met: "met",
  notMet: "not met",
};
