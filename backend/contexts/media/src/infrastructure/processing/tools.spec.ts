import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ToolFailedError, ToolOutputTooLargeError, ToolTimeoutError, runTool } from './tools';

/** Whether a process is still there (a zombie not yet reaped counts as gone: it runs nothing). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runTool', () => {
  it('returns what the tool printed', async () => {
    await expect(runTool('printf', ['%s', 'bonjour'], { timeoutMs: 5_000 })).resolves.toEqual({ stdout: 'bonjour', stderr: '' });
  });

  it('passes arguments as they are, never through a shell', async () => {
    const { stdout } = await runTool('printf', ['%s', '$(id); rm -rf / `x` | y'], { timeoutMs: 5_000 });
    expect(stdout).toBe('$(id); rm -rf / `x` | y');
  });

  it('kills a tool that runs past its timeout, and what it started', async () => {
    // sh starts sleep as a child and tells its pid: killing only sh would leave sleep running (and holding the pipes).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'preau-tools-'));
    const pidFile = path.join(dir, 'sleep.pid');
    const script = `sleep 30 & echo $! > '${pidFile}'; wait`;
    await expect(runTool('sh', ['-c', script], { timeoutMs: 500 })).rejects.toBeInstanceOf(ToolTimeoutError);
    const sleepPid = Number(readFileSync(pidFile, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    expect(sleepPid).toBeGreaterThan(1);
    expect(isRunning(sleepPid)).toBe(false);
  });

  it('kills a tool that prints without end', async () => {
    await expect(runTool('yes', [], { timeoutMs: 5_000, maxStdoutBytes: 64 * 1024 })).rejects.toBeInstanceOf(ToolOutputTooLargeError);
  });

  it('reports a failing tool with its last words', async () => {
    const error = await runTool('sh', ['-c', 'echo "moov atom not found" >&2; exit 1'], { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolFailedError);
    expect(error).toMatchObject({ exitCode: 1, stderr: 'moov atom not found\n' });
  });

  it('lets a missing tool surface as it is (a deployment problem, not the file)', async () => {
    await expect(runTool('preau-no-such-tool', [], { timeoutMs: 5_000 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
