// Classification codes: function classification 类3/款5/项7 digits, economic 类3/款5.

/** 1, 2 or 3 from the code length; null when the code is not a classification code. */
export function codeLevel(code: string | null): 1 | 2 | 3 | null {
  if (code === null) return null;
  switch (code.length) {
    case 3:
      return 1;
    case 5:
      return 2;
    case 7:
      return 3;
    default:
      return null;
  }
}

/** The digits of a code cell ("2010303", "201 03 03", "２０１"), or null when it is not a code. */
export function parseCode(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  // bracketed in a code column of its own as it is before a name: [201], 【2010101】
  return /^[[【]?(\d{2,9})[\]】]?$/.exec(t)?.[1] ?? null;
}

/** A 类/款/项 part printed in its own column: "204", "06", or "2" where the leading zero is dropped. */
export function parseCodePart(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return /^\d{1,7}$/.test(t) ? t : null;
}

/** Splits "201 一般公共服务支出" or "2010303机关服务" printed in one cell into code and name. */
export function splitLeadingCode(text: string): { code: string; name: string } | null {
  // a code may be bracketed: "[2040704]罪犯生活及医疗卫生" (广州), "【301】工资福利支出"
  // or joined to its name by a dash ("2050803-培训支出", 北京)
  // full-width digits and marks read as ASCII; the name keeps its own characters (维修（护）费)
  const t = text.trim().replace(/[０-９［］：－]/g, (c) => c.normalize('NFKC'));
  const m = /^[[【]?(\d{3}|\d{5}|\d{7})(?:[\]】]\s*|\s*[-–—:]\s*|\s+|(?=[^\d.]))(.+)$/.exec(t);
  return m ? { code: m[1]!, name: m[2]!.trim() } : null;
}

/**
 * Joins codes printed in separate 类/款/项 columns ("204 | 06 | 01") or only as 款/项 under
 * a parent row, into the full code. `parent` is the last full code seen above.
 */
export function joinCodeParts(
  parts: { lei: string | null; kuan: string | null; xiang: string | null },
  parent: string | null,
): string | null {
  const lei = parts.lei ?? (parts.kuan || parts.xiang ? (parent?.slice(0, 3) ?? null) : null);
  if (lei?.length !== 3) return null;
  if (!parts.kuan && !parts.xiang) return lei;
  const kuan = parts.kuan ?? parent?.slice(3, 5) ?? null;
  if (!kuan) return null;
  const full5 = kuan.length === 5 ? kuan : lei + kuan.padStart(2, '0');
  if (!parts.xiang) return full5;
  return parts.xiang.length === 7 ? parts.xiang : full5 + parts.xiang.padStart(2, '0');
}
