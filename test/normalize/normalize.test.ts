import { parseAmount, toWanYuan } from '../../src/normalize/amount.js';
import { codeLevel, joinCodeParts, parseCode, parseCodePart, splitLeadingCode } from '../../src/normalize/codes.js';
import { splitGoals } from '../../src/normalize/goals.js';
import { parseTarget } from '../../src/normalize/target.js';
import { cleanText, matchKey } from '../../src/normalize/text.js';

test('cleanText drops alignment spaces between Chinese characters, keeps Latin word spaces', () => {
  expect(cleanText('项  目')).toBe('项目');
  expect(cleanText('科目    编码')).toBe('科目编码');
  expect(cleanText('　　其中：办公用房（平方米）')).toBe('其中：办公用房（平方米）');
  expect(cleanText('  小鱼易连 M90 终端 ')).toBe('小鱼易连M90终端');
  expect(cleanText('Model  X 200')).toBe('Model X 200');
});

test('matchKey unifies width, spaces and quotes', () => {
  expect(matchKey('部门预算财政拨款“三公”经费支出表')).toBe(matchKey('部门预算财政拨款"三公"经费支出表'));
  expect(matchKey("'三公'经费")).toBe('三公经费');
  expect(matchKey('价值（金额单位：万元）')).toBe('价值(金额单位:万元)');
});

test('parseAmount: numbers, separators, dashes and blanks', () => {
  expect(parseAmount('1038.81')).toEqual({ ok: true, value: 1038.81 });
  expect(parseAmount('96,282,213.44')).toEqual({ ok: true, value: 96282213.44 });
  expect(parseAmount('0.00')).toEqual({ ok: true, value: 0 });
  expect(parseAmount('')).toEqual({ ok: true, value: null });
  expect(parseAmount('-')).toEqual({ ok: true, value: null });
  expect(parseAmount('—')).toEqual({ ok: true, value: null });
  expect(parseAmount('(12.50)')).toEqual({ ok: true, value: -12.5 });
  // Chinese accounting's minus (增减 △12.50); a △ alone is no amount
  expect(parseAmount('△12.50')).toEqual({ ok: true, value: -12.5 });
  expect(parseAmount('△')).toEqual({ ok: false });
  expect(parseAmount('-3.5')).toEqual({ ok: true, value: -3.5 });
  // the minus sign (U+2212) and the full-width hyphen-minus some fonts print
  expect(parseAmount('\u22123.5')).toEqual({ ok: true, value: -3.5 });
  expect(parseAmount('－3.5')).toEqual({ ok: true, value: -3.5 });
  expect(parseAmount('１２３．４')).toEqual({ ok: true, value: 123.4 });
  expect(parseAmount('合计')).toEqual({ ok: false });
  expect(parseAmount('12.3万元')).toEqual({ ok: false });
});

test('toWanYuan converts 元 without float noise', () => {
  expect(toWanYuan(96282213.44, '元')).toBe(9628.221344);
  expect(toWanYuan(1630.3, '万元')).toBe(1630.3);
  expect(toWanYuan(0.1 + 0.2, '万元')).toBe(0.3);
  // 单位：千元 (thousands of 元)
  expect(toWanYuan(14303, '千元')).toBe(1430.3);
  expect(toWanYuan(2.57, '千元')).toBe(0.257);
});

test('codes: levels, digits, leading code, split 类/款/项', () => {
  expect([codeLevel('201'), codeLevel('20103'), codeLevel('2010303'), codeLevel('2010'), codeLevel(null)]).toEqual([1, 2, 3, null, null]);
  expect(parseCode(' 2010303 ')).toBe('2010303');
  expect(parseCode('合计')).toBeNull();
  // bracketed in a code column of its own, as before a name in one cell
  expect([parseCode('[201]'), parseCode('【2010101】'), parseCode('［30101］')]).toEqual(['201', '2010101', '30101']);
  expect(splitLeadingCode('201 一般公共服务支出')).toEqual({ code: '201', name: '一般公共服务支出' });
  expect(splitLeadingCode('2010303机关服务')).toEqual({ code: '2010303', name: '机关服务' });
  expect(splitLeadingCode('2024年预算')).toBeNull();
  // the name keeps its full-width brackets (北京 06表 p7 "30213-维修（护）费", 广州 "[30213]维修（护）费")
  expect(splitLeadingCode('30213-维修（护）费')).toEqual({ code: '30213', name: '维修（护）费' });
  expect(splitLeadingCode('［３０２１３］维修（护）费')).toEqual({ code: '30213', name: '维修（护）费' });
  expect(joinCodeParts({ lei: '204', kuan: '06', xiang: '01' }, null)).toBe('2040601');
  expect(joinCodeParts({ lei: '204', kuan: null, xiang: null }, null)).toBe('204');
  expect(joinCodeParts({ lei: null, kuan: '06', xiang: null }, '204')).toBe('20406');
  expect(joinCodeParts({ lei: null, kuan: null, xiang: '99' }, '20406')).toBe('2040699');
  expect(joinCodeParts({ lei: null, kuan: null, xiang: null }, '204')).toBeNull();
});

