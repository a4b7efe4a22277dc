// Characters OCR takes for one another (shapes a stroke apart), and the words of these
// documents it misreads through them: 收入 read 收人 in SimSun (湖州's 2026 tables scanned at
// 200 dpi: every 入). A look-alike reading is corrected only into one of these words.

/**
 * Sets of characters told apart by a stroke or two, as OCR has confused them here (人入: 湖州;
 * 土士: the sample's scan, 国有士地; 万方: the sample's projects scanned, ≤1方元; the templates
 * outside the corpus scanned at 200 dpi: 拨拔 长春 一般公共预算拔款, 育有 西安 教有支出 and
 * 体有与传媒, 援授 西安 授助其他地区, 共其 长春 一般公其服务, 计华 长春's header 小华; 缮鳝 泉州 and
 * 福州's 修缮, half seen as 修鳝).
 */
export const LOOK_ALIKE: readonly string[] = ['人入', '土士', '万方', '拨拔', '育有', '援授', '共其', '计华', '缮鳝'];

/**
 * Words of budget disclosures with a character OCR misreads as its look-alike, whose misreading
 * is no word of its own there. Not 纳入 (容纳人数), 计入 (统计人员), 录入 (记录人): their
 * misreadings are printed too, and short header labels are taken through LOOK_ALIKE anyway.
 * Words of the function classes' names as long as it takes for that: 体育与传媒, not 体育 (具体有),
 * 援助其他地区, not 援助 (教授助理), 公共服务, not 公共 (办公其他).
 */
export const LOOK_ALIKE_WORDS: readonly string[] = ['收入', '土地', '万元', '拨款', '教育支出', '体育与传媒', '援助其他地区', '一般公共', '公共服务', '公共预算', '公共安全', '修缮'];

export const lookAlike = (a: string, b: string): boolean => a !== b && LOOK_ALIKE.some((set) => set.includes(a) && set.includes(b));

/** Each word read with one look-alike character, and the word (收人 → 收入). */
export const LOOK_ALIKE_MISREADINGS: ReadonlyMap<string, string> = new Map(
  LOOK_ALIKE_WORDS.flatMap((word) =>
    [...word].flatMap((ch, i) => {
      const set = LOOK_ALIKE.find((s) => s.includes(ch)) ?? '';
      return [...set].filter((other) => other !== ch).map((other): [string, string] => [word.slice(0, i) + other + word.slice(i + 1), word]);
    }),
  ),
);

/** Words of these documents read with a look-alike character, corrected (收人 → 收入). */
export function lookAlikeWords(text: string): string {
  let out = text;
  for (const [read, word] of LOOK_ALIKE_MISREADINGS) if (out.includes(read)) out = out.split(read).join(word);
  return out;
}
