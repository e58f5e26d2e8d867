#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm ci` through `prepare`).
const path = require("path");
let main;
try {
  main = require(path.join(__dirname, "..", "lib", "cli", "main.js")).main;
} catch (err) {
  process.stderr.write("taizhang: 尚未编译命令行工具，请先运行 npm ci 或 npm run build:cli。\n");
  process.exit(2);
}
// Exit only once stdout and stderr have been handed to the OS: `taizhang parse … | head` or a pipe into another
// program must get the whole output, not the first 64 KB.
function exitAfterFlush(code) {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
main(process.argv.slice(2)).then(exitAfterFlush, (err) => {
  process.stderr.write(`taizhang: ${err && err.message ? err.message : String(err)}\n`);
  exitAfterFlush(2);
});
