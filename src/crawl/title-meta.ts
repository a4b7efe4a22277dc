// Department and fiscal year as printed in a title or an attachment's name
// (青龙满族自治县机关事务服务中心2024年部门预算, 2023年度青龙县财政局部门决算.pdf), with the
// catalogue's patterns: the same words the pipeline reads in the documents themselves.
import { DEPARTMENT_TITLE, ORGANIZATION_NAME, ORGANIZATION_SUFFIX, YEAR_TITLE_PATTERN } from '../catalogue/metadata.js';

/** The department printed after the year: 2024年青龙县财政局部门预算. */
const DEPARTMENT_AFTER_YEAR = new RegExp(`(20\\d{2})年?度?([\\u4e00-\\u9fff（）()·]{2,40}?${ORGANIZATION_SUFFIX})(?:部门|单位)?(?:预算|决算)`);

export interface TitleMeta {
  department?: string;
  fiscal_year?: number;
}

/** The first texts that print each field win: give the most specific first (the attachment's name, then the page title). */
export function metaFromTitles(texts: readonly (string | undefined)[]): TitleMeta {
  const meta: TitleMeta = {};
  for (const raw of texts) {
    if (!raw) continue;
    const text = raw.normalize('NFKC').replace(/\s+/g, '');
    const after = DEPARTMENT_AFTER_YEAR.exec(text);
    const year = YEAR_TITLE_PATTERN.exec(text)?.[1] ?? after?.[1];
    if (meta.fiscal_year === undefined && year) meta.fiscal_year = Number(year);
    if (meta.department === undefined) {
      const named = [DEPARTMENT_TITLE.exec(text)?.[1], after?.[2]].find(
        (name) => name !== undefined && ORGANIZATION_NAME.test(name),
      );
      if (named) meta.department = named;
    }
  }
  return meta;
}
