import { ToolFailedError, ToolOutputTooLargeError, ToolTimeoutError, runTool } from './tools';

describe('runTool', () => {
  it('returns what the tool printed', async () => {
    await expect(runTool('printf', ['%s', 'bonjour'], { timeoutMs: 5_000 })).resolves.toEqual({ stdout: 'bonjour', stderr: '' });
  });

  it('passes arguments as they are, never through a shell', async () => {
    const { stdout } = await runTool('printf', ['%s', '$(id); rm -rf / `x` | y'], { timeoutMs: 5_000 });
    expect(stdout).toBe('$(id); rm -rf / `x` | y');
  });

  it('kills a tool that runs past its timeout, and what it started', async () => {
    const started = Date.now();
    // sh starts sleep as a child: killing only sh would leave sleep holding the pipes for 30 s.
    await expect(runTool('sh', ['-c', 'sleep 30; echo never'], { timeoutMs: 300 })).rejects.toBeInstanceOf(ToolTimeoutError);
    expect(Date.now() - started).toBeLessThan(3_000);
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
