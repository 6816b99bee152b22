// The shapes the recognition passes share: dictionary tokens, place items (one per name found in the
// text, with what the passes decided about it), lists of names, and the state every pass reads and
// writes. A pass touches nothing but the state it is given: no I/O, no module state.
import type { Gazetteer, GazetteerPlace, PlaceEntry } from "../gazetteer";

/**
 * Where a name was read: the dateline or masthead the segmenter cut off (source), the title, the body,
 * or the photo captions it took out of the body (caption). Only body names are mentions with spans.
 */
export type TextSource = "source" | "title" | "body" | "caption";

/** Reading order of the texts. */
export const SOURCE_ORDER: Record<TextSource, number> = { source: 0, title: 1, body: 2, caption: 3 };

export type Token = {
  src: TextSource;
  start: number;
  end: number;
  kind: "place" | "block" | "override" | "foreign";
  /** for place tokens: the strongest dictionary entry on this span */
  entry: PlaceEntry | null;
  /** inside a dateline's filing place (中新社北京电): where the story was filed */
  dateline?: boolean;
  /** for places elsewhere: index of the sentence within its text */
  sentence?: number;
};

export type PlaceItem = {
  src: TextSource;
  start: number;
  end: number;
  text: string;
  entry: PlaceEntry;
  /** ambiguous: a township name that several places share and nothing in the article decides */
  status: "pending" | "accepted" | "rejected" | "ambiguous";
  /** the chosen place once accepted */
  place: GazetteerPlace | null;
  /**
   * a name that only prefixes a chain: a city before its county or township (杭州市上城区, 绍兴市公安局
   * 上虞区分局), a county before its former town that is a county-level city today (苍南县龙港镇)
   */
  chainPrefix: boolean;
  /** index of the sentence (split at 。!?; and line breaks) within its text */
  sentence: number;
  /** neighbouring tokens that touch this one (no character between) */
  prev: Token | null;
  next: Token | null;
  /** inside a dateline (本报杭州3月5日讯): where the story was filed, weak evidence of its subject */
  dateline: boolean;
  /** inside an outlet's name (金华日报讯, 来源:象山农业信息网, 宁波日报记者): who printed it, weak evidence */
  outlet: boolean;
  /** in a photo caption (taken out of the body, or a body paragraph ending in a photo credit) */
  caption: boolean;
  /** the venue of an event (全市…现场会在鄞州区召开): where it was held, not what it is about */
  venue: boolean;
  /** opens a heading line inside the body (浦江:荒地种上了桃树): titles the report below it */
  heading: boolean;
  /** candidates left for a township name nothing could decide between (大洋镇 with no county) */
  ambiguous: GazetteerPlace[];
  /** a city inside an event's name (杭州第19届亚运会): a mention, but no evidence of where the story is */
  inEventName: boolean;
  /** the name (or the chain it ends) follows 位于/坐落于/地处: the story's subject is sited there */
  sited: boolean;
  /** one of two or more places listed together (岭南、下管等山区乡镇): an example, not the focus */
  listed: boolean;
  /**
   * a township stem that names a port, bridge or tunnel (健跳港): a mention of the township, but the
   * story is about infrastructure of the county, not about the township's own work
   */
  facility: boolean;
  /**
   * a township followed by one of its villages (马站镇某某村, 某某社区) whose name the title or body
   * repeats: the report keeps coming back to a place in the township
   */
  villageRecurs: boolean;
};

/** Names joined by 、/和/与/及 (柯城、衢江、龙游和开化), and what follows the last one. */
export type NameList = { src: TextSource; items: PlaceItem[]; words: Token[]; size: number; after: string };

export type Recognition = {
  items: PlaceItem[];
  foreign: Token[];
  /** end of the body's lead paragraph (the first one, or the first two when the first is a short line) */
  leadEnd: number;
  /** the body has text of its own beyond captions and credits (a report, not just a photo) */
  hasBody: boolean;
  /** the Zhejiang city or county whose paper the article comes from (金华日报讯), if known */
  paper: GazetteerPlace | null;
  /**
   * the title or lead sets the scene in a place outside Zhejiang (在四川省稻城县的…基地里, 赴新疆阿克苏, or
   * 四川省凉山州一所小学里,来自宁波市北仑区的老师…)
   */
  foreignScene: boolean;
  /**
   * the article reports pairing assistance (援建, 东西部协作, 对口支援) or a delegation's trip (学习考察,
   * 推介会): Zhejiang acts, and with a foreign scene the story happens elsewhere
   */
  aid: boolean;
  /** the title opens with a Zhejiang place and a colon (马站:…): the report is filed under that place */
  titleKicker: boolean;
  /** the article uses 全县/全区/全市 or the like: a county-wide report of that type of unit */
  wholeUnit: Record<"县" | "区" | "市", boolean>;
  /** how often it does (全市…我市…市委: three), a count of references to a unit of that type */
  wholeUnitCount: Record<"县" | "区" | "市", number>;
  /**
   * where the first 全市/我市/市委… stands, in body offsets (-1: in the title), or null when none: a
   * city-wide frame that a district's figure is then given as part of (全市转移群众1.2万人…椒江区1800余人)
   */
  wholeCityAt?: number | null;
  /** the body text, for tests of what follows a mention */
  body?: string;
};

export type RecognizeOptions = {
  /** the dateline or masthead the article came with ("金华日报讯", "义乌商报"): names the paper's place */
  source?: string;
  /** photo captions the segmenter took out of the body */
  captions?: readonly string[];
  /**
   * Adcode of the home county or city of the outlet the page came from (a followed source's `county`),
   * when the caller knows it: the paper's place when the text names no outlet of its own.
   */
  paperHint?: string | null;
};

/** What the passes share: the texts, every item found, and the facts gathered so far. */
export type State = {
  gaz: Gazetteer;
  texts: Record<TextSource, string>;
  items: PlaceItem[];
  foreign: Token[];
  lists: NameList[];
  /** counties named by a full name or alias (S3) */
  fullCounties: Set<string>;
  /** counties of townships named by their full name */
  fullTownCounties: Set<string>;
  /** counties and cities of every accepted item */
  namedCounties: Set<string>;
  namedCities: Set<string>;
  /** townships accepted by their full name */
  fullTowns: Set<string>;
  /** the city or county of the paper the article comes from */
  paper: GazetteerPlace | null;
  /** outlet names found in the texts, with the place each belongs to */
  outlets: Array<{ src: TextSource; start: number; end: number; place: GazetteerPlace | null }>;
  wholeUnit: Record<"县" | "区" | "市", boolean>;
  wholeUnitCount: Record<"县" | "区" | "市", number>;
  wholeCityAt: number | null;
  /** end of the body's lead paragraph */
  leadEnd: number;
  /** the body has text of its own beyond captions and credits (a report, not just a photo) */
  hasBody: boolean;
  /** set by the scene pass */
  foreignScene: boolean;
  titleKicker: boolean;
  aid: boolean;
};

/** A named step of recognition; index.ts lists them in order. */
export type Pass = { name: string; run: (s: State) => void };
