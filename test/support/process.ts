import { spawn } from "node:child_process";

/** What a finished child process left behind. */
export interface RunResult {
  /** The exit code; `-1` when the process was killed by a signal. */
  readonly code: number;
  /** Everything written to standard output. */
  readonly stdout: string;
  /** Everything written to standard error. */
  readonly stderr: string;
}

/** Options for {@link run}. */
export interface RunOptions {
  /** The working directory. */
  readonly cwd: string;
  /** Text written to standard input, which is then closed. */
  readonly input?: string;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs a command to its end without a shell and resolves with its exit code
 * and output; it never rejects on a non-zero exit, so tests assert on it.
 */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    // A child that exits before reading its input (or while the machine is
    // too busy for it to read in time) closes the pipe: writing to it then
    // fails with EPIPE, which is no failure of the run.
    child.stdin.on("error", () => {});
    child.on("close", (code) => {
      resolve({ code: code ?? -1, stdout, stderr });
    });
    // A child that exits without reading its input closes the pipe first:
    // the write then fails with EPIPE, which says nothing about the child.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** Describes a run for a failing assertion: the command, its exit code and its output. */
export function explain(what: string, result: RunResult): string {
  return `${what} exited with ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}
