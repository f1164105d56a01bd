export { type CliIo, EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, type OutputStream, run } from "./cli.js";
