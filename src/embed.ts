/**
 * Local text embeddings, fully offline, driven by a model profile: the transformers.js tokenizer
 * and the model's ONNX file run by ONNX Runtime (the runtime transformers.js itself uses).
 *
 * Queries and passages go through the same steps: the profile's prefix, punctuation folding and
 * lowercasing (`prepareText`), tokenization truncated to the profile's `maxTokens`, one forward
 * pass, CLS or mean pooling, L2 normalization. Texts are run ONE PER FORWARD PASS by default:
 * the int8 model quantizes activations dynamically over the whole batch, so a vector computed in
 * a padded batch differs from the same text's vector computed alone (max |Δ| ≈ 0.09 measured),
 * while a text alone always gives the same vector, whichever call embeds it. Larger batches are
 * available (`batchSize`) but then vectors depend on their batch neighbours.
 *
 * Exports: `createEmbedder(options)`, `prepareText(text, profile, role)`, and the types
 * `Embedder`, `EmbedderOptions`, `EmbedRole`.
 */
import { AutoTokenizer, env, type PreTrainedTokenizer } from "@xenova/transformers";
import { existsSync } from "node:fs";
import ort from "onnxruntime-node";
import { join, relative } from "node:path";
import type { Logger } from "./logger.js";
import { ModelError, modelDirOf } from "./model-fetch.js";
import { type ModelProfile, resolveProfile } from "./model-profiles.js";
import { PROJECT_ROOT, resolveIn } from "./project-paths.js";

export type EmbedRole = "query" | "passage";

export interface EmbedderOptions {
  /** Project root (default: the folder holding this project's package.json). */
  rootDir?: string;
  /** Models folder, relative to `rootDir` unless absolute (default `models`). */
  modelsDir?: string;
  /** Profile object or name (default: `EMBED_MODEL`, else bge-small-zh-v1.5). */
  profile?: string | ModelProfile;
  /** Texts per forward pass (default 1, see the module comment; at most 64). */
  batchSize?: number;
  logger?: Logger;
}

export interface Embedder {
  readonly profile: ModelProfile;
  readonly dimension: number;
  /** Vectors for questions (query prefix), one per text, in order. */
  embedQueries(texts: readonly string[]): Promise<Float32Array[]>;
  /** Vectors for article text (passage prefix), one per text, in order. */
  embedPassages(texts: readonly string[]): Promise<Float32Array[]>;
  /** The tokens the model sees for `text` (after `prepareText`, special tokens included). */
  tokens(text: string, role?: EmbedRole): string[];
  dispose(): Promise<void>;
}

/** Typographic punctuation that some vocabularies lack, mapped to ASCII (one char each where possible). */
const PUNCTUATION_FOLDS: [RegExp, string][] = [
  [/[“”„‟″〝〞]/g, '"'],
  [/[‘’‚‛′]/g, "'"],
  [/[—–―‒‐]/g, "-"],
  [/…/g, "..."],
];

/** The exact string the tokenizer receives for `text` in the given role. */
export function prepareText(text: string, profile: ModelProfile, role: EmbedRole): string {
  let out = (role === "query" ? profile.queryPrefix : profile.passagePrefix) + text;
  if (profile.foldPunctuation) for (const [re, to] of PUNCTUATION_FOLDS) out = out.replace(re, to);
  if (profile.lowercase) out = out.toLowerCase();
  return out;
}

/** Copies row `row` of a [batch, seq, dim] tensor, pooled as the profile says, normalized if asked. */
function pool(
  hidden: Float32Array,
  dims: number[],
  mask: ArrayLike<bigint | number>,
  row: number,
  profile: ModelProfile,
): Float32Array {
  const seq = dims[1]!;
  const dim = dims[2]!;
  const base = row * seq * dim;
  const out = new Float32Array(dim);
  if (profile.pooling === "cls") {
    out.set(hidden.subarray(base, base + dim));
  } else {
    let count = 0;
    for (let t = 0; t < seq; t++) {
      if (Number(mask[row * seq + t]) === 0) continue;
      count++;
      const off = base + t * dim;
      for (let d = 0; d < dim; d++) out[d]! += hidden[off + d]!;
    }
    if (count > 0) for (let d = 0; d < dim; d++) out[d]! /= count;
  }
  if (profile.normalize) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += out[d]! * out[d]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < dim; d++) out[d]! /= norm;
  }
  return out;
}

/** transformers.js keeps its settings in one global `env`: loads take turns so each sees its own folder. */
let loadQueue: Promise<unknown> = Promise.resolve();

/** The ONNX file of the profile, inside the model folder. */
function onnxFileOf(profile: ModelProfile): string {
  return `onnx/model${profile.quantized ? "_quantized" : ""}.onnx`;
}

/**
 * The tokenizer comes from transformers.js; the model runs in an ONNX Runtime session opened
 * from the file itself. transformers.js would read the file into JavaScript memory first and
 * keep about twice its size alive for the life of the process (46 MB for a 24 MB model,
 * measured); the session alone holds only what ONNX Runtime needs.
 */
