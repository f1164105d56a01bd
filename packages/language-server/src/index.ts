export { type DiagnosticData, rangeOf, toDiagnostic, toDiagnostics } from "./diagnostics.js";
export { hoverAt } from "./hover.js";
export { LintScheduler } from "./scheduler.js";
export {
  COMMANDS,
  EXTRACTED_SCHEME,
  EXTRACTED_TEXT_REQUEST,
  LEVEL_NOTIFICATION,
  LEVEL_REPORT_REQUEST,
  type LevelNotification,
  startServer,
} from "./server.js";
export {
  DEFAULT_SETTINGS,
  type ResolvedSettings,
  resolveSettings,
  type ServerSettings,
  type SeveritySetting,
} from "./settings.js";
