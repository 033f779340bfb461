/**
 * Boxed tables, drawn here rather than by cli-table3: trust's tables are plain (a header, rows,
 * no spans), and cli-table3 took about 10 ms to draw twenty rows, most of a command's time
 * beyond Node's own start-up. Without colour no escape codes are written, so piped output
 * stays clean.
 */
import type { Paint } from './colour.js';
import { displayWidth } from './width.js';

/**
 * One line per row, cells padded by a space on each side; a cell with line breaks makes its row
 * taller. No rule between rows: a listing should read like a list, not a spreadsheet.
 */
export function renderTable(head: string[], rows: string[][], c: Paint): string {
  // Each cell's lines with their widths, measured once.
  const cells = [head, ...rows].map((row) => head.map((_, i) => (row[i] ?? '').split('\n').map((text) => ({ text, width: displayWidth(text) }))));
  // A loop, not Math.max(...column): spreading a hundred thousand rows overflows the stack.
  const widths = head.map(() => 0);
  for (const row of cells) row.forEach((cell, i) => cell.forEach((line) => (widths[i] = Math.max(widths[i]!, line.width))));
  const rule = (left: string, middle: string, right: string) => c.gray(left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right);
  const bar = c.gray('│');
  const lines = [rule('┌', '┬', '┐')];
  cells.forEach((row, r) => {
    const height = Math.max(...row.map((cell) => cell.length));
    for (let l = 0; l < height; l++) {
      const parts = row.map((cell, i) => {
        const line = cell[l] ?? { text: '', width: 0 };
        const text = line.text + ' '.repeat(widths[i]! - line.width);
        return ` ${r === 0 ? c.bold(text) : text} `;
      });
      lines.push(bar + parts.join(bar) + bar);
    }
  });
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}