function loadOffline(modelsDir: string, dir: string, profile: ModelProfile): Promise<[PreTrainedTokenizer, ort.InferenceSession]> {
  const load = async (): Promise<[PreTrainedTokenizer, ort.InferenceSession]> => {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = modelsDir.endsWith("/") ? modelsDir : `${modelsDir}/`;
    const tokenizer = await AutoTokenizer.from_pretrained(profile.id);
    const session = await ort.InferenceSession.create(join(dir, onnxFileOf(profile)), { executionProviders: ["cpu"] });
    return [tokenizer, session];
  };
  const result = loadQueue.then(load, load);
  loadQueue = result.catch(() => undefined);
  return result;
}

/** Token tensors (as transformers.js returns them) turned into the inputs the session declares. */
function feedsFor(session: ort.InferenceSession, inputs: Record<string, { data: unknown; dims: number[] }>): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  const ids = inputs.input_ids!;
  for (const name of session.inputNames) {
    const given = inputs[name];
    // BERT-style models declare token_type_ids; a single-segment text is all zeros.
    const data = given ? (given.data as BigInt64Array) : new BigInt64Array((ids.data as BigInt64Array).length);
    feeds[name] = new ort.Tensor("int64", data, given ? given.dims : ids.dims);
  }
  return feeds;
}

/**
 * Loads the profile's model from `<modelsDir>/<id>/` with remote loading disabled. Missing files
 * or a model that will not load give a `ModelError` naming the folder and the fix.
 */
export async function createEmbedder(options: EmbedderOptions = {}): Promise<Embedder> {
  const rootDir = options.rootDir ?? PROJECT_ROOT;
  const profile = resolveProfile(options.profile);
  const modelsDir = resolveIn(rootDir, options.modelsDir ?? "models");
  const dir = modelDirOf(modelsDir, profile);
  const batchSize = Math.max(1, Math.min(64, Math.floor(options.batchSize ?? 1)));
  const missing = profile.files.filter((f) => !existsSync(join(dir, f.path))).map((f) => f.path);
  if (missing.length > 0) {
    const where = relative(rootDir, dir) || dir;
    const how =
      profile.source === "hub"
        ? `This profile is downloaded from Hugging Face and is not available offline: run \`npm run fetch:model\` on a machine with internet access (EMBED_MODEL=${profile.name}), or unset EMBED_MODEL to use the shipped default model.`
        : "Run `npm run fetch:model`.";
    throw new ModelError(`Model ${profile.id} is not on disk (${where} lacks ${missing.join(", ")}). ${how}`);
  }

  let tokenizer: PreTrainedTokenizer;
  let session: ort.InferenceSession;
  try {
    [tokenizer, session] = await loadOffline(modelsDir, dir, profile);
  } catch (err) {
    throw new ModelError(
      `Could not load model ${profile.id} from ${relative(rootDir, dir) || dir}: ${(err as Error).message}. ` +
        `Fix: delete that folder and run \`npm run fetch:model\`.`,
    );
  }
  options.logger?.debug({ model: profile.id, batchSize }, "embedding model loaded");
  // Truncation length: the profile's limit. It is set on the tokenizer rather than passed as
  // `max_length`, because transformers.js pads every text UP TO an explicit `max_length`: a
  // 15-token question would run as 512 tokens (about 15× slower, and its int8 activations
  // quantized together with the padding). Without it, a batch is padded to its longest text.
  tokenizer.model_max_length = Math.min(tokenizer.model_max_length ?? profile.maxTokens, profile.maxTokens);

  async function forward(texts: string[]): Promise<Float32Array[]> {
    const inputs = tokenizer(texts, { padding: true, truncation: true });
    const output = await session.run(feedsFor(session, inputs));
    const hidden = output.last_hidden_state ?? output[session.outputNames[0]!]!;
    const dims = hidden.dims as number[];
    if (dims.length !== 3 || dims[2] !== profile.dimension) {
      throw new ModelError(
        `Model ${profile.id} produced vectors of shape [${dims.join(", ")}], expected [batch, tokens, ${profile.dimension}] (profile ${profile.name}).`,
      );
    }
    const mask = inputs.attention_mask!.data as ArrayLike<bigint | number>;
    return texts.map((_, row) => pool(hidden.data as Float32Array, dims, mask, row, profile));
  }

  async function embed(texts: readonly string[], role: EmbedRole): Promise<Float32Array[]> {
    const prepared = texts.map((t) => prepareText(String(t), profile, role));
    const out: Float32Array[] = [];
    for (let i = 0; i < prepared.length; i += batchSize) out.push(...(await forward(prepared.slice(i, i + batchSize))));
    return out;
  }

  return {
    profile,
    dimension: profile.dimension,
    embedQueries: (texts) => embed(texts, "query"),
    embedPassages: (texts) => embed(texts, "passage"),
    tokens(text, role = "passage") {
      const ids = tokenizer.encode(prepareText(text, profile, role), null, { add_special_tokens: true });
      return tokenizer.model.convert_ids_to_tokens(ids);
    },
    async dispose() {
      // ONNX Runtime 1.14 frees a session when it is garbage-collected; later versions add release().
      await (session as { release?: () => Promise<void> }).release?.();
    },
  };
}
