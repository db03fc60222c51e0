import { describe, expect, it } from 'vitest';
import { segments, splitEvidence, type Mark } from './spans.js';

const mark = (start: number, end: number, kind: Mark['kind'], key = kind): Mark => ({ start, end, kind, key, title: key });

describe('the text cut into marked segments', () => {
  const text = 'Xi Jinping met Lula in Brasilia.';
  const rows: [string, Mark[], [string, string[]][]][] = [
    ['no marks', [], [[text, []]]],
    ['an actor and a trigger', [mark(0, 10, 'actor'), mark(11, 14, 'trigger')],
      [['Xi Jinping', ['actor']], [' ', []], ['met', ['trigger']], [' Lula in Brasilia.', []]]],
    ['a trigger inside its sentence', [mark(0, 32, 'evidence'), mark(11, 14, 'trigger')],
      [['Xi Jinping ', ['evidence']], ['met', ['evidence', 'trigger']], [' Lula in Brasilia.', ['evidence']]]],
    ['a span out of the text is dropped', [mark(20, 99, 'place'), mark(23, 31, 'place')],
      [['Xi Jinping met Lula in ', []], ['Brasilia', ['place']], ['.', []]]],
  ];
  it.each(rows)('%s', (_name, marks, expected) => {
    const got = segments(text, marks).map((s) => [s.text, s.marks.map((m) => m.kind)]);
    expect(got).toEqual(expected);
    expect(segments(text, marks).map((s) => s.text).join('')).toBe(text);
  });
});

describe('the evidence around its trigger', () => {
  const rows: [[number, number], [string, string, string]][] = [
    [[111, 114], ['Xi Jinping ', 'met', ' Lula.']],
    [[100, 102], ['', 'Xi', ' Jinping met Lula.']],
    [[90, 95], ['Xi Jinping met Lula.', '', '']],
  ];
  it.each(rows)('trigger at %j', (span, expected) => {
    expect(splitEvidence({ text: 'Xi Jinping met Lula.', span: [100, 120] }, { span })).toEqual(expected);
  });
});
