/**
 * A desktop notification through the system's own notifier: notify-send on Linux (and the other
 * Unix desktops that have it), osascript on macOS. trust keeps no daemon and no notification
 * library: the system's tool knows its desktop better.
 */

export type Notified = { sent: true } | { sent: false; program: string; missing: boolean; reason: string };

/** The notifier for a platform, and the arguments that show a title and a body. */
export function notifierFor(platform: NodeJS.Platform): { program: string; args: (title: string, body: string) => string[] } {
  if (platform === 'darwin') {
    // The text goes in as arguments, never inside the script, so no quote in it can break out.
    const script = ['on run argv', 'display notification (item 2 of argv) with title (item 1 of argv)', 'end run'];
    return { program: 'osascript', args: (title, body) => [...script.flatMap((line) => ['-e', line]), title, body] };
  }
  return { program: 'notify-send', args: (title, body) => ['--app-name=trust', title, body] };
}

/** Shows one notification; says why not when the notifier is missing or fails. */
export function notify(title: string, body: string, platform: NodeJS.Platform = process.platform): Notified {
  const { program, args } = notifierFor(platform);
  // Loaded here, not imported: the bundle leaves child_process out of every other run (see
  // scripts/build.mjs), and only a notification needs it.
  const { spawnSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const run = spawnSync(program, args(title, body), { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 10_000 });
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    return { sent: false, program, missing, reason: run.error.message };
  }
  if (run.status !== 0) {
    const said = run.stderr.trim().split('\n')[0];
    return { sent: false, program, missing: false, reason: said || `exit ${run.status ?? run.signal}` };
  }
  return { sent: true };
}
