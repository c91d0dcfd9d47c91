/**
 * A tiny embedding model written by the tests themselves, to exercise a second model profile
 * (the multilingual-e5 settings: mean pooling, "query: " / "passage: " prefixes) through the
 * real embed and index paths without network access.
 *
 * The model is a valid ONNX graph (one Gather: `last_hidden_state = E[input_ids]`, shape
 * [batch, tokens, dim]) encoded with onnx-proto, next to a BERT WordPiece `tokenizer.json`, a
 * `tokenizer_config.json` and a `config.json`, in the transformers.js layout.
 *
 * Exports: `writeTinyModel(modelsDir, words, dimension)` → `{ profile, vocab, embeddingRow(id) }`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import onnxProto from "onnx-proto";
import { type ModelProfile, resolveProfile } from "../src/model-profiles.js";

const { onnx } = onnxProto;

const SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"] as const;

/** Deterministic pseudo-random numbers in [-1, 1) (mulberry32). */
function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

export interface TinyModel {
  profile: ModelProfile;
  /** token → id */
  vocab: Map<string, number>;
  /** The embedding row of a token id (what the model outputs for that token). */
  embeddingRow(id: number): Float32Array;
}

/** Writes the tiny model under `<modelsDir>/test/tiny-mean-model/` and returns its profile. */
export async function writeTinyModel(modelsDir: string, words: Iterable<string>, dimension = 16): Promise<TinyModel> {
  const tokens = [...SPECIALS, "query", "passage", ":"];
  for (const w of words) if (!tokens.includes(w)) tokens.push(w);
  const vocab = new Map(tokens.map((t, i) => [t, i]));
  const next = randomStream(20240601);
  const weights = new Float32Array(tokens.length * dimension).map(() => next());

  const graph = onnx.GraphProto.create({
    name: "tiny-embedding",
    node: [onnx.NodeProto.create({ opType: "Gather", input: ["E", "input_ids"], output: ["last_hidden_state"], name: "lookup" })],
    initializer: [
      onnx.TensorProto.create({
        name: "E",
        dims: [tokens.length, dimension],
        dataType: onnx.TensorProto.DataType.FLOAT,
        rawData: new Uint8Array(weights.buffer.slice(0)),
      }),
    ],
    input: [
      valueInfo("input_ids", onnx.TensorProto.DataType.INT64, ["batch", "tokens"]),
      valueInfo("attention_mask", onnx.TensorProto.DataType.INT64, ["batch", "tokens"]),
    ],
    output: [valueInfo("last_hidden_state", onnx.TensorProto.DataType.FLOAT, ["batch", "tokens", dimension])],
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: "citation-study-bot tests",
    opsetImport: [onnx.OperatorSetIdProto.create({ domain: "", version: 13 })],
    graph,
  });

  const id = "test/tiny-mean-model";
  const dir = join(modelsDir, "test", "tiny-mean-model");
  await mkdir(join(dir, "onnx"), { recursive: true });
  await writeFile(join(dir, "onnx", "model.onnx"), onnx.ModelProto.encode(model).finish());
  await writeFile(join(dir, "config.json"), JSON.stringify({ model_type: "bert", hidden_size: dimension, vocab_size: tokens.length }));
  await writeFile(
    join(dir, "tokenizer_config.json"),
    JSON.stringify({
      tokenizer_class: "BertTokenizer",
      do_lower_case: false,
      model_max_length: 64,
      cls_token: "[CLS]",
      sep_token: "[SEP]",
      pad_token: "[PAD]",
      unk_token: "[UNK]",
    }),
  );
  await writeFile(join(dir, "tokenizer.json"), JSON.stringify(tokenizerJson(vocab)));

  // The multilingual-e5 profile's settings (mean pooling, "query: " / "passage: "), on this model.
  const profile: ModelProfile = {
    ...resolveProfile("multilingual-e5-small", {}),
    name: "tiny-mean",
    id,
    maxTokens: 64,
    dimension,
    quantized: false,
    files: [{ path: "onnx/model.onnx" }, { path: "tokenizer.json" }, { path: "tokenizer_config.json" }, { path: "config.json" }],
  };
  return {
    profile,
    vocab,
    embeddingRow: (row) => weights.slice(row * dimension, (row + 1) * dimension),
  };
}

function valueInfo(name: string, elemType: number, shape: (string | number)[]) {
  return onnx.ValueInfoProto.create({
    name,
    type: onnx.TypeProto.create({
      tensorType: onnx.TypeProto.Tensor.create({
        elemType,
        shape: onnx.TensorShapeProto.create({
          dim: shape.map((d) =>
            typeof d === "number" ? onnx.TensorShapeProto.Dimension.create({ dimValue: d }) : onnx.TensorShapeProto.Dimension.create({ dimParam: d }),
          ),
        }),
      }),
    }),
  });
}

function tokenizerJson(vocab: Map<string, number>) {
  const special = (content: string) => ({
    id: vocab.get(content),
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const cls = vocab.get("[CLS]");
  const sep = vocab.get("[SEP]");
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map(special),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: false },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
      pair: [
        { SpecialToken: { id: "[CLS]", type_id: 0 } },
        { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: { id: "[SEP]", type_id: 0 } },
        { Sequence: { id: "B", type_id: 1 } },
        { SpecialToken: { id: "[SEP]", type_id: 1 } },
      ],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [cls], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [sep], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab),
    },
  };
}
