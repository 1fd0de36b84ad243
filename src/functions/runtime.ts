/**
 * Entry of the functions bundle, loaded by the shared-runtime page. Importing
 * ./functions registers the custom functions (the metadata plugin appends the
 * CustomFunctions.associate calls to that module).
 */
import "./functions";
import { setDisplayLanguage } from "./displayLanguage";

if (typeof Office !== "undefined") {
  Office.onReady(() => setDisplayLanguage(Office.context.displayLanguage));
}
