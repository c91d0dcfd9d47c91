/**
 * "Who" questions: a question asking who did something (谁, 哪位, who, by whom, кто, чьим) is
 * answered only by a sentence naming someone the question does not already name: a person
 * (a name CC-CEDICT gives with life dates, a foreign name written by sound), a role or a body
 * (主席, 元首, 人民, 政府, 研究所, 双方), or a country. "张骞出使西域是受哪位皇帝派遣的？" meets a
 * sentence naming only 张骞: the article speaks of him but does not say who sent him (see
 * `engine.ts`).
 *
 * Exports:
 * - `asksWho(question)` → whether the question asks who (Chinese, English, Russian);
 *   `asksPerson(question)` → whether it asks for a person (哪位, "which ruler", "who was the lead
 *   scientist"), which only people and office holders answer.
 * - `AGENT_WORDS`: the role and body nouns that answer "who" (a regex).
 * - `WhoNames` (class): `new WhoNames(persons, places)` from the dictionary's people and the place
 *   names; `.question(texts)` → `WhoQuestion`, the agents the question's texts (itself and its
 *   carried-over terms) name bound in; `.peopleIn(text)` → the people and office holders a text
 *   names; `.namesAndOffices(text)` → the two apart.
 * - `WhoQuestion` (type): `{ known, answeredBy(text) }`: whether a Chinese text names an agent
 *   outside `known`.
 */
import type { PlaceNames } from "./place-names.js";
import { ENGLISH_AUXILIARIES, longestFirst } from "./text-tokens.js";
import { CHINESE_DATA_GIVEN, CHINESE_DATA_WORDS, RUSSIAN_SOURCE_OF_DATA } from "./answer-type.js";

/**
 * A word between "which" and the noun it asks with, that is no auxiliary verb: in "Which goal did
 * President Tokayev set?" the president is the subject, the goal is asked.
 */
const NOT_A_VERB = `(?:(?!(?:${ENGLISH_AUXILIARIES})\\b)[\\p{L}-]+ )`;

/**
 * A Chinese, English or Russian question asking who (not a relative "tourists who…", nor a
 * chat's "谁帮我…" (can someone…), "谁知道…" (does anyone know), nor "这数谁给的" or "谁给的数据", "who do they
 * cite" or "кто дал эти данные", which ask a source).
 */
const WHO_QUESTION = new RegExp(
  [
    `(?<!${CHINESE_DATA_WORDS}是?)谁(?!(?:能|来|可以)?帮(?:我|忙|下)|知道|${CHINESE_DATA_GIVEN}${CHINESE_DATA_WORDS})|哪位|何人|哪些人(?![文才民员口工力])`,
    // (Not "who do they cite", "who is quoted": a source is asked.)
    "(?:^|[,;:]\\s*|\\b(?:and|but)\\s+)(?:who|whom|whose)\\b(?! (?:do|does|did) (?:they|the (?:authors?|article|paper|text)|it) (?:cite|quote|credit)\\b)(?! (?:is|are|was|were) (?:cited|quoted)\\b)|\\bby whom\\b",
    `\\bwhich ${NOT_A_VERB}{0,2}(?:persons?|people|leaders?|rulers?|emperors?|envoys?|officials?|scholars?|authors?|heads? of state|presidents?|ministers?|kings?|composers?|monks?|scientists?)\\b(?!['’])`,
    `(?<!\\p{L})(?:кто|кем|кого|кому|чей|чья|чьё|чьи|чьим|чьей|чьего)(?!\\p{L})(?!\\s+${RUSSIAN_SOURCE_OF_DATA})`,
  ].join("|"),
  "iu",
);

export function asksWho(question: string): boolean {
  return WHO_QUESTION.test(question);
}

/**
 * A who-question asking for a person, not for any agent: 哪位, "which ruler / scientist…", "who
 * was the lead scientist", какой учёный. A country, a people or an institute does not answer it.
 */
