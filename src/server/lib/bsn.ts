let testRange: string[] | undefined;

/**
 * Every number in the 999xxxxxx test range that passes the 11-proof, ascending (90,909 of them).
 * Each 8-digit prefix has exactly one check digit that makes the sum divisible by 11; it is usable when ≤ 9.
 */
export function testRangeBsns(): readonly string[] {
  if (!testRange) {
    testRange = [];
    for (let prefix = 99900000; prefix <= 99999999; prefix++) {
      const body = String(prefix);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(body[i]) * (9 - i);
      const check = sum % 11;
      if (check <= 9) testRange.push(body + String(check));
    }
  }
  return testRange;
}

/** The n-th synthetic BSN of the test range; callers keep n below testRangeBsns().length within one municipality. */
export function syntheticBsn(n: number): string {
  const all = testRangeBsns();
  const bsn = all[n % all.length];
  if (bsn === undefined) throw new Error('unreachable: empty test range');
  return bsn;
}
