/**
 * Runs the command line from a child process, as bin/taizhang.js does, but from the sources (see
 * ts-register.js): `node -r tests/support/ts-register.js tests/support/run-cli.ts merge …`.
 */
import { main } from "../../src/cli/main";

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`taizhang: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
