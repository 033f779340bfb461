/**
 * trust's export format (JSON): everything in the journal, with UUIDs for identity and ISO
 * dates. What an import checks of a file is in export-check.ts.
 */

export const EXPORT_FORMAT = 'trust-export' as const;
/**
 * 2 (journal version 7) adds a person's rhythmDays, a promise's cue and short apologies, and a
 * repair's kind and apologyAt. Files of version 1 lack them and still import.
 */
export const EXPORT_VERSION = 2;

/** What `trust export --format` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'ics'] as const;

export interface ExportEvent {
  kind: string;
  at: string;
  recordedAt: string;
  note: string | null;
  detail: unknown;
}
export interface ExportPerson {
  uuid: string;
  id: number;
  name: string;
  relation: string;
  /** How often to be in touch, in days (format 2 on); null: the default. */
  rhythmDays?: number | null;
  createdAt: string;
  updatedAt: string;
}
export interface ExportConversation {
  uuid: string;
  id: number;
  person: string;
  at: string;
}
export interface ExportPromise {
  uuid: string;
  id: number;
  person: string;
  conversation: string | null;
  repair: string | null;
  text: string;
  note: string | null;
  /** The if-then cue (format 2 on). */
  cue?: string | null;
  status: string;
  madeAt: string;
  due: string | null;
  dueTime: string | null;
  resolvedAt: string | null;
  /** The ISO week the resolution counts in (version 5 on); older exports leave it out. */
  resolvedWeek?: string | null;
  late: boolean;
  deletedAt: string | null;
  updatedAt: string;
  history: ExportEvent[];
  /** Short apologies made for it without a repair (format 2 on). */
  apologies?: ExportApology[];
}
export interface ExportApology {
  saidAt: string;
  note: string | null;
  recordedAt: string;
}
export interface ExportRepair {
  uuid: string;
  id: number;
  person: string;
  promise: string | null;
  cause: string;
  /** 'apology' or 'self' (format 2 on; older files: 'apology'). */
  kind?: string;
  checklistVersion: number;
  state: string;
  learned: string | null;
  /** When the apology was made (format 2 on). */
  apologyAt?: string | null;
  startedAt: string;
  closedAt: string | null;
  updatedAt: string;
  answers: Array<{ step: string; title: string; answer: unknown; answeredAt: string }>;
  checkins: string[];
}
export interface ExportReview {
  uuid: string;
  id: number;
  week: string;
  figures: unknown;
  createdAt: string;
  updatedAt: string;
  answers: Array<{ promptKey: string; prompt: string; answer: string; intention: boolean; followed: string | null; followedIn: string | null; answeredAt: string }>;
}
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  anonymized: boolean;
  people: ExportPerson[];
  conversations: ExportConversation[];
  promises: ExportPromise[];
  repairs: ExportRepair[];
  reviews: ExportReview[];
}
