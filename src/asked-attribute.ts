/**
 * The attribute a question asks of something (its population, capital, area, cost, capacity…)
 * and whether a text states that attribute at all, in Chinese, English and Russian. A question
 * like "哈萨克斯坦的人口有多少？" is answered only by a sentence that speaks of a population: an
 * article that talks about Kazakhstan but never of its population does not answer it, however
 * close its sentences come (see `engine.ts`).
 *
 * Exports:
 * - `Attribute` (type): an attribute's name, how a question asks for it, how a text states it,
 *   and (for amounts) the units a Chinese text states it in.
 * - `ATTRIBUTES`: the attributes known (general ones, not drawn from any one article).
 * - `askedAttribute(question)` → the attribute asked, if the question asks for one (a Chinese
 *   attribute word counts where it stands as a word: 面积 in 哪些方面积累 does not);
 *   `askedAttributes(question)` → all it asks for; `mainAttribute(attributes)` → which of those
 *   `askedAttribute` would name.
 * - `statesAttribute(text, attribute)` → whether a text speaks of it.
 */

import { HOW_FAR_DISTANCE } from "./answer-type.js";
import { matchesAsWords } from "./text-tokens.js";

export interface Attribute {
  name: string;
  /** Matches a question asking for the attribute. */
  asked: RegExp;
  /** Matches a text that states (or at least names) the attribute. */
  stated: RegExp;
  /** Units a Chinese text states an amount of it in (亿人, 平方公里), searched with the question. */
  units?: readonly string[];
  /** What an answer that lacks it says is missing: a date, a figure (default: the detail asked). */
  missing?: "date" | "quantity";
  /**
   * Names what an amount asked is of (solar power) rather than asking anything itself: it counts
   * only in a question asking for a figure, and is never `askedAttribute`'s answer.
   */
  qualifier?: true;
  /**
   * Only checked: the best sentences must state it, but it does not make the question one asking
   * a detail of a place (which the sentence naming that place must give), nor is it
   * `askedAttribute`'s answer ("was China one of the first to recognise them" is answered by 最先).
   */
  checkOnly?: true;
}

/** Money, as a text states an amount of it. */
const MONEY = /美元|欧元|卢布|人民币|\d\s*元|[万亿]元|坚戈|索姆|dollars?|\$|€|yuan|rmb|euros?|roubles?|rubles?|tenge|доллар|рубл|евро|юан|тенге|сом/iu;

/** Month names in English and Russian (stems), as a date written out states them. */
const EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const RU_MONTHS = "январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр";
const MONTH_NAMES = String.raw`\b(?:${EN_MONTHS})\b|(?<!\p{L})(?:${RU_MONTHS})`;

