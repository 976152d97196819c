import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * Drives a command in a real pseudo-terminal through tmux: type keys, wait for text on the
 * screen, read the screen. Each instance has its own tmux server socket.
 */
export class TmuxSession {
  private readonly socket = `dea-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  private readonly name = 'dea';

  constructor(command: string, opts: { cwd: string; env: Record<string, string>; width?: number; height?: number }) {
    const env = Object.entries({ NO_COLOR: '1', ...opts.env }).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    // The trailing sleep keeps the pane readable after the command exits.
    this.tmux('new-session', '-d', '-s', this.name, '-x', String(opts.width ?? 100), '-y', String(opts.height ?? 40), '-c', opts.cwd,
      `env ${env} ${command}; echo "[exit $?]"; sleep 30`);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', this.name);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Waits until the screen matches; returns the screen. */
  async waitFor(pattern: RegExp, timeoutMs = 15_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
