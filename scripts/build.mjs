/**
 * Bundles trust into dist/cli.cjs (the program) and dist/api.cjs (the library), one CommonJS
 * file each: Node loads one file faster than hundreds of ESM modules, and trust starts many
 * times a day. `npm run build` type-checks with tsc first.
 *
 * The aliases put small modules of ours in place of code that would cost start-up time on every
 * run without ever being needed (each stub says why). test/e2e/bundle.test.ts fails if what they
 * keep out comes back.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: ['src/cli.ts', 'src/api.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20.17',
  format: 'cjs',
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  // Dynamic import() becomes a lazy require: a handler's modules load only when it runs, and the
  // inquirer prompts (src/ui/prompt.ts) only when a question is asked. Bundled rather than loaded
  // from node_modules, they compile from the launcher's code cache like the rest of trust.
  supported: { 'dynamic-import': false },
  alias: {
    // commander loads child_process for executable subcommands, which trust does not have.
    'node:child_process': './src/stubs/no-child-process.ts',
    // chalk's terminal detection: trust tells chalk the colour level itself.
    '#supports-color': './src/stubs/no-supports-color.ts',
    // cli-table3's width function, with emoji-regex behind it: trust's displayWidth instead. The
    // same for wrap-ansi under inquirer, which measures every line of a question at each redraw.
    'string-width': './src/stubs/string-width.cjs',
    // wrap-ansi's other helper: Node's own stripVTControlCharacters instead.
    'strip-ansi': './src/stubs/strip-ansi.cjs',
    // cli-table3's own colours, which trust does not use.
    '@colors/colors/safe': './src/stubs/no-colors.cjs',
  },
  // Smaller to read and to parse at every start (545 KB to 387 KB): spaces, comments and
  // roundabout syntax go, but every name stays, so an error's stack (TRUST_DEBUG=1) still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // Minified code no longer names the files it came from: test/e2e/bundle.test.ts reads them here.
  metafile: true,
  logLevel: 'warning',
});
const inputsOf = (output) => Object.keys(metafile.outputs[output].inputs).sort();
writeFileSync('dist/inputs.json', JSON.stringify({ 'cli.cjs': inputsOf('dist/cli.cjs'), 'api.cjs': inputsOf('dist/api.cjs') }, null, 1));

// esbuild writes non-ASCII characters in strings as escapes but leaves them in regular
// expression literals (the Japanese date forms, the excuse check): one such character makes V8
// hold the whole 700 KB source as a two-byte string, read and scanned at every start. In a
// regular expression, \uXXXX means the same character (a surrogate pair stays one code point
// under the u flag); test/e2e/bundle.test.ts checks that the bundle stays ASCII.
for (const file of ['dist/cli.cjs', 'dist/api.cjs']) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

