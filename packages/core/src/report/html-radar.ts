import { LENSES, type Lens } from "../model/level.js";
import { escapeHtml } from "./html-escape.js";

/** The largest lens score: the outer ring. */
const MAX_SCORE = 4;
const WIDTH = 440;
const HEIGHT = 350;
const CENTRE_X = 220;
const CENTRE_Y = 150;
const RADIUS = 100;

const RESUME_COLOUR = "#2563eb";
const EXPECTED_COLOUR = "#c2410c";
const GRID_COLOUR = "#d4d4d8";

export const LENS_LABELS: Readonly<Record<Lens, string>> = {
  scope: "Scope",
  complexity: "Complexity",
  authority: "Authority",
  consequence: "Consequence",
};

/** A number as SVG wants it: one decimal at most, no trailing ".0", never "-0". */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(MAX_SCORE, Math.max(0, score));
}

/** The unit direction of a lens's axis: scope points up, then clockwise in lens order. */
function direction(index: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / LENSES.length;
  return { x: Math.cos(angle), y: Math.sin(angle) };
}

/** Where a score lands on a lens's axis. */
export function radarPoint(index: number, score: number): { x: number; y: number } {
  const { x, y } = direction(index);
  const distance = (clampScore(score) / MAX_SCORE) * RADIUS;
  return { x: CENTRE_X + x * distance, y: CENTRE_Y + y * distance };
}

/** The `points` attribute of a polygon through one score per lens. */
export function radarPoints(scores: Readonly<Record<Lens, number>>): string {
  return LENSES.map((lens, index) => {
    const { x, y } = radarPoint(index, scores[lens]);
    return `${formatCoordinate(x)},${formatCoordinate(y)}`;
  }).join(" ");
}

function rings(): string {
  const parts: string[] = [];
  for (let ring = 1; ring <= MAX_SCORE; ring++) {
    const radius = formatCoordinate((ring / MAX_SCORE) * RADIUS);
    parts.push(
      `<circle cx="${CENTRE_X}" cy="${CENTRE_Y}" r="${radius}" fill="none" stroke="${GRID_COLOUR}" stroke-width="1"/>`,
    );
    const labelY = formatCoordinate(CENTRE_Y - (ring / MAX_SCORE) * RADIUS + 12);
    parts.push(`<text x="${CENTRE_X + 4}" y="${labelY}" font-size="10" fill="#71717a">${ring}</text>`);
  }
  return parts.join("");
}

function axes(scores: Readonly<Record<Lens, number>>, expected: Readonly<Record<Lens, number>>): string {
  return LENSES.map((lens, index) => {
    const end = radarPoint(index, MAX_SCORE);
    const { x, y } = direction(index);
    const labelX = CENTRE_X + x * (RADIUS + 14);
    const labelY = CENTRE_Y + y * (RADIUS + 14) + (y > 0.5 ? 12 : y < -0.5 ? -16 : -4);
    const anchor = x > 0.5 ? "start" : x < -0.5 ? "end" : "middle";
    const detail = `${formatCoordinate(clampScore(scores[lens]))} of ${MAX_SCORE} · target ${formatCoordinate(clampScore(expected[lens]))}`;
    return [
      `<line x1="${CENTRE_X}" y1="${CENTRE_Y}" x2="${formatCoordinate(end.x)}" y2="${formatCoordinate(end.y)}" stroke="${GRID_COLOUR}" stroke-width="1"/>`,
      `<text x="${formatCoordinate(labelX)}" y="${formatCoordinate(labelY)}" text-anchor="${anchor}" font-size="13" font-weight="600" fill="#18181b">${LENS_LABELS[lens]}`,
      `<tspan x="${formatCoordinate(labelX)}" dy="15" font-size="11" font-weight="400" fill="#52525b">${detail}</tspan></text>`,
    ].join("");
  }).join("");
}

function vertices(scores: Readonly<Record<Lens, number>>): string {
  return LENSES.map((lens, index) => {
    const { x, y } = radarPoint(index, scores[lens]);
    return `<circle cx="${formatCoordinate(x)}" cy="${formatCoordinate(y)}" r="3" fill="${RESUME_COLOUR}"/>`;
  }).join("");
}

function legend(targetName: string): string {
  const y = HEIGHT - 18;
  return [
    `<g font-size="12" fill="#27272a">`,
    `<rect x="90" y="${y - 10}" width="14" height="14" fill="${RESUME_COLOUR}" fill-opacity="0.25" stroke="${RESUME_COLOUR}" stroke-width="2"/>`,
    `<text x="110" y="${y + 1}">This resume</text>`,
    `<line x1="220" y1="${y - 3}" x2="246" y2="${y - 3}" stroke="${EXPECTED_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>`,
    `<text x="252" y="${y + 1}">${escapeHtml(targetName)}</text>`,
    `</g>`,
  ].join("");
}

function describe(scores: Readonly<Record<Lens, number>>, expected: Readonly<Record<Lens, number>>): string {
  return LENSES.map(
    (lens) =>
      `${LENS_LABELS[lens]} ${formatCoordinate(clampScore(scores[lens]))} of ${MAX_SCORE} (target expects ${formatCoordinate(clampScore(expected[lens]))})`,
  ).join("; ");
}

/**
 * A radar chart of the four lenses as inline SVG: rings for scores 1 to 4, one labelled axis per
 * lens, the resume's scores as a filled polygon and the target's expected profile as a dashed one.
 * Coordinates are rounded to one decimal, so the same scores always give the same markup.
 */
export function radarSvg(
  scores: Readonly<Record<Lens, number>>,
  expected: Readonly<Record<Lens, number>>,
  targetName: string,
): string {
  return [
    `<svg class="radar" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="radar-title">`,
    `<title id="radar-title">Lens scores: ${escapeHtml(describe(scores, expected))}</title>`,
    rings(),
    axes(scores, expected),
    `<polygon class="expected" points="${radarPoints(expected)}" fill="none" stroke="${EXPECTED_COLOUR}" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<polygon class="resume" points="${radarPoints(scores)}" fill="${RESUME_COLOUR}" fill-opacity="0.22" stroke="${RESUME_COLOUR}" stroke-width="2" stroke-linejoin="round"/>`,
    vertices(scores),
    legend(targetName),
    `</svg>`,
  ].join("");
}
