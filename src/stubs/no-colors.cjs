/**
 * Stands in for @colors/colors in the bundle (scripts/build.mjs's alias). cli-table3 asks for it
 * only to paint headers and borders with its own styles, which trust leaves empty (it paints
 * with chalk, src/ui/table.ts); without the stub the bundle would carry it for nothing.
 */
module.exports = {};