export const ATTRIBUTES: readonly Attribute[] = [
  {
    name: "population",
    asked: /人口|居民(?:数|人数)|\bpopulation\b|\binhabitants\b|\bhow many people live\b|численност\S* населени|(?<!для )(?<!среди )населени[ея](?!\p{L})|сколько (?:человек|жител|(?:\p{L}+ )?людей (?:\p{L}+ ){0,3}жив)/iu,
    stated: /人口|居民|\d\s*[万亿]?人(?![民员才])|[十百千万亿]人(?![民员才])|population|inhabitants|\d\s*(?:million|billion) people|населени|жител|человек/iu,
    units: ["亿人", "万人"],
  },
  {
    name: "capital",
    asked: /(?<!元)首都|首府|\bcapital(?: city)? of\b|\bwhat is the capital\b|столиц/iu,
    stated: /首都|首府|\bcapital\b|столиц/iu,
  },
  {
    name: "area",
    asked: /面积|占地|\b(?:land|total|surface|territorial|planted|irrigated) area\b|\bwhat (?:is|was|were) the area\b(?! of (?:cooperation|collaboration|focus|work))|\barea (?:covered|occupied)\b|square (?:kilomet|met|mile)|площад(?!к)/iu,
    stated: /面积|占地|平方(?:公里|千米|米)|公顷|[万千]?亩(?!产)|\barea\b|square|hectare|km2|km²|площад|гектар/iu,
    units: ["平方公里", "公顷"],
  },
  {
    name: "gdp",
    asked: /\bGDP\b|国内生产总值|经济总量|ВВП|валов(?:ой|ого) внутренн/iu,
    stated: /\bGDP\b|国内生产总值|经济总量|ВВП|валов/iu,
  },
  {
    name: "exchange rate",
    asked: /汇率|兑换(?:比率|价)|(?:\d[\d.]*\s*)?(?:人民币|美元|卢布|欧元|坚戈|索姆|块钱?)[^，,。？?]{0,8}(?:能|可以)?(?:换|兑)(?:成|到)?(?:多少|几)\p{Script=Han}*|\bexchange rate\b|курс (?:\p{L}+ ){0,2}(?:валют|тенге|сома|рубля|доллара|юаня)|обменн/iu,
    stated: /汇率|兑换|exchange rate|курс|обменн/iu,
  },
  {
    name: "length",
    asked: new RegExp(String.raw`长度|全长|总长|里程(?!碑)|(?:相距|距离)(?:多少|有多远|多远)|有多远|多少(?:公里|千米)|\blength\b|\b(?:in|how many) (?:kilomet(?:re|er)s|km|miles)\b|сколько километров|how (?:long|far) is\b|${HOW_FAR_DISTANCE}|\bdistance (?:between|from)\b|длин[аеуы](?!\p{L})|протяж[её]?[оё]?нност|расстояни`, "iu"),
    stated: /长度|全长|总长|里程(?!碑)|距离|公里|千米|\d\s*km\b|\blength\b|\bkilomet|\bmiles?\b|distance|длин|протяж|расстояни|километр/iu,
    units: ["公里"],
  },
  {
    // A volume (of water, of gas) is not answered by an area: 立方公里 is not 平方公里.
    name: "volume",
    asked: /蓄水量|储水量|水量|立方(?:米|公里|千米)|\bcubic\b|\bvolume of (?:water|gas)\b|\bwater volume\b|объ[её]м\S* (?:вод|газ)|кубическ|кубометр/iu,
    stated: /立方|水量|cubic|m³|km³|кубическ|кубометр|объ[её]м/iu,
  },
  {
    name: "height",
    asked: /海拔|有多高|多少米高|\baltitude\b|\belevation\b|how (?:high|tall)\b|высот[аеуы] над/iu,
    stated: /海拔|高度|\d\s*米|altitude|elevation|height|высот|\d\s*м\b/iu,
  },
  {
    name: "depth",
    asked: /深度|水深|有多深|\bdepth\b|\bhow deep\b|глубин/iu,
    stated: /深度|水深|深达|\d\s*米|depth|deep|глубин|\d\s*м\b/iu,
  },
  {
    name: "cost",
    asked: /造价|耗资|花费|成本|价格|票价|多少钱|金额|预算|经费|花了多少|人均(?:花|消费)|消费了?多少|\bhow much (?:money )?(?:did|do|does|will|have|has) [^?]{0,50}\bspen[dt]\b|\bspending\b|\bexpenditure\b|сколько (?:\p{L}+ ){0,4}потрат|\bbudget\b|бюджет|投资额|总投资|投资了多少|投入了多少|\btotal investment\b|\bhow much (?:was|has been|had been|will be) invested\b|\binvestment (?:in|of) (?:the )?[\p{L}-]+(?: [\p{L}-]+){0,3} (?:cost|total|amount)|объ[её]м\S* инвестиций|сколько (?:\p{L}+ )?инвестир|多少(?:亿|万|千)?(?:美元|元|人民币|卢布)|\bhow many (?:billion |million )?(?:dollars|yuan|roubles|rubles)\b|сколько (?:\p{L}+ )?(?:долларов|юаней|рублей|денег)|в (?:долларах|юанях|рублях)(?!\p{L})|\bcost\b|\bprice\b|how much (?:did|does|do|will) .* cost|стоил|(?<!создания )(?<!добавленной )стоимост|(?<!(?:знают|знать|поняв|понять|понимают|осознав|осознают|почувствовав) )цен[аыу](?!\p{L})(?! (?:мира|жизни|свободы|победы|дружбы|доверия|безопасности))|сколько сто(?:ит|ят|ил)|во сколько (?:\p{L}+ ){0,2}(?:обош|обход|обойд)/iu,
    stated: new RegExp(`造价|耗资|花费|成本|价格|票价|预算|经费|投资|cost|price|budget|invest|стоим|цен|бюджет|инвест|${MONEY.source}`, "iu"),
  },
  {
    // "交易额有多少亿" asks an amount in hundreds of millions: a growth rate (95%) does not give it.
    name: "magnitude",
    asked: /多少(?:千万|百万|亿|万)|几(?:千万|百万|亿|万)(?![一-龥]{0,3}年)|\bhow many (?:billions?|millions?|hundred million)\b|сколько (?:миллиард|миллион)/iu,
    stated: /\d\s*(?:多|余)?\s*(?:千万|百万|亿|万)|[一二两三四五六七八九十百千]+(?:多|余)?(?:亿|万)|\b(?:billion|million)s?\b|млрд|млн|миллиард|миллион/iu,
    missing: "quantity",
  },
  {
    name: "capacity",
    asked: /装机|发电量|兆瓦|千瓦|\b(?:installed|generating|power|hydropower|hydro|wind|solar|PV|photovoltaic)(?: (?:PV|farm|plant|station|park|project)(?:'s)?)? capacity\b|\bcapacity of (?:the )?(?:[\p{L}-]+ ){0,2}(?:wind|solar|power|hydro|PV|photovoltaic)|megawatts?|gigawatts?|\b[MG]W\b|установленн\S* мощност|мощност\S* (?:ветро|солнеч|электро|гидро|станц|ГЭС|ВЭС|СЭС|АЭС)|мегаватт|гигаватт/iu,
    stated: /装机|发电量|兆瓦|吉瓦|千瓦|瓦时|capacity|megawatt|\d\s*[MG]W\b|kWh|мощност|мегаватт|кВт/iu,
    units: ["兆瓦", "吉瓦", "千瓦"],
  },
  {
    name: "reserves",
    asked: /储量|储藏量|\breserves\b|запас/iu,
    stated: /储量|储藏|reserves|запас/iu,
  },
  {
    name: "headquarters",
    asked: /总部|秘书处|总部设|驻地|\bheadquarter|\bsecretariat\b|штаб-квартир|секретариат/iu,
    stated: /总部|秘书处|驻地|headquarter|secretariat|штаб-квартир|секретариат/iu,
  },
  {
    name: "head of state",
    asked: /谁是.{0,12}(?:总统|总理|首相|元首)|(?:总统|总理|首相|元首)是谁|现任.{0,12}(?:总统|总理|首相)|\bwho (?:is|was) (?:the )?(?:current |present )?(?:president|prime minister|head of state)\b|кто (?:является |сейчас |был )?(?:президент|премьер|глав)/iu,
    stated: /总统|总理|首相|元首|president|prime minister|head of state|президент|премьер|глав[аоы] государств/iu,
  },
  {
    // "拜卡达莫夫是干什么的", "Кем по профессии был Байкадамов": an occupation is named by a trade
    // (作曲家, a composer) or by where one works (就职于政府机构), not by a name in a story.
    // (职业培训, 职业院校, 职业技能: vocational training, schools, skills, not an occupation.)
    name: "occupation",
    asked: /职业(?!培训|技术|技能|院校|学校|学院|教育)|是干什么的|干什么工作|做什么工作|从事什么(?:工作|职业)|\boccupation\b|\bprofession\b|\bwhat did (?:[\p{L}'-]+ ){1,3}do for a living\b|\bwhat (?:was|is) (?:his|her|their) (?:job|line of work)\b|(?:кем|кто) (?:\p{L}+ )?по профессии|род занятий|кем (?:он |она )?работал/iu,
    stated: /职业|就职|任职|供职|就业于|从事|\bwork(?:s|ed)? (?:in|at|for)\b|\bemployed\b|работа\p{L}* (?:в|на)(?!\p{L})|作曲家|音乐家|歌唱家|诗人|作家|画家|科学家|学者|工程师|教授|医生|教师|记者|外交官|演员|僧人|高僧|翻译家|profession|occupation|composer|musician|poet|writer|painter|scientist|scholar|engineer|professor|doctor|teacher|journalist|diplomat|monk|композитор|музыкант|поэт|писател|художник|учён|инженер|профессор|врач|учител|журналист|дипломат|монах/iu,
  },
  {
    name: "nationality",
    asked: /国籍|哪个民族|什么民族|哪国人|(?:哪个|什么)国家的人|\bnationality\b|\bethnicity\b|\bwhich country (?:was|is) (?:[\p{L}-]+ ){1,3}from\b|национальност|из какой страны (?:был|родом)|откуда родом/iu,
    stated: /国籍|民族|族人|(?:哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|哈萨克|乌兹别克|中国|苏联)(?:籍|人(?![民员才])|作曲家|音乐家|科学家|学者|诗人)|nationality|ethnic|национальн|казах|узбек|киргиз|кыргыз|таджик|туркмен|哈萨克族|乌兹别克族|吉尔吉斯族|塔吉克族|土库曼族/iu,
  },
  {
    name: "currency",
    asked: /货币|币种|\bcurrency\b|валют/iu,
    stated: /货币|币|currency|валют|坚戈|索姆|tenge|\bsom\b|тенге/iu,
  },
  {
    name: "language",
    asked: /(?:什么|哪种|哪一种|哪些)语言|官方语言|\b(?:what|which|official) languages?\b|на каком языке|как(?:ой|ие) язык/iu,
    stated: /语言|语|language|язык/iu,
  },
  {
    name: "share",
    asked: /比重|占比|份额|百分之几|百分比|所占比例|(?:多少|多大|什么|啥)比例|\bshare of\b|\bwhat share\b|\bpercentage\b|\bproportion\b|(?<!\p{L})дол(?:я|ю|и|ей)(?!\p{L})|процент/iu,
    stated: /比重|占比|份额|百分之|比例|[%％]|成以上|\bshare\b|percent|proportion|дол[яюие]|процент/iu,
  },
  {
    name: "speed",
    asked: /时速|车速|(?:运行|行驶|列车|最高)速度|\b(?:top|average|travel|maximum|cruising) speed\b|\bspeed of (?:the )?(?:trains?|cars?|vehicles?)\b|скорость (?:поезда|поездов|движения)|максимальн\S* скорост/iu,
    stated: /时速|速度|公里\/?每?小时|km\/h|speed|скорост/iu,
  },
  {
    name: "age",
    asked: /年龄|多大年纪|几岁|\bhow old\b|\bat what age\b|возраст/iu,
    stated: /年龄|岁|\baged?\b|years old|возраст|\d\s*(?:год|лет)/iu,
  },
  {
    name: "temperature",
    asked: /气温|多少度|温度(?:是|有|为)?多[少高]|(?:平均|最高|最低)温度|\btemperature\b|температур/iu,
    stated: /气温|温度|摄氏|℃|°|temperature|температур|градус/iu,
  },
  {
    // Weather, sport and cooking: the article states none of them (its 气候 is the climate it
    // shares with its neighbours), so a question asking them is refused, whatever city it names.
    name: "weather",
    asked: /天气|(?:更|最|很|多)冷(?!战|静|门|淡|漠)|冷不冷|(?:更|最|很)热(?!门|情|烈|衷|切|络|点)|热不热|下雨|下雪|刮风|\bweather\b|\b(?:colder|warmer|hotter|rainy|snowy|raining|snowing)\b|как(?:ая|ой|ую)\s+(?:\p{L}+\s+){0,2}погод|погод\p{L}*(?=\s+(?:в|во|на|завтра|сегодня|зимой|летом|весной|осенью|обычно|будет|ожидается|сейчас)(?!\p{L}))|холоднее|теплее|жарче/iu,
    stated: /天气|气候|气温|冷|weather|climate|погод|климат/iu,
  },
  {
    name: "sport",
    asked: /比赛|比分|奖牌|金牌|冠军|足球|篮球|排球|亚运|奥运|冬奥|世界杯|国足|男足|女足|\b(?:football|soccer|basketball|hockey|medals?|olympics?|asian games|world cup|champions league|tournament|championship)\b|футбол|хокке|медал|олимпи|чемпионат|турнир|(?<!\p{L})ЧМ(?!\p{L})/iu,
    stated: /比赛|奖牌|冠军|足球|体育|sport|football|medal|спорт|футбол|медал/iu,
  },
  {
    name: "cooking",
    asked: /好吃|美味|菜谱|食谱|烹饪|怎么做(?:饭|菜)|抓饭|大盘鸡|烤包子|红烧肉|\b(?:tastier|tasty|delicious|cook|cooking|plov|pilaf|beshbarmak)\b|вкусн|рецепт|плов|бешбармак|приготов/iu,
    stated: /菜|饭|烹饪|美食|recipe|cook|dish|cuisine|блюд|рецепт|кухн/iu,
  },
  {
    // Which company / who built or runs something: answered only by a text naming a company or
    // builder (公司, 企业, 集团), not by one that lists the project among others.
    name: "company",
    asked: /哪(?:一|几)?[家个些](?:中国|中资|中方|当地|本地)?(?:\p{Script=Han}{0,10})?(?:企业|公司|集团|厂商|车企)|什么(?:企业|公司)|(?:由谁|谁)(?:承建|修建|建造|建设|投资|运营|经营)|(?:承建|建设|施工)(?:方|商|单位)是|哪个(?:牌子|品牌)|什么(?:牌子|品牌)|\b(?:which|what) (?:[\p{L}-]+ ){0,3}(?:compan(?:y|ies)|firms?|corporations?|enterprises?|makers?|manufacturers?|contractors?|builders?|operators?|airlines?|carriers?|brands?|carmakers?)\b|как(?:ая|ой) (?:\S+ ){0,2}(?:марк|бренд|авиакомпани)|\bwho (?:built|builds|is building|was building|constructed|operates|runs|financed|developed)\b|(?:как(?:ая|ие|ой|их)|котор(?:ая|ые)) (?:\S+ ){0,2}(?:компани|фирм|корпораци|производител|подрядчик)|кто (?:построил|строит|строил|возвел|возвёл|эксплуатирует)|\bwho(?:'s| is| was| were) the (?:main |general |lead |chief )?(?:contractors?|builders?|operators?|developers?)\b|кто (?:был |является |стал )?(?:ген)?подрядчик/iu,
    stated: /公司|集团|企业|厂商|车企|承建|compan|corporation|firm|enterprise|компани|корпорац|фирм/iu,
  },
  {
    // A month or a day is finer than a year: "in what month of 2025…" is not answered by a
    // sentence giving 2025 alone.
    name: "month",
    missing: "date",
    asked: /哪个月|哪一个月|几月(?!几)|\b(?:what|which|in what) month\b|в каком месяце/iu,
    stated: new RegExp(String.raw`\d{1,2}\s*月|[一二三四五六七八九十]+月|${MONTH_NAMES}`, "iu"),
  },
  {
    name: "day",
    missing: "date",
    asked: /(?<![今明昨每])哪一?天|几号|几月几[日号]|\b(?:what|which) (?:date|day)\b|\bon what day\b|какого числа|в какой день/iu,
    stated: new RegExp(
      String.raw`\d{1,2}\s*[日号]|[一二三四五六七八九十]+[日号]|\b(?:${EN_MONTHS}) \d{1,2}\b|\d{1,2} (?:${EN_MONTHS})\b|\d{1,2} (?:${RU_MONTHS})`,
      "iu",
    ),
  },
  {
    // "Which dynasty": answered by a sentence naming one (唐朝, 汉代), not by "two thousand years ago".
    name: "dynasty",
    asked: /(?:哪个|哪一个|什么|哪)(?:朝代|王朝|朝)(?!\p{Script=Han}*(?:鲜|阳|向))|\b(?:which|what) dynasty\b|\bduring which dynasty\b|(?:как(?:ой|ую|ая)|при какой|в какую) (?:династи|эпох)/iu,
    stated: /[夏商周秦汉晋隋唐宋元明清](?:朝|代)|(?:西汉|东汉|盛唐|大唐)|dynasty|династи/iu,
  },
  {
    // "How many times" asks a count of occasions (9次), not any figure; "how many times more"
    // and "во сколько раз" ask a ratio.
    name: "times",
    missing: "quantity",
    asked: /(?<!第)几[次趟]|多少[次趟回]|\bhow many times\b(?! (?:more|larger|bigger|higher|greater|as|over)\b)|(?<!во )(?<!\p{L})сколько раз(?!\p{L})/iu,
    // (A multiple answers too: "trade grew how many times" meets 增长超过了 200 倍.)
    stated: /[\d一二两三四五六七八九十百千数多几]\s*[次倍]|\b(?:once|twice|times)\b|(?<!\p{L})раз(?:а)?(?!\p{L})/iu,
  },
  {
    // How many tourists / students / workers: a head count (12 万人次, 3 000 名), not a growth rate
    // or a count of something else ("на сколько выросло число туристов" asks the growth).
    name: "head count",
    missing: "quantity",
    asked: /多少(?:名|位|个)?(?:\p{Script=Han}{0,4})?(?:游客|学生|留学生|旅客|乘客|工人|员工|居民|人次)|\b(?:how many|(?:total|exact|overall|actual) number of) (?:[\p{L}-]+ ){0,3}(?:tourists|visitors|students|passengers|workers|residents|travell?ers|citizens|employees|staff|exhibitors|teachers|graduates|pilgrims)\b|(?<!на )(?<!\p{L})сколько (?:\p{L}+ ){0,3}(?:туристов|студентов|пассажиров|работников|рабочих|жителей|граждан|учащихся|сотрудников|посетителей|путешественников)/iu,
    stated: /\d\s*(?:多|余)?\s*(?:万|亿)?\s*(?:人|名|位)(?![民员才])|[一二两三四五六七八九十百千万亿]+(?:多)?(?:人|名)(?![民员才])|\d[\d,.]*\s*(?:million |thousand )?(?:people|persons|tourists|visitors|students|passengers|workers)|\d[\d\s]*(?:тыс\S*\s*|млн\s*)?(?:человек|туристов|студентов|пассажиров)/iu,
  },
  {
    // How many years something takes or has lasted: a span (两千多年, 30 年, "three decades"),
    // not the year it happened in (2025 年). "多久 / how long" may be answered in hours or days.
    name: "years",
    missing: "quantity",
    asked: /(?<![这那近前最])几年(?![前级])|多少年(?!前)|\bhow many years\b|(?<!\p{L})(?:сколько|за сколько) лет(?!\p{L})/iu,
    stated: /(?<![\d.])\d{1,3}\s*(?:多|余)?\s*年(?!\d)|[一二两三四五六七八九十百千数几]+(?:多)?年(?![级])|多年|千年|世纪|\b(?:years?|decades?|centur(?:y|ies))\b|(?<!\p{L})(?:лет|года?|век|десятилети)(?!\p{L})/iu,
  },
  {
    // How long a stay or a trip lasts in days, or how often something runs in a week.
    name: "days",
    missing: "quantity",
    asked: /多少天|几天|\bhow many days\b|сколько (?:дней|суток)|на сколько дней/iu,
    stated: /[\d一二两三四五六七八九十百数几]\s*天|\d\s*日(?![元本])|\bdays?\b|дн(?:я|ей|ям)(?!\p{L})|сут(?:ок|ки)/iu,
  },
  {
    name: "weekly",
    missing: "quantity",
    asked: /每周|每星期|一周(?:有|几|多少)|\b(?:per|a|each|every) week\b|\bweekly\b|в неделю|еженедельн/iu,
    stated: /每周|周|星期|week|недел/iu,
  },
  {
    // "Which book / which works": answered by a title (《大唐西域记》), not by a sentence naming the author.
    name: "title",
    asked: /哪(?:一)?(?:本|部|首)|什么书|哪些(?:\p{Script=Han}{0,2})?作品|什么(?:\p{Script=Han}{0,2})?作品|\b(?:which|what) (?:book|novel|poem|song|opera|film|works?|pieces?|compositions?)\b|как(?:ую|ая|ие|ой) (?:книг|произведени|песн|опер|фильм)/iu,
    stated: /《[^》]+》|«[^»]+»/u,
  },
  {
    // The value of trade (贸易额, "trade volume", товарооборот): given by a sentence stating a trade
    // value, not by one on digital services exports of a year the question names (dev set: all
    // 13 answering sentences state one; 3 of the article's 215 sentences do).
    name: "trade value",
    asked: /贸易额|贸易总额|进出口(?:总)?额|贸易规模|\btrade (?:volume|value|turnover)\b|\b(?:value|volume) of (?:[\p{L}-]+ ){0,3}trade\b|\btrade (?:(?:between|with) .{0,40}\b)?(?:in|for) (?:19|20)\d\d\b|\btrade worth\b|\b(?:how much|what percentage|what percent|how many times)\b[^?]{0,50}\btrade\b[^?]{0,30}\b(?:grow|grew|growth|increase|rise|rose|expand)|贸易(?:额)?(?:增长|增速|增幅)(?:了)?(?:多少|百分之几|几倍)|товарооборот|объ[её]м (?:\p{L}+ ){0,2}торговл|на сколько (?:\p{L}+ ){0,6}торговл/iu,
    stated: /贸易额|贸易总额|进出口额|双边贸易|\btrade\b|товарооборот/iu,
    missing: "quantity",
  },
  {
    // Which agreement / treaty / declaration: answered by a text naming one (《…》, «…», “…”),
    // not by one saying that cooperation deepened (dev set: all 28 answering sentences name one;
    // a quarter of the article's sentences do).
    name: "document",
    asked: /哪(?:一)?份(?:\p{Script=Han}{0,6})?(?:协定|协议|条约|文件|宣言|声明|备忘录|公约)|\bwhich (?:[\p{L}-]+ ){0,3}(?:agreements?|treat(?:y|ies)|declarations?|documents?|statements?|memorand(?:um|a)|conventions?)\b|(?<!\p{L})как(?:ой|ая|ое|ие|ом|ую|их) (?:\S+ ){0,2}(?:соглашени|договор|деклараци|документ|заявлени|меморандум|конвенци)/iu,
    stated: /《[^》]+》|«[^»]+»|“[^”]{2,30}”/u,
  },
  {
    // Which research institute / organisation: answered by a text naming one, not by "scientists".
    name: "institution",
    asked: /哪(?:一)?[家个所](?:\p{Script=Han}{0,4})?(?:机构|研究所|研究院|研究中心|单位|组织|部门)|\bwhich (?:[\p{L}-]+ ){0,2}(?:institut(?:e|ion)s?|organi[sz]ations?|agenc(?:y|ies)|bod(?:y|ies)|universit(?:y|ies)|colleges?|schools?|academ(?:y|ies))\b|как(?:ая|ой|ие|ое) (?:\S+ ){0,2}(?:организаци|институт|учреждени|ведомств)/iu,
    // (International bodies by their initials too: "根据 WTO《World Trade Statistical Review》".)
    stated: /研究所|研究院|研究中心|科学院|大学|学院|机构|组织|委员会|中心|部(?![分门])|institut|organi[sz]ation|agency|academy|universit|committee|centre|center|организаци|институт|учреждени|академи|университет|комитет|центр|\b(?:WTO|IMF|OECD|UNCTAD|UNESCO|UNDP|ADB|AIIB|SCO|ASEAN)\b|(?<!\p{L})(?:ВТО|МВФ|ОЭСР|ООН|ЮНЕСКО|ВОЗ|ШОС|ЕАЭС)(?!\p{L})/iu,
  },
  {
    // A yearly amount: given by a sentence that says "each year" or names the year it is for,
    // not by a total over decades or a figure for no year.
    name: "annual",
    missing: "quantity",
    asked: /每年|年均|一年(?:最多|最高|最少|大概|大约|一共|总共)?(?:能|有|多少|可以)|\b(?:each|every|per|a) year\b|\bannual(?:ly)?\b|\byearly\b|ежегодн|в год(?!\p{L})|каждый год|за год(?!\p{L})|(?<!\p{L})годов(?:ая|ой|ого|ую|ые|ых|ым|ом)(?!\p{L})/iu,
    stated: /每年|年均|全年|一年|年度|(?:1[5-9]|20)\d\d\s*年|annual|yearly|\byear\b|ежегодн|в год|(?:1[5-9]|20)\d\d/iu,
  },
  {
    // A daily amount (日均客流, "daily ridership", в сутки): given by a sentence saying per day
    // (not a newspaper: Economic Daily, People's Daily).
    name: "daily",
    missing: "quantity",
    asked: /每天|每日|日均|一天(?:能|有|多少|可以)|\b(?<!(?:economic|people'?s|people’s|china|guangming|xinhua) )daily\b|\bper day\b|\b(?:a|each|every) day\b|в день(?!\p{L})|ежедневн|в сутки|суточн/iu,
    stated: /每天|每日|日均|一天|昼夜|\bdaily\b|\bper day\b|\b(?:a|each|every) day\b|в день|ежедневн|сутк|суточн/iu,
  },
  {
    // A kind of energy named (光伏, solar, солнечн…) in a question asking an amount: a figure of
    // another kind (wind power's 1.2 GW) does not answer for it.
    name: "solar power",
    qualifier: true,
    asked: /光伏|太阳能|\bsolar\b|\bPV\b|photovoltaic|солнечн|фотоэлектр/iu,
    stated: /光伏|太阳能|\bsolar\b|солнечн/iu,
  },
  {
    name: "wind power",
    qualifier: true,
    asked: /风电|风能|风力|\bwind (?:power|energy|farms?|turbines?|capacity|projects?|plants?)\b|ветро|ветров|ВЭС/iu,
    stated: /风电|风能|风力|\bwind\b|ветр/iu,
  },
  {
    name: "hydropower",
    qualifier: true,
    asked: /水电|水能|水力发电|\bhydro(?:power|electric)?\b|гидро|ГЭС/iu,
    stated: /水电|水能|水力|\bhydro|гидро/iu,
  },
  {
    name: "nuclear power",
    qualifier: true,
    asked: /核电|核能|\bnuclear\b|атомн|ядерн|АЭС/iu,
    stated: /核电|核能|\bnuclear\b|атомн|ядерн/iu,
  },
  {
    name: "oil",
    qualifier: true,
    asked: /石油|原油|\b(?:crude|oil)\b|нефт/iu,
    stated: /石油|原油|油气|\boil\b|нефт/iu,
  },
  {
    name: "natural gas",
    qualifier: true,
    asked: /天然气|\b(?:natural )?gas\b|газ(?!ет)/iu,
    stated: /天然气|油气|气田|管道|\bgas\b|газ(?!ет)/iu,
  },
  {
    name: "railway",
    qualifier: true,
    asked: /铁路|铁道|班列|火车|\b(?:railways?|railroads?|rail|trains?)\b|железн|ж\/д|поезд/iu,
    stated: /铁路|铁道|班列|火车|轻轨|\brail|\btrain|железн|поезд/iu,
  },
  {
    name: "highway",
    qualifier: true,
    // (Not the Belt and Road, the Silk Road.)
    asked: /公路|\b(?:highways?|motorways?)\b|\b(?<!belt and |silk )roads?\b|автодорог|шосс/iu,
    stated: /公路|\b(?:highway|road)|автодорог|дорог|шосс/iu,
  },
  {
    name: "founder",
    asked: /创始人|创办人|创立者|谁创[立办建]|\bfounder\b|\bfounded by\b|\bwho founded\b|основател|кто основал/iu,
    stated: /创始|创办|创立|创建|founde|основа/iu,
  },
  {
    // Which river (哪两条河, "which rivers", из каких рек): a sentence naming none does not say.
    name: "river",
    asked: /哪(?:两|几|一)?条(?:河|江)|什么河|哪些河|\b(?:which|what) (?:two )?rivers?\b|(?<!\p{L})(?:как(?:ие|ой|ая|ую|их)|из каких|из какой) (?:\p{L}+ )?рек/iu,
    stated: /(?<!长)河|\brivers?\b|(?<!\p{L})рек[аиеу]?(?!\p{L})/iu,
  },
  {
    // How much water something saves (努库斯的滴灌比漫灌省多少水, "how much water does it save"): a
    // yield (亩产 333 公斤) is no amount of water. (节水示范 alone names the trial, asking nothing.)
    name: "water saved",
    asked: /(?:省|节约|节省|少用了?)(?:了)?多少(?:的)?水|(?:节水|节约用水|用水量?)(?:了)?(?:多少|几成|百分之几|比例)|能节约多少比例的用水|\bhow much water\b|\bwater (?:savings?|saved|use)\b|\bsav(?:e|es|ed|ing) (?:\p{L}+ ){0,2}water\b|сколько (?:\p{L}+ )?вод[ыу]|экономи\p{L}* (?:\p{L}+ )?вод|расход\p{L}* вод/iu,
    stated: /节水|节约用水|省水|用水|耗水|\bwater\b|(?<!\p{L})вод[аыуе]/iu,
  },
  {
    // What China buys from Central Asia (从中亚进口了多少, "China's imports from Central Asia",
    // импортировал из Центральной Азии): a figure of what China sells there (中国对中亚…出口) or of
    // the trade both ways is no figure of it. (中亚从中国进口 is China's export, stated as such.)
    name: "imports",
    qualifier: true,
    asked: /从(?:中亚|哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|[哈乌吉塔土])[^，,。？?]{0,12}进口|\b(?:China|Chinese|Beijing)(?:'s)? imports?\b|\bimport(?:s|ed)?\b[^?]{0,60}\bfrom (?:the )?(?:Central Asia|CA|Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|(?:five|region))|импорт\p{L}*[^?]{0,60}из (?:Центральн|ЦА|Казахстан|Узбекистан|Кыргызстан|Киргизи|Таджикистан|Туркменистан|регион)|(?:Китай|КНР) (?:\p{L}+ )?(?:импортир|ввоз|закупа)/iu,
    stated: /进口|\bimport|импорт/iu,
  },
  {
    // Who paid for something: a bank, a fund, a lender (which bank financed the wind farm).
    name: "financier",
    asked: /哪(?:家|个|一家)银行|谁(?:出资|出的钱|融资|资助|贷款)|由谁(?:出资|融资|资助)|\bwhich (?:[\p{L}-]+ ){0,2}(?:bank|lender|fund)s?\b|\bwho (?:financed|funded|paid for|lent)\b|\b(?:financed|funded) by (?:whom|which|what)\b|(?<!\p{L})(?:кто (?:\p{L}+ )?(?:финансировал|профинансировал|оплатил|кредитовал)|какой (?:\p{L}+ )?банк)/iu,
    stated: /银行|出资|融资|资金|资助|贷款|基金|\b(?:bank|lender|financ|fund)|банк|финанс|кредит/iu,
  },
  {
    // Which of several times something happened (习近平第一次访问中亚是哪年, 第九次去的哪国, "when
    // did Xi first visit Central Asia"): not answered by a text counting the times (9次访问) with
    // no ordinal. "第一次峰会" asks of 首届峰会 (the edition), which the summit check reads.
    name: "nth time",
    checkOnly: true,
    asked: /第[一二三四五六七八九十\d]+次(?!\p{Script=Han}{0,6}(?:峰会|会晤|会议|大会|论坛))|首次(?=\p{Script=Han}{0,4}(?:访问|到访|出访|去|到|访))|\bfirst (?:visit(?:ed)?|went|travel(?:l?ed)?|came|trip)\b|\b(?:first|second|third|last|latest|most recent) (?:visit|trip|time)\b|(?<!\p{L})(?:впервые (?:посетил|побывал|приехал|съездил)|(?:перв|последн)\p{L}* (?:визит|поездк|раз))/iu,
    stated: /第\s*[一二三四五六七八九十\d]+\s*[次届]|首[次届]|\bfirst\b|перв/iu,
  },
  {
    // Which one was first, the earliest one (最早成立的是哪一个, "the very first Luban Workshop",
    // "which country did Xi go to on the first of his trips", какая страна первой): answered by
    // a text saying what came first (首次, 最先, 率先, 开辟), not by one naming the things. Not an
    // edition (首届, "the first summit"), "first of all" (首先), the first half of a year.
    name: "first",
    checkOnly: true,
    asked: new RegExp(
      [
        "最早(?:\\p{Script=Han}{0,4})?的?(?:一次|一个)?是(?:\\p{Script=Han}{0,3})?(?:哪(?:一个|一|个|家|座|国|年|位|里|份)?|谁)|哪[^？?，,。]{0,12}(?:率先|最先|最早|第一个)|第一个[^？?，,。]{0,10}(?:在|是|建在|开在|设在)哪(?:一个|一|个|家|座|国|年|位|里|份)?",
        "\\bthe (?:very )?first (?:to|one)\\b|\\bon the first of (?:his|her|their|its|the)\\b|\\bthe very first\\b|\\b(?:who|which [\\p{L}-]+|what [\\p{L}-]+) (?:first|earliest) (?:coined|came up with|proposed|put forward|launched|issued|opened|set up|established|built|published|announced|introduced|formulated|recogni[sz]ed|used)\\b",
        "(?<!\\p{L})(?:кто|как(?:ой|ая|ое|ую|ие))\\s[^?]{0,80}перв(?:ым|ой|ою)(?!\\p{L})",
        // Which of two came first: 谁先, 先…还是…之后, "which was finished first", что раньше.
        "谁先|哪(?:一)?个先|哪(?:一)?个(?:更早|在先)|先[^？?]{1,40}还是[^？?]{0,20}(?:之?后|先)",
        "\\bwhich (?:[\\p{L}-]+ ){0,2}(?:was|were|came|happened|opened|finished|started|launched|built|completed) first\\b|\\bwhat came first\\b",
        "(?<!\\p{L})что (?:\\p{L}+ )?(?:было|появилось|произошло|открылось|завершилось|построили|запустили) раньше",
      ].join("|"),
      "iu",
    ),
    stated: /首次|首个|首家|首座|首批|首条|首趟|最早|最先|率先|第一个|第一次|第一座|第一家|第一批|开辟|凿空|开创|随后|此后|其后|先后|\bfirst\b|\bearliest\b|\b(?:before|after|then)\b|перв|впервые|затем|после/iu,
  },
  {
    // Which battle or war: answered by a text naming one (二战时期, the battle of Talas), not by
    // one saying how papermaking reached Central Asia.
    name: "battle",
    asked: /哪(?:一)?场(?:战役|战争|仗|战斗)|什么战役|哪次战役|\b(?:which|what) (?:battle|war)\b|(?<!\p{L})(?:в )?как(?:ой|ая|ую|их) (?:битв|войн|сражени)|в результате какой (?:битвы|войны)/iu,
    stated: /战役|之战|战争|二战|抗战|\bbattle\b|\bwars?\b|битв|войн|сражени/iu,
  },
  {
    // How many jobs: a count of jobs or posts (5 000 个就业岗位), not "创造劳动岗位" in general.
    name: "jobs",
    missing: "quantity",
    asked: /多少(?:个)?(?:就业|工作|劳动)?岗位|多少(?:个)?就业机会|\bhow many (?:[\p{L}-]+ ){0,2}jobs\b|сколько (?:\p{L}+ )?рабочих мест/iu,
    stated: /[\d一二两三四五六七八九十百千万]\s*(?:多|余)?\s*(?:万|千)?\s*个?(?:就业|工作|劳动)?(?:岗位|就业机会)|\d[\d,.]*\s*(?:million |thousand )?jobs|\d[\d\s]*(?:тыс\S*\s*)?рабочих мест/iu,
  },
  ...countsOfThings(),
];

/**
 * "多少条条款", "几台无人机", "多少吨": a count in a Chinese measure word that names what is
 * counted is given only by a figure in that measure word (三个全覆盖 does not say how many 条 a treaty
 * has), or for things also counted in 个, in 个 (8000 个充电站 answers "多少座充电站"). The general
 * measure words (个, 种, 项…) are not asked this way: "多少个国家" is answered by 中亚五国; nor is
 * 几 after 这 / 等 / 哪 ("这几条要求", "哪几家"), nor 几家 (the parties: "中俄哈吉塔几家"). Each is a
 * qualifier: it is checked in a question asking for a figure, and does not steer which sentences
 * are chosen (a figure in 个 is not what the question asks for).
 */
function countsOfThings(): Attribute[] {
  // Things counted in 座 / 所 / 家… are also counted in 个 (8000 个充电站); units never are.
  const alsoIn个 = ["座", "所", "家", "篇", "份", "批"];
  const words = [...alsoIn个, "条", "台", "辆", "吨", "亩", "架", "艘", "列", "棵", "株", "头", "公斤", "千克"];
  return words.map((word) => ({
    name: `count in ${word}`,
    missing: "quantity" as const,
    qualifier: true as const,
    asked: new RegExp(word === "家" ? `多少${word}` : `(?:多少|(?<![这那等哪])几)${word}`, "u"),
    stated: new RegExp(`[\\d一二两三四五六七八九十百千万亿数几多]\\s*(?:多|余)?\\s*(?:万|亿)?\\s*(?:${alsoIn个.includes(word) ? `${word}|个` : word})`, "u"),
  }));
}

/**
 * The attribute a question asks for, if it asks for one of the known attributes (the first
 * listed, qualifiers and those only checked left out). A figure the question quotes with its unit
 * names what it is about, not what it asks: "which company builds the 1 GW wind farm?" asks for a company, not a
 * capacity.
 */
export function askedAttribute(question: string): Attribute | undefined {
  const asking = question.replace(QUOTED_FIGURE, " ");
  return ATTRIBUTES.find((a) => isAskedItself(a) && matchesAsWords(a.asked, asking));
}

/** Of the attributes a question asks for (`askedAttributes`), the one `askedAttribute` names. */
export function mainAttribute(attributes: readonly Attribute[]): Attribute | undefined {
  return attributes.find(isAskedItself);
}

/** An attribute that can be what a question asks (not a qualifier, not only checked). */
function isAskedItself(attribute: Attribute): boolean {
  return !attribute.qualifier && !attribute.checkOnly;
}

/**
 * Every attribute a question asks for, in the order of `ATTRIBUTES`: "by what percentage did
 * trade grow" asks a share of the value of trade, and a sentence giving the growth of electric
 * car exports in percent states only the first.
 */
export function askedAttributes(question: string): Attribute[] {
  const asking = question.replace(QUOTED_FIGURE, " ");
  return ATTRIBUTES.filter((a) => matchesAsWords(a.asked, asking));
}

/** A figure with an attribute's unit written after it (1 GW, 100 兆瓦, 3 300 km, 1300多万平方公里). */
const QUOTED_FIGURE =
  /\d[\d.,\s]*(?:多|余)?\s?(?:万|亿)?\s?(?:GW|MW|kW|gigawatts?|megawatts?|吉瓦|兆瓦|千瓦|ГВт|МВт|кВт|гигаватт\p{L}*|мегаватт\p{L}*|平方(?:公里|千米|米)|square (?:kilomet\p{L}*|met\p{L}*|miles?)|km²|km2|立方(?:米|公里|千米)|cubic \p{L}+|公里|千米|km|kilomet\p{L}*|километр\p{L}*|美元|dollars?|доллар\p{L}*)/giu;

/** Whether a text speaks of the attribute. */
export function statesAttribute(text: string, attribute: Attribute): boolean {
  return attribute.stated.test(text);
}
