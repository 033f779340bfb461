/**
 * Where a command's text goes. Tests hand in streams; a real run writes straight to the process's
 * file descriptors. Node's process.stdout is a stream built on first use, and building it loads
 * some twenty modules of Node's own: 3 ms through a pipe, 7 at a terminal, on a run that lives
 * 30 ms. trust only ever writes whole strings, so fs.writeSync does the job; the stream is made
 * only where one is needed (questions at a terminal, and the terminal's width).
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import { pause } from '../store/pause.js';

/** What commands write through: a stream fits, and so does a DescriptorOutput. */
export interface Output {
  write(text: string): unknown;
}

/** What the width and colour rules ask of an output. */
export interface Terminal {
  isTTY?: boolean;
  columns?: number;
}

type Failure = (e: NodeJS.ErrnoException) => void;

/** Whether a character device is /dev/null (where there is none, as on Windows, the stream decides). */
function isNullDevice(rdev: number): boolean {
  try {
    return statSync('/dev/null').rdev === rdev;
  } catch {
    return false;
  }
}

/** Standard output (1) or standard error (2) of this process, written synchronously. */
export class DescriptorOutput implements Output, Terminal {
  private closed = false;
  private tty: boolean | undefined;
  private readonly failures: Failure[] = [];

  constructor(
    private readonly fd: number,
    /** The process's own stream on that descriptor (process.stdout), built only when asked for. */
    readonly stream: () => NodeJS.WriteStream,
  ) {}

  /**
   * Only a character device can be a terminal: a pipe or a file is known by one fstat, without
   * the stream, and so is /dev/null (output thrown away, as from cron) by its device number.
   * Another device is asked through the stream, which at a terminal is wanted anyway for its width.
   */
  get isTTY(): boolean {
    if (this.tty === undefined) {
      let device = false;
      try {
        const stat = fstatSync(this.fd);
        device = stat.isCharacterDevice() && !isNullDevice(stat.rdev);
      } catch {
        // A closed descriptor: no terminal; writing will say what is wrong.
      }
      this.tty = device && this.stream().isTTY === true;
    }
    return this.tty;
  }

  get columns(): number | undefined {
    return this.isTTY ? this.stream().columns : undefined;
  }

  /** As a stream's 'error' event: told of any failure but a reader that has gone (EPIPE). */
  on(event: 'error', listener: Failure): this {
    if (event === 'error') this.failures.push(listener);
    return this;
  }

  write(text: string): boolean {
    if (this.closed) return false;
    const bytes = Buffer.from(text);
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(this.fd, bytes, done, bytes.length - done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A descriptor another program made non-blocking (a shared pipe or terminal) that is
        // full for now: wait for the reader, as a blocking write would.
        if (code === 'EAGAIN') {
          pause(1);
          continue;
        }
        // Nothing more can go there. A reader that stopped early (trust list | head -1) is no
        // error of trust's: the rest of the output is simply not wanted.
        this.closed = true;
        if (code !== 'EPIPE') for (const failed of this.failures) failed(e as NodeJS.ErrnoException);
        return false;
      }
    }
    return true;
  }
}

/** The process's own outputs, for a real run. */
export const processOutputs = () => ({
  stdout: new DescriptorOutput(1, () => process.stdout),
  stderr: new DescriptorOutput(2, () => process.stderr),
});

/** The stream behind an output, for what needs a real one (the prompts draw on stderr). */
export const streamOf = (output: Output): NodeJS.WritableStream => (output instanceof DescriptorOutput ? output.stream() : (output as NodeJS.WritableStream));
