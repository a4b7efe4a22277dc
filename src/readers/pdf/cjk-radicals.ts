// CJK Radicals Supplement (U+2E80–U+2EF3) → the ideograph the radical stands for.
// Some PDF producers map a font's glyph for 门, 车, 马 … to the radical code point in their
// ToUnicode table, so extracted text reads "部⻔" instead of "部门". NFKC only covers two of
// these (⺟, ⻳); the Kangxi Radicals block (U+2F00–U+2FD5) is handled by NFKC in chars.ts.
// Component forms (⺡ water, ⺘ hand …) map to their URO component characters (氵, 扌 …).
// Each entry: radical, ideograph.
const PAIRS = [
  '⺁厂', '⺅亻', '⺆冂', '⺉刂', '⺊卜', '⺌小', '⺎兀', '⺏尣', '⺐尢', '⺒巳', '⺓幺', '⺔彑',
  '⺕彐', '⺖忄', '⺘扌', '⺙攵', '⺛旡', '⺜日', '⺝月', '⺞歺', '⺟母', '⺠民', '⺡氵', '⺢氺',
  '⺣灬', '⺤爫', '⺦丬', '⺧牛', '⺨犭', '⺩王', '⺪疋', '⺫罒', '⺬示', '⺭礻', '⺮竹', '⺯糸',
  '⺰纟', '⺱网', '⺲罒', '⺳罓', '⺶羊', '⺷羊', '⺹耂', '⺺肀', '⺻聿', '⺼月', '⺽臼', '⺾艹',
  '⺿艹', '⻀艹', '⻁虎', '⻂衤', '⻃覀', '⻄西', '⻅见', '⻆角', '⻇角', '⻈讠', '⻉贝', '⻊足',
  '⻋车', '⻌辶', '⻍辶', '⻎辶', '⻏阝', '⻐钅', '⻑長', '⻒镸', '⻓长', '⻔门', '⻕阜', '⻖阝',
  '⻗雨', '⻘青', '⻙韦', '⻚页', '⻛风', '⻜飞', '⻝食', '⻟飠', '⻠饣', '⻡首', '⻢马', '⻣骨',
  '⻤鬼', '⻥鱼', '⻦鸟', '⻧卤', '⻨麦', '⻩黄', '⻪黾', '⻫斉', '⻬齐', '⻭歯', '⻮齿', '⻯竜',
  '⻰龙', '⻱亀', '⻲亀', '⻳龟',
];

// Kangxi radicals whose NFKC is a traditional form where Simplified Chinese fonts draw the
// simplified character: Chromium's Type 3 fonts from Noto Sans CJK SC map 户 to ⼾ (U+2F3E),
// whose NFKC is 戶.
const KANGXI_SIMPLIFIED = ['⼾户'];

/** Radicals → ideographs, consulted before NFKC. */
export const RADICAL_SUPPLEMENT: ReadonlyMap<string, string> = new Map(
  [...PAIRS, ...KANGXI_SIMPLIFIED].map((p) => [...p] as [string, string]),
);
