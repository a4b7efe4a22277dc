// Rows that count things inside a table of money: a 决算's 三公 table goes on with
// 公务用车保有量（辆）, 国内公务接待批次（个）, 人次 (云南, central templates). Their figures are
// counts, never 万元: a dataset summing the table's money must not meet them.

/** Units of things counted, printed in brackets after the label: 公务用车保有量（辆）. */
const COUNT_UNITS = ['辆', '个', '人', '人次', '次', '台', '套', '批', '批次', '项', '家', '户', '名', '组', '团', '架', '艘', '件'];
/** Words naming a count where no unit is printed: 公务用车保有量, 接待批次, 出国团组数. */
const COUNT_WORDS = ['保有量', '批次', '人次', '人数', '团组数', '车辆数', '购置数'];

const BRACKETED = /[（(]([^（）()]{1,4})[）)]\s*$/;

/** The unit a row counts in ('辆'; '' for a count word with no unit), or null for money. */
export function countUnit(label: string): string | null {
  const unit = BRACKETED.exec(label)?.[1]?.trim();
  if (unit !== undefined && COUNT_UNITS.includes(unit)) return unit;
  const bare = label.replace(BRACKETED, '');
  return COUNT_WORDS.some((w) => bare.endsWith(w)) ? '' : null;
}
