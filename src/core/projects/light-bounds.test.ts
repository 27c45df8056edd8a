import { describe, expect, it } from 'vitest';
import { addMonths, addNaturalDays, monthOf } from '../dates';
import { lightBounds, lightFromBounds, reportLight } from './investment-light';

// The project list filters by light in SQL through month bounds; they must give the very
// light each project shows, for every day of a year and any last month reported.
describe('light bounds (the SQL filter) agree with the light shown', () => {
  it('for every day of 2026 and 2027-01, every last month and several rules', () => {
    const rules = [
      { yellowAfterDays: 5, redAfterDays: 15 },
      { yellowAfterDays: 0, redAfterDays: 1 },
      { yellowAfterDays: 3, redAfterDays: 40 },
      { yellowAfterDays: 31, redAfterDays: 62 },
    ];
    let mismatches = 0;
    for (let d = 0; d < 400; d++) {
      const today = addNaturalDays('2026-01-01', d);
      for (const r of rules) {
        const b = lightBounds(today, r);
        const lasts: (string | null)[] = [null];
        for (let m = -14; m <= 1; m++) lasts.push(monthOf(addMonths(today, m)));
        for (const last of lasts) {
          if (lightFromBounds(last, b) !== reportLight(last, today, r).light) mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
  });
});
