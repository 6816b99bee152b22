// Words that open a sentence by leaning on the text before it: a connective ("此外", "与此同时"), an
// attribution of what was said above ("据了解", "据介绍") or a word pointing back ("该镇", "他们"). A
// paragraph opening with one goes on with the report above it; a new report never opens this way.
// Used by the page splitter (lib/ingest/split/features.ts).

const CONNECTIVES = [
  "据了解",
  "据悉",
  "据介绍",
  "据统计",
  "据测算",
  "据估算",
  "记者了解到",
  "记者注意到",
  "记者看到",
  "记者发现",
  "此外",
  "另外",
  "同时",
  "与此同时",
  "不仅如此",
  "除此之外",
  "除此以外",
  "为此",
  "对此",
  "因此",
  "由此",
  "然而",
  "但是",
  "不过",
  "而且",
  "其中",
  "同样",
  "随后",
  "接着",
  "紧接着",
  "之后",
  "此后",
  "下一步",
  "接下来",
  "一方面",
  "另一方面",
  "他说",
  "她说",
  "他们",
  "她们",
  "他表示",
  "她表示",
];

const CONNECTIVE_HEAD = new RegExp(`^["(]?(?:${CONNECTIVES.join("|")})`, "u");
/** "该镇", "该村", "该公司", "该项目": a determiner pointing back at a place or body named above. */
const POINTING_BACK = /^["(]?该[\u4e00-\u9fff]/u;

/** Does the text open with a connective, an attribution or a word pointing back at the text above? */
export function opensWithConnective(text: string): boolean {
  const t = text.trimStart();
  return CONNECTIVE_HEAD.test(t) || POINTING_BACK.test(t);
}
