import { NON_NAME_CHARS, NOT_NAMES, PLACE_NOT_NAMES } from "./not-names";
import { COMPOUND_SURNAMES, ROLE_PREFIXES, ROLE_WORDS, SINGLE_SURNAMES } from "../zh/bylines";

const CJK_ONLY = /^[\u3400-\u9fff]+$/u;

/**
 * Does `tok` look like a Chinese person's name: a known surname followed by a 1-2 character given name
 * (2-3 characters in all, or 3-4 with a compound surname such as 欧阳), no character that given names
 * practically never use, and not a word known to be something else. `lenient`: the token follows a role
 * word, where a place name is a reporter's name all the same ("记者 钱江").
 */
export function isPersonName(tok: string, lenient = false): boolean {
  if (NOT_NAMES.has(tok) && !(lenient && PLACE_NOT_NAMES.has(tok))) return false;
  return hasNameShape(tok);
}

/** Surname + 1-2 character given name, with no character given names avoid (word lists not consulted). */
function hasNameShape(tok: string, avoid: ReadonlySet<string> = NON_NAME_CHARS): boolean {
  if (!CJK_ONLY.test(tok)) return false;
  const chars = Array.from(tok);
  let given: string[];
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(""))) given = chars.slice(2);
  else if (chars.length <= 3 && SINGLE_SURNAMES.has(chars[0] ?? "")) given = chars.slice(1);
  else return false;
  if (given.length < 1 || given.length > 2) return false;
  return given.every((c) => !avoid.has(c));
}

/** Characters that end or fill a byline itself; even a name printed apart after a role word never uses them. */
const BYLINE_CHARS: ReadonlySet<string> = new Set(Array.from("摄等讯报稿"));

/**
 * A name printed with a space inside right after a role word ("记者 梁 栋"): the layout says it is a
 * name, so only the surname and the length are checked, not the characters given names usually avoid.
 */
function spacedNameShape(tok: string): boolean {
  return hasNameShape(tok, BYLINE_CHARS);
}

/**
 * A press office signing as a correspondent, often padded like a name: "通讯员 鄞 教", "通讯员 莲 组宣",
 * "通讯员 浙纪宣" (鄞州区教育局, 莲都区委组织部宣传, 省纪委宣传). Read as a writer after a role word only.
 */
const PRESS_SIGNATURE = /^[\u4e00-\u9fff]{1,3}(?:宣|教|办|组|纪|卫|健|政|法|检|农|林|水|交|建|环|商|税|财|科|旅|体|民|公|团|妇|工|经信|发改|人社)$/u;

/** Words that introduce or qualify names in a byline: 记者, 本报通讯员, 首席记者, 文, 图 ... */
const ROLE_CORE = ROLE_WORDS;
const ROLE_PREFIX = ROLE_PREFIXES;
/** One role word, possibly with its prefixes, anywhere in a token ("浙江日报记者", "记者张三"). */
const ROLE_GLUED = new RegExp(`(?:${ROLE_PREFIX})*(?:${ROLE_CORE})`, "gu");
const ROLE_CORE_ANY = new RegExp(ROLE_CORE, "u");
const ROLE_TOKEN = new RegExp(`^(?:(?:${ROLE_PREFIX})*(?:${ROLE_CORE})|文|图|文字|文图|图文|供图|制图|报道|联合报道|等)$`, "u");
/** Desk roles sometimes signed inside a byline's parentheses, "(记者 张三 编辑 李四)": their names are not authors. */
const EDITOR_ROLE = /^(?:本版|责任|值班|执行)?(?:编辑|责编|审核|校对|美编)$/u;
/** Roles whose names are photographers ("本报摄影记者 张三", "图/李四"), not writers. */
const PHOTO_ROLE = /(?:摄影记者|摄像记者|摄影|摄像)$|^(?:图|供图|制图)$/u;
/**
 * A newspaper or media organisation named before a role: "浙江日报", "xx县融媒体中心", "潮新闻", "本报驻衢州记者站",
 * and the provincial paper's county partners, "共享联盟德清站".
 */
const ORG =
  "[\\u4e00-\\u9fff]{1,12}?(?:日报|晚报|商报|早报|报社|融媒体中心|新闻中心|传媒集团|电视台|广播电视台|新闻网|新闻|在线|客户端|新闻社|杂志社?|记者站|分社)" +
  "|共享联盟[\\u4e00-\\u9fff]{1,8}?站";
const ORG_TOKEN = new RegExp(`^(?:${ORG})$`, "u");
/**
 * Offices that sign between the names of a byline, "记者 张三 某某区委报道组 李四 通讯员 王五": a party
 * committee's press group (报道组, 通讯组), propaganda or news office (宣传部, 宣传办, 新闻中心, 新闻办),
 * a county media centre (融媒体中心, 融媒中心, 传媒中心). They are organisations, never authors.
 */
