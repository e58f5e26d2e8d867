#!/usr/bin/env node
/**
 * `npm start`: serve the add-in over HTTPS on https://localhost:3000 and explain how to sideload manifest.xml.
 *
 * Certificates: first office-addin-dev-certs (creates a CA, installs it as trusted where the OS allows);
 * if that fails (typically Linux without sudo / without a CA store we can write), falls back to a self-signed
 * localhost certificate made with `openssl` in .certs/ (gitignored), which the browser must be told to trust.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const CERT_DIR = path.join(ROOT, ".certs");
const CERT_FILE = path.join(CERT_DIR, "localhost.crt");
const KEY_FILE = path.join(CERT_DIR, "localhost.key");
const PORT = Number(process.env.DEV_SERVER_PORT || 3000);
const DEV_CERTS_TIMEOUT_MS = 60_000;

function log(line = "") {
  process.stdout.write(`${line}\n`);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function devCertsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return withTimeout(devCerts.getHttpsServerOptions(), DEV_CERTS_TIMEOUT_MS, "office-addin-dev-certs");
}

/** True when the PEM certificate exists and stays valid for at least another day. */
function certStillValid(file) {
  if (!fs.existsSync(file) || !fs.existsSync(KEY_FILE)) return false;
  try {
    execFileSync("openssl", ["x509", "-checkend", "86400", "-noout", "-in", file], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function selfSignedOptions() {
  if (!certStillValid(CERT_FILE)) {
    fs.mkdirSync(CERT_DIR, { recursive: true });
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        "365",
        "-subj",
        "/CN=localhost/O=Taizhang development",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout",
        KEY_FILE,
        "-out",
        CERT_FILE,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    fs.chmodSync(KEY_FILE, 0o600);
  }
  return { cert: fs.readFileSync(CERT_FILE), key: fs.readFileSync(KEY_FILE) };
}

async function httpsOptions() {
  try {
    const options = await devCertsOptions();
    log("✔ 已使用 office-addin-dev-certs 提供的开发证书 / Using office-addin-dev-certs certificates.");
    return options;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    log(`! office-addin-dev-certs 不可用（${reason}）`);
    log(`  office-addin-dev-certs unavailable (${reason}).`);
  }
  const options = selfSignedOptions();
  const rel = path.relative(ROOT, CERT_FILE);
  log(`✔ 已改用自签名证书 ${rel} / Falling back to the self-signed certificate ${rel}.`);
  log(
    "  注意：浏览器和 Office 必须信任此证书，加载项才能加载。请把该证书导入系统或浏览器的“受信任的根证书”，",
  );
  log(`  或先在浏览器中打开 https://localhost:${PORT}/taskpane.html 并确认继续访问。`);
  log("  Note: the browser/Office must trust this certificate before the add-in will load. Import it as a");
  log(
    `  trusted root in your OS or browser, or open https://localhost:${PORT}/taskpane.html once and accept it.`,
  );
  return options;
}

function printSideloadHelp() {
  const manifest = path.join(ROOT, "manifest.xml");
  log("");
  log(`台账开发服务器已启动 / Taizhang dev server: https://localhost:${PORT}/taskpane.html`);
  log(`清单 / Manifest: ${manifest}`);
  log("");
  log("旁加载（sideload）manifest.xml：");
  log("  • Excel 网页版 / Excel on the web：插入 → 加载项 → 上传我的加载项 → 选择 manifest.xml");
  log("      (Insert → Add-ins → Upload My Add-in → choose manifest.xml)");
  log(
    "  • Windows 桌面版 / Windows desktop：把 manifest.xml 放进一个共享文件夹，在 文件 → 选项 → 信任中心 →",
  );
  log("      信任中心设置 → 受信任的加载项目录 中添加该共享路径并勾选“显示在菜单中”，重启 Excel 后在");
  log("      插入 → 我的加载项 → 共享文件夹 中选择“台账”。");
  log(
    "      (shared-folder catalog: Trust Center → Trusted Add-in Catalogs → add the \\\\share path, Show in Menu,",
  );
  log("      restart Excel, then Insert → My Add-ins → SHARED FOLDER → 台账)");
  log("  • Mac：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/");
  log("      （目录不存在就新建），重启 Excel 后在 插入 → 我的加载项 中选择“台账”。");
  log(
    "      (copy manifest.xml into that wef folder, create it if missing, restart Excel, Insert → My Add-ins)",
  );
  log("");
  log("按 Ctrl+C 停止 / Press Ctrl+C to stop.");
}

async function main() {
  const https = await httpsOptions();
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))(
    { WEBPACK_SERVE: true },
    { mode: "development" },
  );
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    { ...config.devServer, port: PORT, server: { type: "https", options: https } },
    compiler,
  );
  const stop = () => {
    server.stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await server.start();
  printSideloadHelp();
}

main().catch((error) => {
  process.stderr.write(`启动失败 / Start failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
