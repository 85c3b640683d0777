const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

const NUMERAL =
  /([-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion|mln|bn|k|m)\b)?/gi;

/**
 * The numbers an English text writes in digits, each both as written and
 * scaled by a following word: "some 3,500" → 3500; "€2.5 million" → 2.5 and
 * 2500000; "680-kilometre" → 680. Words without digits ("several hundred")
 * give nothing.
 */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(NUMERAL)) {
    const [, sign = "", whole = "", fraction = "", scale] = match;
    // A minus sign only when it is not a hyphen joining words ("680-kilometre" is not negative; "-3%" is).
    const before = match.index > 0 ? text.charAt(match.index - 1) : "";
    const negative = sign !== "" && !/[\p{L}\p{N}]/u.test(before);
    const value = (negative ? -1 : 1) * Number(whole.replaceAll(",", "") + fraction);
    out.push(value);
    const factor = scale === undefined ? undefined : SCALES[scale.toLowerCase()];
    if (factor !== undefined) out.push(value * factor);
  }
  return out;
}

/** Whether two numbers are the same up to floating-point rounding. */
export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
