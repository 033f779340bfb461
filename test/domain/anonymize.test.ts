import { describe, expect, it } from 'vitest';
import { aliasTable, anonymize, pseudonym, trailsOf, UNKNOWN_PERSON, type PersonTrail } from '../../src/domain/anonymize.js';
import { aliasesOf, nameReplacer } from '../../src/domain/name-match.js';
import type { ExportFile } from '../../src/domain/export-format.js';

const ITO = { uuid: '11111111-0000-4000-8000-000000000000', name: '伊藤さん' };
const TANAKA = { uuid: '22222222-0000-4000-8000-000000000000', name: '田中さん' };
const YAMADA = { uuid: '33333333-0000-4000-8000-000000000000', name: '山田' };
const SATO = { uuid: '44444444-0000-4000-8000-000000000000', name: '佐藤花子さん' };
const AL = { uuid: '55555555-0000-4000-8000-000000000000', name: 'Al' };
const ALICE = { uuid: '66666666-0000-4000-8000-000000000000', name: 'Alice Smith' };
const OBRIEN = { uuid: '77777777-0000-4000-8000-000000000000', name: "O'Brien" };
const BOB = { uuid: '88888888-0000-4000-8000-000000000000', name: 'Bob' };
const SUZUKI = { uuid: '99999999-0000-4000-8000-000000000000', name: '鈴木部長' };
const PEOPLE = [ITO, TANAKA, YAMADA, SATO, AL, ALICE, OBRIEN, BOB, SUZUKI];
const P = (p: { uuid: string }) => pseudonym(p.uuid);

const replace = (people = PEOPLE, trails: PersonTrail[] = []) => nameReplacer(aliasTable(people, trails));

describe('aliasesOf', () => {
  it.each([
    ['田中さん', ['田中さん', '田中']],
    ['鈴木部長', ['鈴木部長', '鈴木']],
    ['山田', ['山田']],
    ['さん', ['さん']],
    ['Tanaka-san', ['Tanaka-san', 'Tanaka']],
    ['Dr. Okafor', ['Dr. Okafor', 'Okafor']],
    ['Alice', ['Alice']],
  ])('%s', (name, aliases) => expect(aliasesOf(name)).toEqual(aliases));
});

describe('names in text', () => {
  it.each([
    // Particles and honorifics glued to a name written without spaces (issue 11, item 6).
    ['伊藤さん、土曜締め切りの資料', `${P(ITO)}、土曜締め切りの資料`],
    ['伊藤に電話', `${P(ITO)}に電話`],
    ['田中さんに送る', `${P(TANAKA)}に送る`],
    ['田中に送る', `${P(TANAKA)}に送る`],
    ['山田に渡す', `${P(YAMADA)}に渡す`],
    ['山田さんの件', `${P(YAMADA)}さんの件`],
    ['佐藤花子さんの誕生日', `${P(SATO)}の誕生日`],
    ['佐藤花子の誕生日', `${P(SATO)}の誕生日`],
    ['鈴木と会議', `${P(SUZUKI)}と会議`],
    // Latin names stay whole words: Al never eats Alice, or Alfred.
    ['Al met Alice Smith', `${P(AL)} met ${P(ALICE)}`],
    ['Alfred and Al.', `Alfred and ${P(AL)}.`],
    ['Bobさんに連絡', `${P(BOB)}さんに連絡`],
    ['Bobby is not Bob', `Bobby is not ${P(BOB)}`],
    ['bob, BOB', `${P(BOB)}, ${P(BOB)}`],
    // Either apostrophe, whichever the name was stored with.
    ['Ask O’Brien first', `Ask ${P(OBRIEN)} first`],
    ["Ask O'Brien first", `Ask ${P(OBRIEN)} first`],
    // Full-width and decomposed spellings are the same name.
    ['Ｂｏｂに連絡', `${P(BOB)}に連絡`],
  ])('%s', (text, expected) => expect(replace()(text)).toBe(expected));

  it('matches a stored curly apostrophe against a straight one', () => {
    const curly = { uuid: OBRIEN.uuid, name: 'O’Brien' };
    expect(replace([curly])("O'Brien and O’Brien")).toBe(`${P(curly)} and ${P(curly)}`);
  });

  it('replaces a decomposed spelling of a composed name', () => {
    const cafe = { uuid: BOB.uuid, name: 'Zoé' };
    expect(replace([cafe])('Zoe\u0301 came')).toBe(`${P(cafe)} came`);
  });

  it('gives a core two people share to neither of them', () => {
    const other = { uuid: '12121212-0000-4000-8000-000000000000', name: '田中部長' };
    expect(replace([TANAKA, other])('田中と田中さんと田中部長')).toBe(`${UNKNOWN_PERSON}と${P(TANAKA)}と${P(other)}`);
  });

  it('never lets a core take a name someone has', () => {
    const bare = { uuid: '12121212-0000-4000-8000-000000000000', name: '田中' };
    expect(replace([TANAKA, bare])('田中と田中さん')).toBe(`${P(bare)}と${P(TANAKA)}`);
  });
});