const ORG_ABBREVIATION =
  /^[\u4e00-\u9fff]{1,4}(?:宣|办)$|^[\u4e00-\u9fff]{2,10}(?:纪委监委|纪委|宣传部|宣传统战部|宣传办|宣传中心|组织部|报道组|通讯组|新闻组|新闻中心|新闻办|新闻办公室|融媒体中心|融媒中心|传媒中心|办公室)$/u;
const BULLETS = /^[■□●◆◇○◎★☆▌▍|]+\s*/u;

export type NameList = {
  /** Writers, in order. */
  names: string[];
  /** Photographers (names marked 摄, 图/ or 摄影), kept apart: they are credits, not authors. */
  photographers: string[];
  /** A role word (记者, 通讯员 ...) was present: the text is certainly a byline. */
  hasRole: boolean;
  /** The text credits a photo (摄). */
  photo: boolean;
};

type Piece = { kind: "role" | "org" | "name" | "photo" | "other"; text: string[] };

/**
 * Classifies one separator-free piece of a byline. `lenient`: it follows a role word. `spaced`: it was
 * rejoined from a name printed with a space inside; after a role word that layout is a name whatever the
 * word ("记者 毛 竹").
 */
function classifyPiece(piece: string, lenient: boolean, spaced = false): Piece {
  if (piece === "摄") return { kind: "photo", text: [] };
  if (ROLE_TOKEN.test(piece) || EDITOR_ROLE.test(piece)) return { kind: "role", text: [piece] };
  if (ORG_TOKEN.test(piece)) return { kind: "org", text: [] };
  let tok = piece;
  let photo = false;
  if (tok.length > 2 && tok.endsWith("摄")) {
    tok = tok.slice(0, -1);
    photo = true;
  }
  if (tok.length > 2 && tok.endsWith("等")) tok = tok.slice(0, -1);
  let names: string[] | null = null;
  if (spaced && lenient ? spacedNameShape(tok) : isPersonName(tok, lenient)) names = [tok];
  // Two names printed without a separator, "张三李四".
  else if (tok.length === 4 && isPersonName(tok.slice(0, 2), lenient) && isPersonName(tok.slice(2), lenient)) names = [tok.slice(0, 2), tok.slice(2)];
  // Press offices sign as correspondents ("通讯员 鄞教"): writers after a role word, organisations elsewhere.
  if (names === null && lenient && PRESS_SIGNATURE.test(tok)) names = [tok];
  if (names === null) return ORG_ABBREVIATION.test(tok) ? { kind: "org", text: [] } : { kind: "other", text: [] };
  return { kind: photo ? "photo" : "name", text: names };
}

/**
 * A separator-free piece of a byline with its place in the text. `spaceBefore`: only whitespace separates
 * it from the piece before (not 、 , / :), so it may be the second half of a name printed with a space
 * inside. `joined`: it is such a name, rejoined.
 */
type NamePiece = { text: string; start: number; end: number; spaceBefore: boolean; joined: boolean };

const PIECE = /[^\s、,，;；/|丨:：]+/gu;
const WHITESPACE = /\s/u;
const NOT_WHITESPACE = /\S/u;
const CJK_SHORT = /^[\u3400-\u9fff]{1,2}$/u;
/** "文/图", "图/文": the two single-character roles. */
const TEXT_PHOTO = /^[文图]$/u;
/** Single characters that end or qualify a byline and are never the given-name half of a spaced name. */
const NEVER_GIVEN = new Set(["摄", "等"]);

/** Splits a byline into pieces; role words glued to names ("记者张三") become their own pieces. */
function rawPieces(content: string): NamePiece[] {
  const out: NamePiece[] = [];
  let prevEnd = 0;
  for (const m of content.matchAll(PIECE)) {
    const word = m[0];
    const sep = content.slice(prevEnd, m.index);
    const spaceBefore = WHITESPACE.test(sep) && !NOT_WHITESPACE.test(sep);
    prevEnd = m.index + word.length;
    const push = (from: number, to: number, first: boolean) => {
      if (to > from) out.push({ text: word.slice(from, to), start: m.index + from, end: m.index + to, spaceBefore: first && spaceBefore, joined: false });
    };
    // Most words hold no role word at all: the glued-role split is skipped for them.
    if (!ROLE_CORE_ANY.test(word) || ORG_TOKEN.test(word)) {
      push(0, word.length, true);
      continue;
    }
    let at = 0;
    for (const r of word.matchAll(ROLE_GLUED)) {
      push(at, r.index, at === 0);
      push(r.index, r.index + r[0].length, r.index === 0);
      at = r.index + r[0].length;
    }
    push(at, word.length, at === 0);
  }
  return out;
}

