import { describe, expect, it } from 'vitest';
import { OffsetMap, StepMap } from './offsets.js';

describe('offset maps', () => {
  it('maps positions around a replacement, a deletion and an insertion', () => {
    //            0123456789
    const text = 'ab XYZ cd!';
    const { text: out, map } = StepMap.apply(text, [
      { start: 3, end: 6, insert: 'Q' }, // XYZ → Q
      { start: 9, end: 10, insert: '' }, // drop !
    ]);
    expect(out).toBe('ab Q cd');
    expect(map.toInput(0, 'start')).toBe(0);
    expect(map.toInput(3, 'start')).toBe(3);
    expect(map.toInput(4, 'end')).toBe(6);
    expect(map.toInput(5, 'start')).toBe(7);
    expect(map.toInput(7, 'end')).toBe(9);
    const ins = StepMap.apply('ab', [{ start: 1, end: 1, insert: 'XX' }]);
    expect(ins.text).toBe('aXXb');
    expect(ins.map.toInput(2, 'start')).toBe(1);
    expect(ins.map.toInput(3, 'end')).toBe(1);
    expect(ins.map.toInput(3, 'start')).toBe(1);
  });

  it('composes steps, last to first', () => {
    const a = StepMap.apply('xxABCyy', [{ start: 0, end: 2, insert: '' }]); // ABCyy
    const b = StepMap.apply(a.text, [{ start: 1, end: 2, insert: 'bb' }]); // AbbCyy
    const map = new OffsetMap();
    map.push(a.map);
    map.push(b.map);
    expect(b.text).toBe('AbbCyy');
    expect(map.spanToOriginal(0, 4)).toEqual([2, 5]); // AbbC ← ABC
    expect(map.spanToOriginal(4, 6)).toEqual([5, 7]); // yy
  });

  it('rejects overlapping edits', () => {
    expect(() => StepMap.apply('abcdef', [{ start: 0, end: 3, insert: '' }, { start: 2, end: 4, insert: '' }])).toThrow(RangeError);
  });
});
