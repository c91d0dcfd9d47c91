import { describe, expect, it } from "vitest";
import { editDistance } from "../src/edit-distance.js";

describe("editDistance", () => {
  it("counts letters inserted, deleted and replaced", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("kzsk", "kzk")).toBe(1);
  });

  it("counts two neighbouring letters swapped as one edit only when asked", () => {
    expect(editDistance("teh", "the")).toBe(2);
    expect(editDistance("teh", "the", { swaps: true })).toBe(1);
  });

  it("measures to the nearest beginning of the second string when asked", () => {
    expect(editDistance("instituion", "institutional")).toBe(3);
    expect(editDistance("instituion", "institutional", { toPrefix: true })).toBe(1);
    expect(editDistance("govenrme", "government", { swaps: true, toPrefix: true })).toBe(1);
    expect(editDistance("govenrme", "government", { toPrefix: true })).toBe(2);
    expect(editDistance("goverme", "government", { toPrefix: true })).toBe(1);
    expect(editDistance("ethan", "enhance", { toPrefix: true })).toBe(1);
    expect(editDistance("xyz", "government", { toPrefix: true })).toBe(3);
  });
});
