import { spawn } from 'node:child_process';

/**
 * Runs the external tools (ffmpeg, ffprobe, heif-convert, pdftoppm, pdfinfo) on untrusted files.
 * Always an argument vector, never a shell string: a file name can never become a command.
 * Always a timeout (a hostile file may make a decoder spin) and bounded output (a tool may print
 * without end), so one bad upload can only cost one bounded job, never the worker.
 */
export interface ToolRunOptions {
  timeoutMs: number;
  /** stdout beyond this kills the tool: we only ever read small reports (ffprobe JSON, pdfinfo). */
  maxStdoutBytes?: number;
  cwd?: string;
}

export interface ToolResult {
  stdout: string;
  stderr: string;
}

/** The tool ran and said no (non-zero exit or killed by a signal); `stderr` keeps its last words. */
export class ToolFailedError extends Error {
  constructor(
    readonly tool: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderr: string,
  ) {
    super(`${tool} failed (${exitCode ?? signal}): ${lastLines(stderr)}`);
    this.name = 'ToolFailedError';
  }
}

/** The tool ran past its time and was killed. Left for the caller to report as a processing error. */
export class ToolTimeoutError extends Error {
  constructor(
    readonly tool: string,
    readonly timeoutMs: number,
  ) {
    super(`${tool} did not finish within ${timeoutMs} ms and was stopped`);
    this.name = 'ToolTimeoutError';
  }
}

export class ToolOutputTooLargeError extends Error {
  constructor(readonly tool: string) {
    super(`${tool} printed more than expected and was stopped`);
    this.name = 'ToolOutputTooLargeError';
  }
}

const DEFAULT_MAX_STDOUT = 1024 * 1024;
/** Enough to explain a failure; the tail is what matters (the first lines are banners). */
const MAX_STDERR_KEPT = 16 * 1024;

export function runTool(command: string, args: readonly string[], options: ToolRunOptions): Promise<ToolResult> {
  const maxStdout = options.maxStdoutBytes ?? DEFAULT_MAX_STDOUT;
  return new Promise<ToolResult>((resolve, reject) => {
    // detached: the tool leads its own process group, so a timeout also stops anything it started.
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LC_ALL: 'C' },
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = '';
    let failure: Error | undefined;

    const kill = (reason: Error) => {
      failure ??= reason;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL'); // the group is already gone; make sure the child is too
      }
    };
    const timer = setTimeout(() => kill(new ToolTimeoutError(command, options.timeoutMs)), options.timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) return kill(new ToolOutputTooLargeError(command));
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-MAX_STDERR_KEPT);
    });
    // Spawn errors (ENOENT: the tool is not installed) are a deployment problem, rethrown as they are.
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(failure ?? error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new ToolFailedError(command, code, signal, stderr));
      resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr });
    });
  });
}

function lastLines(text: string, count = 3): string {
  return text.trim().split('\n').slice(-count).join(' | ');
}
