import { NON_NAME_CHARS, NOT_NAMES } from "./not-names";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "./surnames";

const CJK_ONLY = /^[\u3400-\u9fff]+$/u;

/**
 * Does `tok` look like a Chinese person's name: a known surname followed by a 1-2 character given name
 * (2-3 characters in all, or 3-4 with a compound surname such as 欧阳), and no character that given names
 * practically never use.
 */
export function isPersonName(tok: string): boolean {
  if (!CJK_ONLY.test(tok) || NOT_NAMES.has(tok)) return false;
  const chars = Array.from(tok);
  let given: string[];
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(""))) given = chars.slice(2);
  else if (chars.length <= 3 && SINGLE_SURNAMES.has(chars[0] ?? "")) given = chars.slice(1);
  else return false;
  if (given.length < 1 || given.length > 2) return false;
  return given.every((c) => !NON_NAME_CHARS.has(c));
}

/** Words that introduce or qualify names in a byline: 记者, 本报通讯员, 首席记者, 文, 图 ... */
const ROLE_CORE = "摄影记者|融媒记者|全媒体记者|记者|通讯员|实习生|特约撰稿人|撰稿人|撰稿|作者|报道员|摄影|整理|编译|采写|口述";
const ROLE_PREFIX = "本报|本刊|本台|本网|首席|特约|见习|实习|驻[\\u4e00-\\u9fff]{1,3}?";
/** One role word, possibly with its prefixes, anywhere in a token ("浙江日报记者", "记者张三"). */
const ROLE_GLUED = new RegExp(`(?:${ROLE_PREFIX})*(?:${ROLE_CORE})`, "gu");
const ROLE_TOKEN = new RegExp(`^(?:(?:${ROLE_PREFIX})*(?:${ROLE_CORE})|文|图|文图|图文|供图|制图|报道|联合报道|等)$`, "u");
const PHOTO_ROLE = /^(?:摄影记者|摄影|图|供图|制图)$/u;
/** A newspaper or media organisation named before a role: "浙江日报", "xx县融媒体中心". */
const ORG_TOKEN = /^[\u4e00-\u9fff]{1,12}(?:日报|晚报|商报|早报|报社|融媒体中心|新闻中心|传媒集团|电视台|广播电视台|新闻网|在线|客户端|新闻社|杂志社?)$/u;
const ORG_ABBREVIATION = /^[\u4e00-\u9fff]{1,4}(?:宣|办)$|^[\u4e00-\u9fff]{2,10}(?:纪委监委|纪委|宣传部|组织部|融媒体中心|办公室)$/u;
const SEPARATORS = /[\s、,，;；/|:：]+/u;
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

/** Classifies one separator-free piece of a byline. */
function classifyPiece(piece: string): Piece {
  if (piece === "摄") return { kind: "photo", text: [] };
  if (ROLE_TOKEN.test(piece)) return { kind: "role", text: [piece] };
  if (ORG_TOKEN.test(piece)) return { kind: "org", text: [] };
  let tok = piece;
  let photo = false;
  if (tok.length > 2 && tok.endsWith("摄")) {
    tok = tok.slice(0, -1);
    photo = true;
  }
  if (tok.length > 2 && tok.endsWith("等")) tok = tok.slice(0, -1);
  let names: string[] | null = null;
  if (isPersonName(tok)) names = [tok];
  // Two names printed without a separator, "张三李四".
  else if (tok.length === 4 && isPersonName(tok.slice(0, 2)) && isPersonName(tok.slice(2))) names = [tok.slice(0, 2), tok.slice(2)];
  // Abbreviated press offices ("浙纪宣", "椒宣", "市委办") sign items alongside reporters.
  if (names === null) return ORG_ABBREVIATION.test(tok) ? { kind: "org", text: [] } : { kind: "other", text: [] };
  return { kind: photo ? "photo" : "name", text: names };
}

function pieces(content: string): string[] {
  // Role words glued to names ("记者张三") become their own pieces.
  return content.replace(ROLE_GLUED, (m) => ` ${m} `).split(SEPARATORS).filter((p) => p !== "");
}

/**
 * Parses the inside of a byline ("记者 张三 通讯员 李四", "郭海峰 洪嘉", "张三 摄", "文/张三 图/李四").
 * Returns null unless every token is a name, a role word or a media organisation and at least one name
 * is present, so "(市、区)", "(滨江)", "(2023-2025年)" are rejected.
 */
export function parseNameList(raw: string): NameList | null {
  const content = raw.trim().replace(BULLETS, "");
  if (content.length === 0 || content.length > 80) return null;
  if (/[0-9A-Za-z。!?"()]/u.test(content)) return null;
  const out: NameList = { names: [], photographers: [], hasRole: false, photo: false };
  let role = "";
  const pending: string[] = [];
  const flush = (photo: boolean) => {
    for (const n of pending) {
      const list = photo || PHOTO_ROLE.test(role) ? out.photographers : out.names;
      if (!list.includes(n)) list.push(n);
    }
    pending.length = 0;
  };
  for (const piece of pieces(content)) {
    const c = classifyPiece(piece);
    if (c.kind === "other") return null;
    if (c.kind === "org") continue;
    if (c.kind === "role") {
      // "张三 摄影" credits the names before it; "摄影 张三" the names after it.
      if (piece === "摄影" && pending.length > 0) {
        out.photo = true;
        flush(true);
        continue;
      }
      flush(false);
      out.hasRole = true;
      role = piece;
      if (PHOTO_ROLE.test(piece)) out.photo = true;
      continue;
    }
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
  `^(?:[\\u4e00-\\u9fff]{2,12}(?:日报|晚报|商报|融媒体中心|新闻中心)\\s*)?(?:(?:${ROLE_PREFIX})*(?:${ROLE_CORE})|文\\s*/|作者\\s*[::])`,
  "u",
);

/**
 * Consumes a byline written before the text, without parentheses: "记者 张三 通讯员 李四 报道 近日,..."
 * or "本报记者 张三" alone. It must start with a role word; whitespace-separated tokens are taken while
 * every piece of them is a name, a role or an organisation. Returns the names and the rest, or null.
 */
export function parseLeadingAuthors(text: string): { list: NameList; rest: string } | null {
  const s = text.replace(BULLETS, "");
  if (!LEADING_ROLE.test(s)) return null;
  const re = /\S+/gu;
  let end = 0;
  let m: RegExpExecArray | null;
  for (let count = 0; count < 24 && (m = re.exec(s)) !== null; count++) {
    if (m[0].length > 40) break;
    const ps = pieces(m[0].replace(/^作者[::]/u, "作者 "));
    if (ps.length === 0 || !ps.every((p) => classifyPiece(p).kind !== "other")) break;
    end = m.index + m[0].length;
  }
  if (end === 0) return null;
  const list = parseNameList(s.slice(0, end).replace(/^作者[::]/u, "作者 "));
  if (list === null) return null;
  return { list, rest: s.slice(end).replace(/^[\s::,]+/u, "") };
}
