// WCAG 2.x contrast for the company accent colour. Client-safe: the settings form previews with
// it and the public layout picks the accent's text colour with it.

export const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Normal-size text needs 4.5:1 (WCAG 1.4.3 AA). */
export const MIN_TEXT_CONTRAST = 4.5;

export type Foreground = '#000000' | '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  if (!HEX_COLOR.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((start) => channel(Number.parseInt(hex.slice(start, start + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Black or white, whichever reads better on the colour. One of them always reaches 4.5:1
 * (the worst case, a mid grey, still gets about 4.6:1), so text on the accent is always readable.
 */
export function readableForeground(background: string): Foreground {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}

/** Rounded down, so "4.5:1" is never shown for a colour that only reaches 4.49. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}