test('code parts printed without their leading zero (301 | 2 津贴补贴) still join', () => {
  expect([parseCodePart('2'), parseCodePart(' 07 '), parseCodePart('无'), parseCode('2')]).toEqual(['2', '07', null, null]);
  expect(joinCodeParts({ lei: '301', kuan: '2', xiang: null }, null)).toBe('30102');
  expect(joinCodeParts({ lei: '204', kuan: '6', xiang: '1' }, null)).toBe('2040601');
  // a 类 is three digits: a row number in the 类 column is no code
  expect(joinCodeParts({ lei: '12', kuan: null, xiang: null }, null)).toBeNull();
});

test('parseTarget: operator, value, unit', () => {
  expect(parseTarget('≥95%')).toEqual({ operator: '>=', value: 95, value_unit: '%' });
  expect(parseTarget('≤500台')).toEqual({ operator: '<=', value: 500, value_unit: '台' });
  // the signs CJK fonts print for ≥ ≤ (西安 项目绩效目标表: ≧95%, ≦60)
  expect(parseTarget('≧95%')).toEqual({ operator: '>=', value: 95, value_unit: '%' });
  expect(parseTarget('≦60')).toEqual({ operator: '<=', value: 60, value_unit: null });
  expect(parseTarget('18元/天/人')).toEqual({ operator: '=', value: 18, value_unit: '元/天/人' });
  expect(parseTarget('1.2毫米')).toEqual({ operator: '=', value: 1.2, value_unit: '毫米' });
  expect(parseTarget('100%')).toEqual({ operator: '=', value: 100, value_unit: '%' });
  expect(parseTarget('2年')).toEqual({ operator: '=', value: 2, value_unit: '年' });
  expect(parseTarget('0')).toEqual({ operator: '=', value: 0, value_unit: null });
  expect(parseTarget('95%以上')).toEqual({ operator: '>=', value: 95, value_unit: '%' });
  expect(parseTarget('不超过14.3万元')).toEqual({ operator: '<=', value: 14.3, value_unit: '万元' });
  expect(parseTarget('＞90％')).toEqual({ operator: '>', value: 90, value_unit: '%' });
  expect(parseTarget('有所提升')).toEqual({ operator: null, value: null, value_unit: null });
  expect(parseTarget(null)).toEqual({ operator: null, value: null, value_unit: null });
});

test('parseTarget: a deadline or a time limit is the latest it may be (北京 12月底前完成, 烟台 9月之前, 西安 3个月内); a date is no number', () => {
  expect(parseTarget('12月底前完成')).toEqual({ operator: '<=', value: 12, value_unit: '月底' });
  expect(parseTarget('12月前')).toEqual({ operator: '<=', value: 12, value_unit: '月' });
  expect(parseTarget('9月之前')).toEqual({ operator: '<=', value: 9, value_unit: '月' });
  expect(parseTarget('3个月内')).toEqual({ operator: '<=', value: 3, value_unit: '个月' });
  expect(parseTarget('5个工作日内办结')).toEqual({ operator: '<=', value: 5, value_unit: '个工作日' });
  expect(parseTarget('2026年11月30日前完成。')).toEqual({ operator: null, value: null, value_unit: null });
  expect(parseTarget('春节前')).toEqual({ operator: null, value: null, value_unit: null });
});

test('splitGoals: one goal per numbered item, the numbers 1. 1、 and 目标1：; a bracketed number numbers an item\'s parts', () => {
  expect(splitGoals('1.通过培训提升能力。2.通过检查规范管理。')).toEqual(['1.通过培训提升能力。', '2.通过检查规范管理。']);
  expect(splitGoals('1、协助组织验证：（1）、组织考试。（2）协助证书核发。2、台站普查。')).toEqual(['1、协助组织验证：（1）、组织考试。（2）协助证书核发。', '2、台站普查。']);
  // 西安 2021 民政局 p. 79: 目标N： after punctuation; 2022 自然资源 p. 97: a cell's lines run together
  expect(splitGoals('目标1：保障基本生活；目标2：提高保障水平。')).toEqual(['目标1：保障基本生活；', '目标2：提高保障水平。']);
  expect(splitGoals('目标1：加快构建新格局目标2：持续提升管控水平')).toEqual(['目标1：加快构建新格局', '目标2：持续提升管控水平']);
  // not numbers: a decimal, a 目标 named inside a goal not numbered so
  expect(splitGoals('将误差控制在1.2毫米以内。')).toEqual(['将误差控制在1.2毫米以内。']);
  expect(splitGoals('完成年度目标2：3的比例调整。')).toEqual(['完成年度目标2：3的比例调整。']);
});
