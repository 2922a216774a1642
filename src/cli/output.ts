import type { Writable } from 'node:stream';

/** A results stream that could not be written: which one, and the system's error code. */
export interface WriteFailure {
  target: string;
  code: string;
}

/**
 * Where a command writes: stdout for results, stderr for diagnostics. A closed stdout (`| head`) ends
 * the run quietly instead of raising EPIPE; any other write error (a full disk, /dev/full) stops the
 * results and is kept in `writeFailure` for the command line to report in one line.
 */
export class Output {
  closed = false;
  private failure: { first: WriteFailure | null };
  constructor(
    private readonly out: Writable & { isTTY?: boolean },
    private readonly err: Writable & { isTTY?: boolean },
    /** --quiet: no warnings or progress (set once the options are read). */
    public quiet = false,
    target = 'standard output',
    failure: { first: WriteFailure | null } = { first: null },
  ) {
    this.failure = failure;
    this.target = target;
    out.on('error', (e: NodeJS.ErrnoException) => this.failed(e));
  }

  private readonly target: string;

  /** A write error: stop writing results; a closed pipe is the reader's choice, anything else a failure. */
  failed(e: NodeJS.ErrnoException): void {
    this.closed = true;
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    this.failure.first ??= { target: this.target, code: e.code ?? 'EIO' };
  }

  /** The same diagnostics, with results written to `stream` (report --out FILE); a failure there is this run's too. */
  to(stream: Writable, target: string): Output {
    return new Output(stream, this.err, this.quiet, target, this.failure);
  }

  /** The first results stream that could not be written, if any. */
  get writeFailure(): WriteFailure | null {
    return this.failure.first;
  }

  get stdoutIsTTY(): boolean {
    return !!this.out.isTTY;
  }

  get stderrIsTTY(): boolean {
    return !!this.err.isTTY;
  }

  write(text: string): void {
    if (!this.closed && text) this.out.write(text);
  }

  /**
   * Write pieces in order, waiting whenever the pipe is full, so that a large output is never held in
   * memory as a whole.
   */
  async writeAll(pieces: Iterable<string>): Promise<void> {
    let buffer = '';
    for (const piece of pieces) {
      if (this.closed) return;
      buffer += piece;
      if (buffer.length < 64 * 1024) continue;
      const ok = this.out.write(buffer);
      buffer = '';
      if (!ok) await new Promise<void>((resolve) => this.out.once('drain', resolve));
    }
    this.write(buffer);
  }

  /**
   * Resolves once results written so far no longer fill the stream's buffer (at once when they do not), so
   * that output written while the inputs are read does not pile up in memory behind a slow reader.
   */
  drained(): Promise<void> | undefined {
    if (this.closed || !this.out.writableNeedDrain) return undefined;
    return new Promise<void>((resolve) => {
      const settle = () => {
        for (const event of ['drain', 'close', 'error']) this.out.off(event, settle);
        resolve();
      };
      for (const event of ['drain', 'close', 'error']) this.out.once(event, settle);
    });
  }

  /** A warning: one line on stderr unless --quiet. */
  warn(message: string): void {
    if (!this.quiet) this.err.write(`concord: warning: ${message}\n`);
  }

  error(message: string): void {
    this.err.write(`concord: ${message}\n`);
  }

  /** Progress on a terminal only: rewritten in place, cleared by `progressDone`. */
  progress(message: string): void {
    if (!this.quiet && this.err.isTTY) this.err.write(`\r\x1b[2K${message}`);
  }

  progressDone(): void {
    if (!this.quiet && this.err.isTTY) this.err.write('\r\x1b[2K');
  }

  /** Resolves once everything written to stdout has been handed to the OS. */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.out.write('', () => resolve()));
  }
}
