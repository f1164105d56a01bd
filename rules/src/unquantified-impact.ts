import { builtInDeclarativeRule } from "./declarative.js";

/**
 * Declared as data in rules/declarative/unquantified-impact.yaml (when a signal is present, unless others are,
 * this message), the format a pack's rules are written in; this module gives it its place among
 * the built-in rules.
 */
export default builtInDeclarativeRule("unquantified-impact");