/** A name may start with this piece: a single-character surname or a compound one (欧阳, 司马). */
function surnamePiece(t: string): boolean {
  return t.length === 1 ? SINGLE_SURNAMES.has(t) : COMPOUND_SURNAMES.has(t);
}

/** Can `q` be the given name after a surname printed apart from it ("童 蕾", "刘 乐平", "欧阳 峰")? */
function givenPiece(q: NamePiece, after: NamePiece | undefined): boolean {
  if (!q.spaceBefore || !CJK_SHORT.test(q.text) || NEVER_GIVEN.has(q.text)) return false;
  // "文"/"图" are roles before a slash ("文/张三"); between spaces, "王 文" is a name.
  if (ROLE_TOKEN.test(q.text)) return q.text.length === 1 && (after === undefined || after.spaceBefore);
  return true;
}

/** Does the single character at ps[i] have a single character after it, across a space, to pair with? */
function pairsOff(ps: NamePiece[], i: number): boolean {
  const a = ps[i];
  const b = ps[i + 1];
  return a !== undefined && a.text.length === 1 && b !== undefined && b.spaceBefore && b.text.length === 1;
}

function merge(a: NamePiece, b: NamePiece): NamePiece {
  return { text: a.text + b.text, start: a.start, end: b.end, spaceBefore: a.spaceBefore, joined: true };
}

/**
 * Byline pieces with names printed with a space inside rejoined. Chinese print pads two-character
 * names to the width of three ("记者 童 蕾 通讯员 钱 宣", "(陈思远 刘 洋)") and some layouts set the
 * surname apart ("刘 乐平"): a surname piece and the 1-2 characters after a plain space are one name when
 * together they read as a name. Single characters pair off from the left ("钱 江 金 燕" -> 钱江, 金燕); a
 * third one that cannot start a pair of its own completes a three-character name ("王 晓 明").
 */
function namePieces(content: string): NamePiece[] {
  const ps = rawPieces(content);
  const out: NamePiece[] = [];
  let afterRole = false;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const q = ps[i + 1];
    const isRole = ROLE_TOKEN.test(p.text);
    // "文"/"图" are roles unless what follows cannot be read otherwise ("记者 文 静", not "文 张三", "图/文 李 四").
    const roleFirst = isRole && (q === undefined || q.text.length > 1 || pairsOff(ps, i + 1) || (i > 0 && TEXT_PHOTO.test(ps[i - 1]!.text)));
    if (q && !roleFirst && surnamePiece(p.text) && givenPiece(q, ps[i + 2])) {
      let name = merge(p, q);
      const nameLike = (t: string) => (afterRole ? spacedNameShape(t) : isPersonName(t));
      if (nameLike(name.text)) {
        let k = i + 1;
        const r = ps[k + 1];
        const afterR = ps[k + 2];
        // A third character needs the stricter shape: "蓝 天 市" is no name.
        if (p.text.length === 1 && q.text.length === 1 && r && r.text.length === 1 && givenPiece(r, afterR) && !pairsOff(ps, k + 1) && (afterRole ? hasNameShape : isPersonName)(name.text + r.text)) {
          name = merge(name, r);
          k++;
        }
        out.push(name);
        i = k;
        continue;
      }
    }
    // "通讯员 鄞 宣", "通讯员 莲 组宣": a press office's abbreviation padded like a name.
    const padded = q !== undefined && q.spaceBefore && CJK_SHORT.test(p.text) && CJK_SHORT.test(q.text) && !isRole;
    if (padded && (ORG_ABBREVIATION.test(p.text + q.text) || (afterRole && PRESS_SIGNATURE.test(p.text + q.text)))) {
      out.push(merge(p, q));
      i++;
      continue;
    }
    if (isRole) afterRole = true;
    out.push(p);
  }
  return out;
}

/**
 * Parses the inside of a byline ("记者 张三 通讯员 李四", "郭海峰 洪嘉", "张三 摄", "文/张三 图/李四",
 * "记者 童 蕾"). Returns null unless every piece is a name, a role word or a media organisation and at
 * least one name is present, so "(市、区)", "(滨江)", "(2023-2025年)" are rejected.
 */
