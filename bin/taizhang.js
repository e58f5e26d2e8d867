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
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`taizhang: ${err && err.message ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
