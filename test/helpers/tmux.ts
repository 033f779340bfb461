/**
 * Drives the real binary in a real terminal: tmux runs it, send-keys types, capture-pane reads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export class Terminal {
  private readonly socket = `trust-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly session = 'trust';

  /**
   * `stdoutTo` redirects trust's stdout to that file, as `trust log > file` at a terminal does;
   * `bin` runs another copy of the launcher (test/helpers/install.ts); `columns` is the terminal's width.
   */
  constructor(args: string[], env: Record<string, string>, { stdoutTo, bin = BIN, columns = 100 }: { stdoutTo?: string; bin?: string; columns?: number } = {}) {
    const vars = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`);
    // The tmux server inherits the test runner's environment: colour wishes set there (a CI
    // with FORCE_COLOR) must not decide what a test expects, unless the test sets them itself.
    const unset = ['FORCE_COLOR', 'NO_COLOR'].filter((k) => !(k in env)).map((k) => `-u ${k}`);
    // Leave the exit code on screen after trust ends, so the test can read it.
    const command = `env ${[...unset, ...vars].join(' ')} ${shellQuote(process.execPath)} ${shellQuote(bin)} ${args.map(shellQuote).join(' ')}${stdoutTo ? ` > ${shellQuote(stdoutTo)}` : ''}; echo "EXIT=$?"; sleep 60`;
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(columns), '-y', '30', command);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  /** The screen with its colour codes, as the terminal received them. */
  colouredScreen(): string {
    return this.tmux('capture-pane', '-p', '-e', '-t', this.session);
  }

  /** Types text literally (no key names), then nothing else. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  /** Presses keys by name: Enter, Down, C-c … */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  async waitFor(pattern: string | RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const matches = typeof pattern === 'function' ? pattern : (s: string) => (typeof pattern === 'string' ? s.includes(pattern) : pattern.test(s));
    for (;;) {
      const screen = this.screen();
      if (matches(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}. The screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for a question, types the answer (if any) and presses Enter. */
  async answer(question: string | RegExp, text?: string): Promise<void> {
    await this.waitFor(question);
    if (text !== undefined) this.type(text);
    this.press('Enter');
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

/** How many questions the screen shows as answered (inquirer marks them with ✔). */
export const answered = (n: number) => (screen: string) => (screen.match(/✔/g) ?? []).length >= n;

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