export function parseNameList(raw: string): NameList | null {
  const content = raw.trim().replace(BULLETS, "");
  if (content.length === 0 || content.length > 80) return null;
  if (/[0-9A-Za-z。!?"()]/u.test(content)) return null;
  const out: NameList = { names: [], photographers: [], hasRole: false, photo: false };
  let role = "";
  let afterRole = false;
  const pending: string[] = [];
  const flush = (photo: boolean) => {
    for (const n of pending) {
      if (!photo && EDITOR_ROLE.test(role)) continue;
      const photographer = photo || PHOTO_ROLE.test(role);
      if (photographer) out.photo = true;
      const list = photographer ? out.photographers : out.names;
      if (!list.includes(n)) list.push(n);
    }
    pending.length = 0;
  };
  const pieces = namePieces(content);
  for (let idx = 0; idx < pieces.length; idx++) {
    const { text: piece, joined } = pieces[idx]!;
    const c = classifyPiece(piece, out.hasRole, joined);
    if (c.kind === "other") return null;
    if (c.kind === "org") continue;
    if (c.kind === "role") {
      // "张三 摄影" credits the names before it; "摄影 张三", "文 | 张三 摄影 | 李四" the names after it.
      const next = pieces[idx + 1];
      if (piece === "摄影" && pending.length > 0 && (next === undefined || (next.spaceBefore && ROLE_TOKEN.test(next.text)))) {
        out.photo = true;
        flush(true);
        continue;
      }
      flush(false);
      out.hasRole = true;
      const photoRole = PHOTO_ROLE.test(piece);
      // "文/图 记者 张三" wrote and photographed: an author; "图/通讯员 李四" only photographed.
      if (afterRole && ((photoRole && role === "文") || (piece === "文" && PHOTO_ROLE.test(role)))) role = "文图";
      else if (!(afterRole && !photoRole && PHOTO_ROLE.test(role))) role = piece;
      afterRole = true;
      continue;
    }
    afterRole = false;
    pending.push(...c.text);
    if (c.kind === "photo") {
      out.photo = true;
      flush(true);
    }
  }
  flush(false);
  if (out.names.length === 0 && out.photographers.length === 0) return null;
  return out;
}

const LEADING_ROLE = new RegExp(
  `^(?:(?:${ORG}) ?)?` +
    `(?:(?:${ROLE_PREFIX})*(?:${ROLE_CORE})|文字?\\s*[/|丨::]|作者\\s*[::])|^共享联盟[\\u4e00-\\u9fff]{1,8}?站 `,
  "u",
);
/** A byline is short: only this much of a paragraph's start is read (paragraphs may be megabytes long). */
const LEADING_HEAD = 400;
const MAX_LEADING_TOKENS = 24;

/**
 * Consumes a byline written before the text, without parentheses: "记者 张三 通讯员 李四 报道 近日,..."
 * or "本报记者 张三" alone. It must start with a role word (or a partner station, "共享联盟德清站");
 * whitespace-separated tokens are taken while every piece of them is a name, a role or an organisation.
 * Returns the names and the rest, or null.
 */
export function parseLeadingAuthors(text: string): { list: NameList; rest: string } | null {
  const s = text.replace(BULLETS, "");
  if (!LEADING_ROLE.test(s)) return null;
  // "作者:张三" -> "作者 张三" (same length, so offsets hold).
  const head = s.slice(0, LEADING_HEAD).replace(/^作者[::]/u, "作者 ");
  const tokens: { start: number; end: number }[] = [];
  for (const m of head.matchAll(/\S+/gu)) {
    if (tokens.length >= MAX_LEADING_TOKENS || m[0].length > 40) break;
    if (m.index + m[0].length === head.length && s.length > head.length) break; // cut by the head limit
    tokens.push({ start: m.index, end: m.index + m[0].length });
  }
  // Pieces with the first and last token they lie in (both in order, so one pointer finds them).
  const pieces: { piece: NamePiece; first: number; last: number }[] = [];
  let t = 0;
  for (const piece of namePieces(head.slice(0, tokens.at(-1)?.end ?? 0))) {
    while (tokens[t]!.end <= piece.start) t++;
    let last = t;
    while (tokens[last]!.end < piece.end) last++;
    pieces.push({ piece, first: t, last });
  }
  // A token is taken when all its pieces are; a name spanning two tokens needs both.
  let stop = tokens.length;
  const hasPiece = new Uint8Array(tokens.length);
  let lenient = false;
  for (const { piece, first, last } of pieces) {
    if (first >= stop) break;
    const c = classifyPiece(piece.text, lenient, piece.joined);
    if (c.kind === "role") lenient = true;
    if (c.kind === "other") stop = first;
    else for (let k = first; k <= last; k++) hasPiece[k] = 1;
  }
  for (let k = pieces.length - 1; k >= 0; k--) {
    const { first, last } = pieces[k]!;
    if (first < stop && last >= stop) stop = first;
  }
  // Trailing tokens that are bare separators ("/", "、") do not extend the byline.
  while (stop > 0 && hasPiece[stop - 1] === 0) stop--;
  if (stop === 0) return null;
  const end = tokens[stop - 1]!.end;
  const list = parseNameList(head.slice(0, end));
  if (list === null) return null;
  return { list, rest: s.slice(end).replace(/^[\s::,]+/u, "") };
}
