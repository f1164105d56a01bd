#!/usr/bin/env node
import { createConnection, ProposedFeatures } from "vscode-languageserver/node.js";
import { startServer } from "./server.js";

// createConnection reads --stdio, --node-ipc or --socket=<port> from the command line.
startServer(createConnection(ProposedFeatures.all));
