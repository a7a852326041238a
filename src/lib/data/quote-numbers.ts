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
 * French approximate numerals: "une cinquantaine" states about 50. Singular
 * only: "des centaines" is vague, not a figure.
 */
const APPROX_WORDS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};
const APPROX_WORD = new RegExp(`\\b(${Object.keys(APPROX_WORDS).join("|")})\\b`, "gi");

/**
 * The numbers a quote states, read as a French or English reader would:
 * "2.000" and "1 500" are thousands, "1,5" is a decimal, "800 millions" is
 * 800000000, "une cinquantaine" is 50. Each number is returned both as
 * written and scaled, so a value stored in units or in millions is found
 * either way.
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
  for (const m of quote.matchAll(APPROX_WORD))
    found.push(APPROX_WORDS[(m[1] as string).toLowerCase()] as number);
  return found;
}
