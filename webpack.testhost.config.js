/**
 * Bundles the in-memory Excel test host (src/testing/excel-host/browser.ts) into one script,
 * test-host/excel-host.js. Browser tests and the pane bench serve it in place of office.js, so the add-in under
 * test is exactly the production build in dist/. Not part of the add-in; never deployed.
 *
 *   npx webpack --config webpack.testhost.config.js
 *
 * (tests/browser and `npm run bench` build it themselves when it is missing or older than its sources.)
 */
"use strict";

const path = require("node:path");
const { typeScriptRule } = require("./webpack.config");

const OUT_DIR = path.resolve(__dirname, "test-host");
const OUT_FILE = "excel-host.js";

module.exports = () => ({
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  context: __dirname,
  entry: { "excel-host": "./src/testing/excel-host/browser.ts" },
  output: { path: OUT_DIR, filename: OUT_FILE, iife: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [typeScriptRule({ sourceMap: false })] },
  performance: { hints: false },
});

module.exports.OUT_DIR = OUT_DIR;
module.exports.OUT_PATH = path.join(OUT_DIR, OUT_FILE);
module.exports.SOURCE_DIR = path.resolve(__dirname, "src", "testing", "excel-host");
