const NUMBER = /\d+(?:[ .,\u00a0\u202f]\d+)*/g;
const SCALE: [RegExp, number][] = [
  [/^\s*(milliards?|billions?)\b/i, 1e9],
  [/^\s*(millions?|MDH|M\s?DH)\b/i, 1e6],
];

/** Every reading of one written number: "1.500" may be 1500 or 1.5. */
function readings(raw: string): number[] {
  const groups = raw.split(/[ .,\u00a0\u202f]/);
  if (groups.length === 1) return [Number(raw)];
  const out: number[] = [];
  if (groups.slice(1).every((g) => g.length === 3)) out.push(Number(groups.join("")));
  if (groups.length === 2 && /^\d+[.,]\d+$/.test(raw)) out.push(Number(raw.replace(",", ".")));
  return out;
}

/**
 * The numbers a quote states, read as a French or English reader would:
 * "2.000" and "1 500" are thousands, "1,5" is a decimal, "800 millions" is
 * 800000000. Each number is returned both as written and scaled, so a value
 * stored in units or in millions is found either way.
 */
export function numbersInQuote(quote: string): number[] {
  const found: number[] = [];
  for (const m of quote.matchAll(NUMBER)) {
    const rest = quote.slice((m.index ?? 0) + m[0].length);
    for (const n of readings(m[0])) {
      found.push(n);
      for (const [pattern, factor] of SCALE) if (pattern.test(rest)) found.push(n * factor);
    }
  }
  return found;
}
