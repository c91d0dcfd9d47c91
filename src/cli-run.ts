/**
 * How every command-line entry point (`main-*.ts`) runs: `runCli(name, main)` calls `main`, sets
 * the exit code it returns, turns a failure into one line `name failed: message` on standard
 * error (no stack trace), and treats a closed standard output (`… | head`) as a normal end.
 */

/** Runs a command's `main` with the project's exit and error conventions. */
export function runCli(name: string, main: () => Promise<number>): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
