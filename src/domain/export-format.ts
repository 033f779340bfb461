/**
 * trust's export format (JSON): everything in the journal, with UUIDs for identity and ISO
 * dates. What an import checks of a file is in export-check.ts.
 */

export const EXPORT_FORMAT = 'trust-export' as const;
export const EXPORT_VERSION = 1;

/** What `trust export --format` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'markdown'] as const;

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
}
export interface ExportRepair {
  uuid: string;
  id: number;
  person: string;
  promise: string | null;
  cause: string;
  checklistVersion: number;
  state: string;
  learned: string | null;
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
