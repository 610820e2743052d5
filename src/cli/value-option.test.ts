import { describe, expect, it } from 'vitest';
import { takeValueOption } from './value-option.js';

describe('an option with a value', () => {
  it('takes both spellings in order, and leaves the other arguments as they were', () => {
    expect(takeValueOption(['a.md', '--out', 'site', '--strict', '--out=dist', 'b.md'], 'out')).toEqual({
      values: ['site', 'dist'],
      rest: ['a.md', '--strict', 'b.md'],
    });
  });

  it('gives an empty value for the flag at the end, and none for a longer name that starts alike', () => {
    expect(takeValueOption(['--outside', 'x', '--out'], 'out')).toEqual({ values: [''], rest: ['--outside', 'x'] });
  });
});
