/**
 * Stands in for strip-ansi 6 in the bundle (scripts/build.mjs's alias), which wrap-ansi brings
 * under inquirer's prompts: Node's own function does the same, with no module of its own to load.
 */
const { stripVTControlCharacters } = require('node:util');

module.exports = stripVTControlCharacters;
module.exports.default = stripVTControlCharacters;
