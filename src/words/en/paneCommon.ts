import type { CommonText } from "../sections/paneCommon";

export const PANE_COMMON: CommonText = {
  title: "AssistLevel",
  indicative: "The class is indicative: the official class is set by the weighting committee.",
  paneLanguage: "Pane language",
  inputs: {
    staff: "Staff (headcount)",
    scope: "Coordination",
    advice: "Advice",
    role: "Role",
    improvement: "Improvement / Innovation",
    contacts: "Contacts",
    postId: "Post ID",
    title: "Title",
    currentClass: "Current class",
  },
  unexpected: (message) => `Unexpected problem: ${message}`,
  dismiss: "Dismiss",
  errorTitle: "Problem",
  warningTitle: "Warning",
  startupFailed: (reason) => `Excel did not agree to load AssistLevel with this workbook (${reason}); HR formulas will calculate once the pane is opened.`,
};
