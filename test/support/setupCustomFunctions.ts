import { installCustomFunctions } from "./customFunctionsRuntime";

installCustomFunctions();
