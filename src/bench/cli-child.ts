/**
 * The command line as bin/taizhang.js runs it, from the bench's build (lib-bench): benches that time a whole
 * command (start-up included, as a person waits for it) spawn `node cli-child.js ARGS…`.
 */
import { main } from "../cli/main";

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`taizhang: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
