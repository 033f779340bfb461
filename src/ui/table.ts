/**
 * Tables through cli-table3, loaded only by the commands that draw one. Without colour no
 * escape codes are written, so piped output stays clean.
 */
export async function renderTable(head: string[], rows: string[][], colour: boolean): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head,
    style: colour ? { head: ['bold'], border: ['grey'] } : { head: [], border: [] },
    wordWrap: true,
    // No rule between rows: a listing should read like a list, not a spreadsheet.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  table.push(...rows);
  return table.toString();
}