const PERSON_QUESTION = new RegExp(
  [
    "哪位|何人|哪(?:一)?(?:个|名)(?:人|皇帝|国王|学者|科学家|专家|作者|领导人|总统|使者|僧人)",
    `\\bwhich ${NOT_A_VERB}{0,2}(?:persons?|leaders?|rulers?|emperors?|envoys?|officials?|scholars?|authors?|heads? of state|presidents?|ministers?|kings?|composers?|monks?|scientists?)\\b`,
    "\\bwho (?:was|is|were|are) the (?:[\\p{L}-]+ ){0,2}(?:leader|head|scientist|author|founder|president|composer|envoy|monk|emperor|king|ruler|minister|director)\\b",
    "(?<!\\p{L})(?:как(?:ой|ие|ого|им) (?:\\p{L}+ )?(?:учён|учен|правител|императ|руководител|президент|лидер|композитор|посл|монах))",
    // Who chaired, presided over, led or headed it: a person.
    "(?:由)?谁(?:来)?(?:主持|领导|带队|牵头负责)|负责人是谁|\\bwho (?:presided|chaired|headed|led)\\b|(?<!\\p{L})кто (?:председательствовал|руководил|возглавлял|возглавил)",
  ].join("|"),
  "iu",
);

export function asksPerson(question: string): boolean {
  return PERSON_QUESTION.test(question);
}

/** The role nouns that name one person (an office holder): they answer "which person" too. */
const PERSON_ROLES = /主席|总统|总理|首相|元首|领导人|国王|皇帝|君主|作者|作曲家|高僧|使者/u;

/** Roles and bodies that say who: office holders, groups of people, organisations, the parties. */
export const AGENT_WORDS = new RegExp(
  `${PERSON_ROLES.source}|科学家|学者|专家|学生|游客|人民|民众|百姓|青年|每个人|人人|人们|当代人|后代|子孙|居民|群众|农民|家庭|消费者|企业家|企业|公司|集团|政府|组织|机构|研究所|研究院|大学|团队|部门|共产党|协会|委员会|双方|各方|中方|各国|诸国|[两三四五六]国`,
  "gu",
);

export interface WhoQuestion {
  /** The agents the question names itself. */
  known: ReadonlySet<string>;
  /** Whether a Chinese text names an agent the question does not. */
  answeredBy(text: string): boolean;
}

export class WhoNames {
  private readonly persons: RegExp | undefined;
  private readonly personNames: ReadonlySet<string>;

  constructor(
    persons: readonly string[],
    private readonly places: PlaceNames,
  ) {
    this.persons = persons.length > 0 ? new RegExp(longestFirst(persons), "gu") : undefined;
    this.personNames = new Set(persons);
  }

  /**
   * The agents a Chinese text names: people, foreign names, roles and bodies, countries (with
   * `inCompounds`, also a country inside a compound, as a question's words name it: 中国式).
   */
  agentsIn(text: string, inCompounds = false): Set<string> {
    const out = new Set<string>();
    for (const m of text.matchAll(AGENT_WORDS)) out.add(m[0]);
    if (this.persons) for (const m of text.matchAll(this.persons)) out.add(m[0]);
    for (const p of this.places.placesIn(text, inCompounds)) {
      if (p.transliterated || p.kinds.includes("country")) out.add(p.name);
    }
    return out;
  }

  /**
   * A who-question: its texts' agents bound in. With `person`, only people and office holders
   * answer it (not a country, a people or an institute).
   */
  question(texts: readonly string[], person = false): WhoQuestion {
    const known = new Set(texts.flatMap((t) => [...this.agentsIn(t, true)]));
    const answers = (agent: string): boolean => !known.has(agent) && (!person || this.isPerson(agent));
    return { known, answeredBy: (text) => [...this.agentsIn(text)].some(answers) };
  }

  /**
   * The people and office holders a Chinese text names (习近平, 主席, 托卡耶夫, 元首); with
   * `namesOnly`, the people it names by name.
   */
  peopleIn(text: string, inCompounds = false, namesOnly = false): Set<string> {
    const { names, offices } = this.namesAndOffices(text, inCompounds);
    return namesOnly ? names : new Set([...names, ...offices]);
  }

  /** The people a Chinese text names, apart: by name (习近平, 托卡耶夫) and by office (主席, 元首). */
  namesAndOffices(text: string, inCompounds = false): { names: Set<string>; offices: Set<string> } {
    const names = new Set<string>();
    const offices = new Set<string>();
    for (const agent of this.agentsIn(text, inCompounds)) {
      if (this.isPerson(agent)) (PERSON_ROLES.test(agent) ? offices : names).add(agent);
    }
    return { names, offices };
  }

  /** Whether an agent found by `agentsIn` is one person: a name, a sound-written name, an office. */
  private isPerson(agent: string): boolean {
    if (PERSON_ROLES.test(agent)) return true;
    if (this.personNames.has(agent)) return true;
    return this.places.placesIn(agent).some((p) => p.transliterated);
  }
}
