/**
 * A small hand-written SVG line chart (no dependencies): series of (x, y) points on log–log
 * axes, with ticks at powers of ten, a legend and a title. Pure: data in, SVG text out.
 */
export interface Series {
  readonly name: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface ChartOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width?: number;
  readonly height?: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function powersOfTen(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e);
  return out;
}

function tickLabel(value: number, unit = ""): string {
  if (value >= 1_000_000) return `${value / 1_000_000}M${unit}`;
  if (value >= 1000) return `${value / 1000}k${unit}`;
  return `${value}${unit}`;
}

export function logLogChart(series: readonly Series[], options: ChartOptions): string {
  const width = options.width ?? 760;
  const height = options.height ?? 460;
  const margin = { left: 70, right: 230, top: 50, bottom: 60 };
  const points = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xTicks = powersOfTen(Math.min(...xs, 1), Math.max(...xs, 10));
  const yTicks = powersOfTen(Math.min(...ys, 0.1), Math.max(...ys, 1));
  const xMin = Math.log10(xTicks[0] ?? 1);
  const xMax = Math.log10(xTicks.at(-1) ?? 10);
  const yMin = Math.log10(yTicks[0] ?? 0.1);
  const yMax = Math.log10(yTicks.at(-1) ?? 1);
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const px = (x: number) => margin.left + ((Math.log10(x) - xMin) / (xMax - xMin || 1)) * plotW;
  const py = (y: number) => margin.top + plotH - ((Math.log10(y) - yMin) / (yMax - yMin || 1)) * plotH;
  const f = (n: number) => n.toFixed(1);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2 - margin.right / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(options.title)}</text>`,
  );
  for (const t of xTicks) {
    const x = f(px(t));
    out.push(
      `<line x1="${x}" y1="${margin.top}" x2="${x}" y2="${margin.top + plotH}" stroke="#ddd"/>`,
      `<text x="${x}" y="${margin.top + plotH + 18}" text-anchor="middle">${tickLabel(t)}</text>`,
    );
  }
  for (const t of yTicks) {
    const y = f(py(t));
    out.push(
      `<line x1="${margin.left}" y1="${y}" x2="${margin.left + plotW}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${margin.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${tickLabel(t)}</text>`,
    );
  }
  out.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 16}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(18 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
  );
  for (const [i, s] of series.entries()) {
    const valid = s.points.filter((p) => p.x > 0 && p.y > 0);
    if (valid.length > 0) {
      const d = valid.map((p, k) => `${k === 0 ? "M" : "L"}${f(px(p.x))},${f(py(p.y))}`).join(" ");
      out.push(
        `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      );
      for (const p of valid)
        out.push(`<circle cx="${f(px(p.x))}" cy="${f(py(p.y))}" r="3.5" fill="${s.color}"/>`);
    }
    const ly = margin.top + 10 + i * 22;
    const lx = margin.left + plotW + 18;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 26}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      `<text x="${lx + 32}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`,
    );
  }
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
