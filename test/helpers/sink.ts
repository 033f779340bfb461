/** A writable stream that keeps what is written to it, for driving main() in-process. */
import { Writable } from 'node:stream';

export function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}
