import { describe, expect, it } from "vitest";
import { numbersIn } from "../../src/grounding/numbers.js";

describe("numbersIn", () => {
  it("reads a minus sign before a number, but not a hyphen joining a number to a word", () => {
    expect(numbersIn("-3%")).toEqual([-3]);
    expect(numbersIn("fell by \u22122.5 million")).toEqual([-2.5, -2_500_000]);
    expect(numbersIn("the 680-kilometre border")).toEqual([680]);
    expect(numbersIn("2019-2021")).toEqual([2019, 2021]);
  });
});
