/** Waits without a busy loop and without giving up the thread: trust's writes are synchronous. */
export const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
