// WCAG 2.x contrast of the view's colours, read from its style sheet: every
// colour text takes reads on every fill the sheet uses (4.5:1, AA for
// normal text), and the focus ring and the lines that tell the kinds of span
// apart stand out from those fills (3:1, AA for graphics). Checking every
// pair, rather than the pairs drawn today, keeps a new rule from pairing a
// colour with a fill it was never checked on. The browser test checks the
// colours as drawn, at 1280 px and 390 px.
import { describe, expect, it } from "vitest";
import { VIEW_CSS } from "../../src/view/style.js";

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const channel = (i: number): number => Number.parseInt(full.slice(i, i + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

/** Relative luminance, as WCAG 2.x defines it. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const s = channel / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The contrast ratio of two colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [high = 0, low = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

const HEX = /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/gi;
const variables = new Map(
  [...VIEW_CSS.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1] ?? "", m[2] ?? ""]),
);
const resolve = (value: string): string =>
  value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => variables.get(name) ?? whole);

/** The hex colours of every declaration of `property` (and only that property: `color` is not `border-color`). */
function colours(property: string): string[] {
  const declarations = VIEW_CSS.matchAll(new RegExp(`(?<![-\\w])${property}\\s*:\\s*([^;}]+)`, "g"));
  return [...new Set([...declarations].flatMap((m) => resolve(m[1] ?? "").match(HEX) ?? []))];
}

/** The colours of the rules whose selector matches `selector`, for `property`. */
function coloursOfRules(selector: RegExp, property: string): string[] {
  const rules = [...VIEW_CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter((m) => selector.test(m[1] ?? ""));
  return rules.flatMap((m) => {
    const value = new RegExp(`(?<![-\\w])${property}\\s*:\\s*([^;}]+)`).exec(m[2] ?? "")?.[1];
    return value === undefined ? [] : (resolve(value).match(HEX) ?? []);
  });
}

const isLight = (hex: string): boolean => luminance(hex) > 0.4;
const fills = [...colours("background"), ...colours("background-color"), "#ffffff"];
const lightFills = fills.filter(isLight);
const darkFills = fills.filter((fill) => !isLight(fill));
const textColours = colours("color");

describe("the view's colours (WCAG 2.x AA)", () => {
  it("reads the colours of the style sheet", () => {
    expect(textColours.length).toBeGreaterThan(5);
    expect(lightFills.length).toBeGreaterThan(8);
    expect(darkFills.length).toBeGreaterThan(2);
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("gives every text colour 4.5:1 on every fill it can stand on", () => {
    const low: string[] = [];
    for (const text of textColours) {
      for (const fill of isLight(text) ? darkFills : lightFills) {
        const ratio = contrast(text, fill);
        if (ratio < 4.5) low.push(`${text} on ${fill}: ${ratio.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });

  it("draws the focus ring and the lines of each kind of span at 3:1 against every light fill", () => {
    const focus = variables.get("--focus");
    expect(focus).toBeDefined();
    const lines = coloursOfRules(/\.k-[\w-]+/, "(?:border-bottom|text-decoration)");
    expect(lines.length).toBeGreaterThanOrEqual(6);
    const low: string[] = [];
    for (const line of [focus ?? "#ffffff", ...lines]) {
      for (const fill of lightFills) {
        const ratio = contrast(line, fill);
        if (ratio < 3) low.push(`${line} on ${fill}: ${ratio.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });
});
