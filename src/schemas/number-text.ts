/**
 * A finite number written in plain decimal notation, never with an exponent:
 * 1e-7 is "0.0000001" and 1e21 is "1000000000000000000000". The loader reads
 * only plain numbers, so a release must write them this way to reload.
 */
export function plainNumberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`plainNumberText: ${n} is not finite`);
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = "", exp] = m as unknown as [string, string, string, string, string];
  const digits = lead + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** "007.50" → "7.5": the same number written without padding zeros. */
export function canonicalNumberText(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return s;
  const int = (m[2] as string).replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const text = frac ? `${int}.${frac}` : int;
  return text === "0" ? "0" : (m[1] as string) + text;
}
