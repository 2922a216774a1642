import { describe, expect, it } from 'vitest';
import { compilerFlagsToSet } from '../../src/cli/threads.js';

describe('compiler tuning', () => {
  it('sets both compiler flags when node was given none', () => {
    expect(compilerFlagsToSet([])).toEqual(['--interrupt-budget=250000', '--max-inlined-bytecode-size-cumulative=300']);
    expect(compilerFlagsToSet(['--max-old-space-size=4096', '--enable-source-maps'])).toHaveLength(2);
  });

  it('leaves a flag node was given alone, in any spelling', () => {
    expect(compilerFlagsToSet(['--interrupt-budget=1000'])).toEqual(['--max-inlined-bytecode-size-cumulative=300']);
    expect(compilerFlagsToSet(['--interrupt_budget=1000'])).toEqual(['--max-inlined-bytecode-size-cumulative=300']);
    expect(compilerFlagsToSet(['--max-inlined-bytecode-size-cumulative', '500'])).toEqual(['--interrupt-budget=250000']);
  });

  it('does not take a longer flag for one of its own', () => {
    expect(compilerFlagsToSet(['--interrupt-budget-for-feedback-allocation=10'])).toContain('--interrupt-budget=250000');
  });
});
