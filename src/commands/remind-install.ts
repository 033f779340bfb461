/**
 * trust remind --install: prints, never writes, what runs `trust remind --notify` every 15
 * minutes: a systemd user timer and its service, and a crontab line. Installing something that
 * runs on its own is the user's decision, made with the files in front of them.
 */
import type { Context } from '../context.js';
import { journalPath } from '../store/open.js';
import { t } from '../i18n/messages.js';
import { writeJson } from '../ui/json.js';
import { wrap } from '../ui/wrap.js';

/** The command the timer runs: this very node and launcher, and the journal in use unless it is the default one. */
export function remindCommand(dbPath: string, env: NodeJS.ProcessEnv): string[] {
  const { TRUST_DB: _ignored, ...rest } = env;
  const own = dbPath === journalPath(undefined, rest) ? [] : ['--db', dbPath];
  return [process.execPath, process.argv[1] ?? 'trust', 'remind', '--notify', ...own];
}

/** Quoted for systemd's ExecStart (double quotes, backslash escapes). */
const forSystemd = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/[\\"]/g, '\\$&')}"`);
/** Quoted for the shell cron runs; % is special to cron and is escaped there. */
const forCron = (word: string) => (/^[\w@+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`).replace(/%/g, '\\%');

export function installText(command: string[], uid: number | null): { service: string; timer: string; enable: string; crontab: string } {
  const m = t().remind.install;
  const service = ['[Unit]', `Description=${m.serviceDescription()}`, '', '[Service]', 'Type=oneshot', `ExecStart=${command.map(forSystemd).join(' ')}`, ''].join('\n');
  const timer = ['[Unit]', `Description=${m.timerDescription()}`, '', '[Timer]', 'OnCalendar=*:0/15', 'Persistent=true', '', '[Install]', 'WantedBy=timers.target', ''].join('\n');
  const enable = 'systemctl --user daemon-reload && systemctl --user enable --now trust-remind.timer';
  // cron runs outside the desktop session: notify-send needs the session's bus to reach it.
  const bus = uid === null ? '' : `DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/${uid}/bus `;
  const crontab = `*/15 * * * * ${bus}${command.map(forCron).join(' ')}`;
  return { service, timer, enable, crontab };
}

export function printInstall(ctx: Context, json: boolean): void {
  const text = installText(remindCommand(ctx.dbPath, process.env), process.platform === 'darwin' ? null : (process.getuid?.() ?? null));
  if (json) return writeJson(ctx.out, text);
  const install = t().remind.install;
  // Prose fits the terminal; the files and commands stay whole, to be copied as they are.
  const m = Object.fromEntries(Object.entries(install).map(([key, say]) => [key, (v?: { path: string }) => wrap(say(v as never), ctx.columns)])) as unknown as typeof install;
  const folder = '~/.config/systemd/user';
  ctx.out.write(
    [
      m.intro(),
      '',
      m.systemd(),
      '',
      m.file({ path: `${folder}/trust-remind.service` }),
      text.service,
      m.file({ path: `${folder}/trust-remind.timer` }),
      text.timer,
      m.enable(),
      `  ${text.enable}`,
      '',
      m.cron(),
      '',
      `  ${text.crontab}`,
      '',
      m.cronNote(),
      m.mac(),
      '',
    ].join('\n'),
  );
}
