import { installCustomFunctions } from "../../harness/customFunctions/customFunctionsRuntime";

installCustomFunctions();
