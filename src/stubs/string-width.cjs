/**
 * Stands in for string-width 4 in the bundle (scripts/build.mjs's alias): cli-table3 measures
 * every cell, line and word with it, and string-width 4 builds emoji-regex's very large pattern
 * on each call (about 30 ms to draw twenty rows) while counting ZWJ emoji and flags wrong.
 * trust's own displayWidth is the same CommonJS-callable function, fast for ASCII and right by grapheme.
 */
const { displayWidth } = require('../ui/width.ts');

module.exports = displayWidth;
module.exports.default = displayWidth;
