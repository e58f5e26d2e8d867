/**
 * Webpack build for the Taizhang Excel add-in (task pane + ribbon command function file).
 *
 * Environment:
 *   OFFICE_JS=cdn      reference https://appsforoffice.microsoft.com/lib/1/hosted/office.js instead of
 *                      serving office.js from our own origin (dist/office-js/), and skip copying it.
 *   ADDIN_URL=https://host/path/   rewrite https://localhost:3000 URLs in dist/manifest.xml to this address.
 *   DEV_SERVER_PORT    dev-server port (default 3000).
 *   TAIZHANG_HTTPS_CERT / TAIZHANG_HTTPS_KEY / TAIZHANG_HTTPS_CA   PEM files for the dev server
 *                      (scripts/start.js sets them; otherwise .certs/localhost.{crt,key} if present,
 *                      otherwise webpack-dev-server generates its own self-signed certificate).
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * Files from @microsoft/office-js/dist that office.js may load at run time in Excel:
 * the Excel host scripts (excel-*.js, excelwebapp-*.js), the O15 mapping table, telemetry and error UI helpers,
 * and the office_strings.js of every locale (office.js picks `<locale>/office_strings.js` from the host's UI
 * language, falling back to en-us). Excluded: *.debug.js, typings, and host scripts of other Office apps.
 */
const OTHER_HOSTS = /^(access|onenote|outlook|powerpoint|project|visio|word)/;

/** Whether a file of @microsoft/office-js/dist is copied to dist/office-js/. Exported for tests. */
function isOfficeJsRuntimeFile(file) {
  const rel = path.relative(OFFICE_JS_DIST, file).split(path.sep).join("/");
  const base = path.posix.basename(rel);
  if (/\.debug\.js$|\.d\.ts$/.test(base) || base === "office-vsdoc.js" || base === "outlook_strings.js") {
    return false;
  }
  return rel.includes("/") || !OTHER_HOSTS.test(base);
}

/** Rewrites dev URLs in the manifest for deployment (ADDIN_URL). Exported for tests. */
function rewriteManifest(xml, addinUrl) {
  if (!addinUrl) return xml;
  const url = new URL(addinUrl);
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL 必须是 HTTPS 地址 / ADDIN_URL must be an https:// URL: ${addinUrl}`);
  }
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(url.origin);
}

function readIfExists(file) {
  return file && fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

/** HTTPS options for webpack-dev-server; undefined lets it generate a self-signed certificate. */
function devHttpsOptions() {
  const certDir = path.join(__dirname, ".certs");
  const cert = readIfExists(process.env.TAIZHANG_HTTPS_CERT || path.join(certDir, "localhost.crt"));
  const key = readIfExists(process.env.TAIZHANG_HTTPS_KEY || path.join(certDir, "localhost.key"));
  if (!cert || !key) return undefined;
  const ca = readIfExists(process.env.TAIZHANG_HTTPS_CA);
  return ca ? { cert, key, ca } : { cert, key };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "development";
  const production = mode === "production";
  const useCdn = (process.env.OFFICE_JS || "").toLowerCase() === "cdn";
  const officeJsSrc = useCdn ? OFFICE_JS_CDN : "office-js/office.js";
  const addinUrl = process.env.ADDIN_URL;
  const port = Number(process.env.DEV_SERVER_PORT || 3000);
  const httpsOptions = env.WEBPACK_SERVE ? devHttpsOptions() : undefined;

  const copyPatterns = [
    { from: "assets", to: "assets" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteManifest(content.toString("utf8"), addinUrl),
    },
  ];
  if (!useCdn) {
    copyPatterns.push({
      from: OFFICE_JS_DIST,
      to: "office-js",
      filter: isOfficeJsRuntimeFile,
      // Already minified by Microsoft: keep the files byte-identical (no Terser pass, no LICENSE extraction).
      info: { minimized: true },
    });
  }

  const html = (chunk, filename, template, withOfficeJs = true) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks: [chunk],
      templateParameters: { officeJsSrc: withOfficeJs ? officeJsSrc : null },
      minify: production,
    });

  return {
    mode,
    devtool: production ? "source-map" : "eval-source-map",
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The web page outside Office (WPS, old Office): the pane's code without office.js and the adapter.
      web: "./src/taskpane/web.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        typeScriptRule({ sourceMap: true }),
        // chinese-days' "module" build (dist/index.es.js) is ESM in a package marked "type": "commonjs": read
        // it as ESM (the plan reader's deadlines and the ledger's working days bring it into the pane).
        { test: /[\\/]node_modules[\\/]chinese-days[\\/].*\.js$/, type: "javascript/auto" },
      ],
    },
    optimization: {
      splitChunks: {
        // Our own code is split only between the pane's and the ribbon's first loads. The web page's stays in
        // web.js, and each lazily loaded chunk carries the src/ modules it needs: the lazy chunks are shared by
        // the pane and the web page, whose first loads differ, and splitting them cut the pane's first load
        // into more, worse-compressing files (measured: 179,450 → 180,510 B; with this, 177,999 B). Libraries
        // are still shared: by name in first loads, and below in lazily loaded chunks (ExcelJS once).
        chunks: (chunk) => chunk.name !== "web" && chunk.canBeInitial(),
        cacheGroups: {
          asyncVendor: {
            test: /[\\/]node_modules[\\/]/,
            chunks: "async",
            priority: -5,
            reuseExistingChunk: true,
          },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "vendor-react",
            chunks: "initial",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: "vendor-fluent",
            chunks: "initial",
            priority: 10,
          },
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: "initial",
            priority: 0,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      html("taskpane", "taskpane.html", "./src/taskpane/taskpane.html"),
      html("commands", "commands.html", "./src/commands/commands.html"),
      html("web", "web.html", "./src/taskpane/taskpane.html", false),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      port,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "https" },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

/** TypeScript through ts-loader, type-checking left to `npm run typecheck`. */
function typeScriptRule({ sourceMap }) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        configFile: "tsconfig.json",
        transpileOnly: true,
        // ES modules so webpack can tree-shake Fluent UI (tsconfig.json emits CommonJS for node/jest).
        compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap },
      },
    },
  };
}

module.exports.typeScriptRule = typeScriptRule;
module.exports.rewriteManifest = rewriteManifest;
module.exports.isOfficeJsRuntimeFile = isOfficeJsRuntimeFile;
