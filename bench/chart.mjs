// A hand-written SVG grouped bar chart: time-to-rendered ratio vs native <details>,
// one group per N, one bar per candidate, a dashed line at 1× (native). No library.

const COLORS = { apt: '#0b4f8a', shoelace: '#0ea5e9', carbon: '#8a3ffc' };
const escapeXml = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * @param {{ ns: number[], candidates: string[], labels: Record<string,string>,
 *           ratio: (candidate: string, n: number) => number | undefined, title: string }} data
 * @returns {string} the SVG document
 */
export function ratioChart({ ns, candidates, labels, ratio, title }) {
  const width = 720;
  const height = 400;
  const margin = { top: 48, right: 20, bottom: 80, left: 56 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = ns.flatMap((n) => candidates.map((c) => ratio(c, n))).filter((v) => Number.isFinite(v));
  // Round the axis up to a "nice" value so the ticks read well.
  const rawMax = Math.max(1.5, ...values) * 1.1;
  const step = rawMax <= 3 ? 0.5 : rawMax <= 6 ? 1 : rawMax <= 15 ? 2 : Math.ceil(rawMax / 8);
  const max = Math.ceil(rawMax / step) * step;
  const y = (v) => margin.top + plotH - (v / max) * plotH;

  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      `role="img" aria-labelledby="title" font-family="system-ui, sans-serif" font-size="12">`,
  );
  out.push(`<title id="title">${escapeXml(title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">${escapeXml(title)}</text>`);

  // Y axis: grid lines and tick labels.
  for (let v = 0; v <= max + 1e-9; v += step) {
    const yy = y(v).toFixed(1);
    out.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${yy}" y2="${yy}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${margin.left - 6}" y="${yy}" dy="4" text-anchor="end" fill="#374151">${+v.toFixed(2)}×</text>`);
  }
  out.push(
    `<text transform="translate(14 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#374151">` +
      `time to rendered ÷ native</text>`,
  );

  // Bars, grouped by N.
  const groupW = plotW / ns.length;
  const barW = Math.min(48, (groupW * 0.7) / candidates.length);
  ns.forEach((n, gi) => {
    const groupX = margin.left + gi * groupW + (groupW - barW * candidates.length) / 2;
    candidates.forEach((c, ci) => {
      const v = ratio(c, n);
      const x = groupX + ci * barW;
      if (!Number.isFinite(v)) {
        out.push(`<text x="${x + barW / 2}" y="${y(0) - 4}" text-anchor="middle" fill="#b91c1c">n/a</text>`);
        return;
      }
      const top = y(v);
      out.push(
        `<rect x="${(x + 2).toFixed(1)}" y="${top.toFixed(1)}" width="${(barW - 4).toFixed(1)}" ` +
          `height="${(y(0) - top).toFixed(1)}" fill="${COLORS[c] ?? '#6b7280'}"><title>${escapeXml(labels[c])}, N=${n}: ${v.toFixed(2)}×</title></rect>`,
      );
      out.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle" font-size="11">${v.toFixed(2)}</text>`);
    });
    out.push(
      `<text x="${(margin.left + gi * groupW + groupW / 2).toFixed(1)}" y="${margin.top + plotH + 18}" ` +
        `text-anchor="middle" font-weight="600">N = ${n}</text>`,
    );
  });

  // The native reference line, drawn over the bars.
  out.push(
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(1).toFixed(1)}" y2="${y(1).toFixed(1)}" ` +
      `stroke="#111827" stroke-dasharray="6 4" stroke-width="1.5"/>`,
  );
  out.push(`<text x="${width - margin.right}" y="${(y(1) - 5).toFixed(1)}" text-anchor="end" fill="#111827" stroke="#fff" stroke-width="3" paint-order="stroke">native = 1×</text>`);
  out.push(`<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${y(0)}" stroke="#374151"/>`);
  out.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(0)}" y2="${y(0)}" stroke="#374151"/>`);

  // Legend.
  const legendY = height - 24;
  let lx = margin.left;
  for (const c of candidates) {
    out.push(`<rect x="${lx}" y="${legendY - 10}" width="12" height="12" fill="${COLORS[c] ?? '#6b7280'}"/>`);
    out.push(`<text x="${lx + 18}" y="${legendY}">${escapeXml(labels[c])}</text>`);
    lx += 26 + labels[c].length * 7;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
