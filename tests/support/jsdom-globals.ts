/**
 * jsdom (the pane's unit-test environment) has no TextEncoder/TextDecoder, which every browser the pane runs in
 * has (Chromium-based Edge, WebView2, the web page's browsers) and the core uses (the copy's seal). Node's are the
 * same WHATWG classes. Only added where missing, so node-environment tests use their own.
 */
import { TextDecoder, TextEncoder } from "node:util";

const scope = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
if (scope.TextEncoder === undefined) scope.TextEncoder = TextEncoder;
if (scope.TextDecoder === undefined) scope.TextDecoder = TextDecoder;
