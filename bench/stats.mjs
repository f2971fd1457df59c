// Small statistics and formatting helpers.

export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
export const min = (values) => Math.min(...values.filter(Number.isFinite));
export const max = (values) => Math.max(...values.filter(Number.isFinite));

/** `fmt(x, 1)` → "12.3"; NaN → "–". */
export const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** "median (min–max)" of values. */
export const spread = (values, digits = 1) =>
  values.some(Number.isFinite) ? `${fmt(median(values), digits)} (${fmt(min(values), digits)}–${fmt(max(values), digits)})` : '–';

/** Ratio of two medians, e.g. "2.31×". */
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN);
export const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** A Markdown table (also readable in a terminal). */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
