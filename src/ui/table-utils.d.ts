/** cli-table3's helpers module (untyped): src/ui/table.ts gives it faster equivalents of two of them. */
declare module 'cli-table3/src/utils.js' {
  const utils: {
    truncate: (text: string, width: number, mark?: string) => string;
    colorizeLines: (lines: string[]) => string[];
  };
  export default utils;
}
