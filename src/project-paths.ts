/**
 * Where the project lives on disk, independent of the current directory.
 *
 * Exports: `PROJECT_ROOT` (the folder holding package.json) and `resolveIn(root, path)`
 * (an absolute path stays as is, a relative one is taken from `root`).
 */
import { fileURLToPath } from "node:url";
import { isAbsolute, resolve } from "node:path";

/** The project root: the parent of `src/`. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/[\\/]$/, "");

/** `path` if absolute, else `path` taken relative to `root`. */
export function resolveIn(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}