describe('former names', () => {
  const SAMUEL = { uuid: 'abababab-0000-4000-8000-000000000000', name: 'Samuel' };
  it('traces a correction back to the person it was made to', () => {
    // Made to Sam (since renamed Samuel), corrected to Bob.
    const trails: PersonTrail[] = [{ person: BOB.uuid, first: SAMUEL.uuid, changes: [{ from: 'Sam', to: 'Bob' }] }];
    expect(replace([SAMUEL, BOB], trails)('Sam said Samuel and Bob')).toBe(`${P(SAMUEL)} said ${P(SAMUEL)} and ${P(BOB)}`);
  });

  it('gives the current person the name a promise was moved to, even after a rename', () => {
    // Corrected from Bob to Sam, and Sam later renamed Samuel.
    const trails: PersonTrail[] = [{ person: SAMUEL.uuid, first: BOB.uuid, changes: [{ from: 'Bob', to: 'Sam' }] }];
    expect(replace([SAMUEL, BOB], trails)('Sam')).toBe(P(SAMUEL));
  });

  it('hides a former name it cannot trace, with its honorific or without', () => {
    const trails: PersonTrail[] = [{ person: BOB.uuid, first: null, changes: [{ from: '木村さん', to: 'Carol' }, { from: 'Carol', to: 'Bob' }] }];
    expect(replace([BOB], trails)('木村に、Carol')).toBe(`${UNKNOWN_PERSON}に、${UNKNOWN_PERSON}`);
  });

  it('reads trails from the edit history in an export', () => {
    const file = {
      conversations: [{ uuid: 'c1', id: 1, person: SAMUEL.uuid, at: '2026-11-01T00:00:00Z' }],
      promises: [{ person: BOB.uuid, conversation: 'c1', history: [{ kind: 'created', detail: null }, { kind: 'edited', detail: { from: { person: 'Sam', text: 'x' }, to: { person: 'Bob', text: 'y' } } }, { kind: 'edited', detail: { from: { text: 'y' }, to: { text: 'z' } } }] }],
    } as unknown as ExportFile;
    expect(trailsOf(file)).toEqual([{ person: BOB.uuid, first: SAMUEL.uuid, changes: [{ from: 'Sam', to: 'Bob' }] }]);
  });

  it('anonymize() replaces a former name in edit history and text, and leaves UUIDs and times alone', () => {
    const four = { uuid: '4f000000-0000-4000-8000-00000000004f', name: '4f' };
    const file = {
      format: 'trust-export', formatVersion: 1, exportedAt: '2026-11-23T08:00:00.000Z', anonymized: false,
      people: [{ ...SAMUEL, id: 1, relation: 'work', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' }, { ...BOB, id: 2, relation: 'work', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' }, { ...four, id: 3, relation: 'work', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' }],
      conversations: [{ uuid: 'c1', id: 1, person: SAMUEL.uuid, at: '2026-11-01T00:00:00Z' }],
      promises: [
        { uuid: 'p0', person: four.uuid, conversation: null, text: 'Ask Sam', note: 'Sam’s idea', history: [] },
        { uuid: 'p1', person: BOB.uuid, conversation: 'c1', text: 'Deck', note: null, history: [{ kind: 'edited', at: '2026-11-02T00:00:00Z', note: null, detail: { from: { person: 'Sam' }, to: { person: 'Bob' } } }] },
      ],
      repairs: [], reviews: [],
    } as unknown as ExportFile;
    const text = JSON.stringify(anonymize(file));
    expect(text).not.toMatch(/Sam|Bob/);
    expect(text).toContain(four.uuid);
    expect(text).toContain(`"note":"${P(SAMUEL)}’s idea"`);
    expect(text).toContain(`{"from":{"person":"${P(SAMUEL)}"},"to":{"person":"${P(BOB)}"}}`);
  });
});
