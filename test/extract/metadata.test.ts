// Department metadata from the places templates print it, validated as an organization name.
// Texts as printed in ../shared/corpus (pdftotext -layout) and the examples.
import { regionCodeByName } from '../../src/catalogue/divisions.js';
import { extractMetadata } from '../../src/extract/metadata.js';
import type { Block, DocumentModel } from '../../src/model/document.js';
import { section } from './section.js';

const model = (texts: string[]): DocumentModel => ({
  format: 'pdf',
  pages: 1,
  warnings: [],
  blocks: texts.map((text): Block => ({ kind: 'paragraph', text, level: null, page: 1 })),
});
const titled = (title: string, top: string[] = ['项目', '预算数']) => ({ ...section('income_expenditure_summary', [top]), title });
const meta = (texts: string[], sections: ReturnType<typeof titled>[], source = 'x.pdf') => extractMetadata(model(texts), source, sections, [], []);

test('a department printed only inside the table titles (2018年度XX省XX院收支预算总表)', () => {
  const m = meta([], [titled('2018年度江苏省人民检察院收支预算总表'), titled('公开02表 2018年度江苏省人民检察院收入预算总表')]);
  expect([m.department_name, m.metadata_sources.department, m.region_code]).toEqual(['江苏省人民检察院', 'table_title', '320000']);
});

test('a cell that is not an organization is never the department: a unit of measure, a list of meetings', () => {
  // a LibreOffice PDF put "442 | 平方米" where the coded department line is; 北京 a "培训会、评审会、总结会" cell
  const s = { ...section('fixed_assets', [['442平方米'], ['2026培训会、评审会、总结会']]), title: '部门固定资产占用情况表' };
  const m = meta(['青龙满族自治县机关事务服务中心2024年部门预算'], [s]);
  expect([m.department_code, m.department_name, m.metadata_sources.department]).toEqual([null, '青龙满族自治县机关事务服务中心', 'title']);
});

test('the file name names the department when the document does not (北京 附件2 报表 files)', () => {
  const m = meta([], [titled('预算01表收支总表')], 'corpus/北京-北京-9c14713d-审计局_附件2：北京市审计局2026年度部门预算报表.pdf');
  expect([m.department_name, m.metadata_sources.department, m.region_code]).toEqual(['北京市审计局', 'file_name', '110000']);
});

test('a collection\'s prefix before the file\'s own name, and the department after the year in it (2026年北京市人民政府办公厅部门预算, a 情况说明 naming it in no title)', () => {
  const m = meta(['第一部分 2026 年度部门预算情况说明'], [], 'corpus/北京-北京-fcf1d639-2026年北京市人民政府办公厅部门预算.pdf');
  expect([m.department_name, m.metadata_sources.department, m.region_code]).toEqual(['北京市人民政府办公厅', 'file_name', '110000']);
});

test('a unit printed with its other name in brackets is an organization (上海 单位预算: 预算单位：上海市统计和大数据研究院（上海市统计数据管理中心）)', () => {
  const m = meta(['上海市2026年市级单位预算', '预算单位：上海市统计和大数据研究院（上海市统计数据管理中心）'], []);
  expect([m.department_name, m.metadata_sources.department, m.disclosure_kind]).toEqual(['上海市统计和大数据研究院(上海市统计数据管理中心)', 'cover', 'unit_budget']);
});

test('（本级）/（汇总） are the scope, not part of the name (无锡)', () => {
  expect(meta(['无锡市交通运输局（本级）2026年部门预算'], []).department_name).toBe('无锡市交通运输局');
  expect(meta(['无锡市交通运输局（本级）2026年部门预算'], []).scope).toBe('own_level');
  expect(meta(['无锡市教育局（汇总）2026年部门预算'], []).scope).toBe('consolidated');
  expect(meta(['无锡市教育局2026年部门预算'], []).scope).toBeNull();
});

test('two places naming different departments: the most explicit kept, a METADATA_DISAGREES warning', () => {
  const m = meta(['部门名称：湖州市财政局'], [titled('2026年湖州市交通运输局收支预算总表')]);
  expect(m.department_name).toBe('湖州市财政局');
  expect(m.warnings.map((w) => w.code)).toEqual(['METADATA_DISAGREES']);
  // a longer form of the same name is no disagreement
  expect(meta(['部门名称：审计局'], [titled('北京市审计局收支总表')]).warnings).toEqual([]);
});

test('a code joined to the name by a dash above every table (湖州 2026: "341-湖州市财政局  单位：万元")', () => {
  const m = meta([], [{ ...titled('2026年市级部门收支预算总表'), preamble: ['341-湖州市财政局 单位：万元'] }]);
  expect([m.department_code, m.department_name]).toEqual(['341', '湖州市财政局']);
});

test('a unit\'s own disclosure is unit_budget; 预算单位： on a department budget is not (上海, 无锡 单位预算公开)', () => {
  const kind = (texts: string[]) => meta(texts, [titled('收支总表')]).disclosure_kind;
  expect(kind(['上海市2026年市级单位预算', '预算单位：上海市文物保护研究中心'])).toBe('unit_budget');
  expect(kind(['2026 年度', '无锡市应急管理综合行政执法监督局', '单位预算公开'])).toBe('unit_budget');
  expect(kind(['2026年上海市民政局部门预算', '预算单位：上海市民政局'])).toBe('department_budget');
  expect(kind(['预算单位：上海市民政局', '2026年部门预算'])).toBe('department_budget');
  // the tables say which account it is: 决算 tables make a final account whatever the title or file name says
  const finalKind = (texts: string[]) => meta(texts, [{ ...section('final_income_expenditure_summary', [['项目', '决算数']]), title: '收入支出决算总表' }]).disclosure_kind;
  expect(finalKind(['西南大学2023年度部门决算'])).toBe('department_final_account');
  expect(finalKind(['某某中心2023年度单位决算'])).toBe('unit_final_account');
  expect(finalKind(['2026年佛山市交通运输局部门预算'])).toBe('department_final_account'); // 佛山 files its 2019 决算 so
  // with no table located, the title decides (a narrative part)
  expect(meta(['国家信访局2024年度部门决算'], []).disclosure_kind).toBe('department_final_account');
});

test('部门（单位）名称： and 部门（单位）： name the department; a 街道 is an organization (templates outside the corpus)', () => {
  const m = meta(['部门（单位）名称：某某区某某街道'], [titled('部门收支总表')]);
  expect([m.department_name, m.metadata_sources.department]).toEqual(['某某区某某街道', 'cover']);
  expect(meta(['部门（单位）：某某县财政局'], [titled('部门收支总表')]).department_name).toBe('某某县财政局');
});

test('several fields on the line above the tables: the code in a field of its own or before the name; 单位： naming the department (templates outside the corpus)', () => {
  const above = (line: string) => {
    const m = meta([], [{ ...titled('部门收支总表'), preamble: [line] }]);
    return [m.department_code, m.department_name, m.metadata_sources.department ?? null];
  };
  expect(above('部门编码：101001 部门名称：南宁市青秀区财政局 单位：万元')).toEqual(['101001', '南宁市青秀区财政局', 'table_preamble']);
  expect(above('编制单位：昆明市五华区教育体育局  金额单位：万元')).toEqual([null, '昆明市五华区教育体育局', 'table_preamble']);
  expect(above('预算单位：[101001]南宁市青秀区财政局 单位：万元')).toEqual(['101001', '南宁市青秀区财政局', 'table_preamble']);
  expect(above('单位：101001-南宁市青秀区财政局  金额单位：万元')).toEqual(['101001', '南宁市青秀区财政局', 'table_preamble']);
  // a unit of measure is no department
  expect(above('单位：万元')).toEqual([null, null, null]);
});

test('short names of people\'s organizations and townships are organizations (妇联, 科协, a 镇 publishing its own budget)', () => {
  expect(meta(['某某市妇联2024年部门预算'], []).department_name).toBe('某某市妇联');
  expect(meta(['某某县科协2024年部门预算'], []).department_name).toBe('某某县科协');
  expect(meta(['部门名称：某某县某某镇'], [titled('部门收支总表')]).department_name).toBe('某某县某某镇');
  // a label ending in 镇 is no name: 城镇 has no name before it
  expect(meta(['部门名称：城镇'], [titled('部门收支总表')]).department_name).toBeNull();
  // a customs district publishes its own budget (central, outside the corpus)
  expect(meta(['广州海关2024年部门预算'], []).department_name).toBe('广州海关');
});

test('a title naming the department after the year (2024年四川省某某县财政局部门预算) gives both (templates outside the corpus)', () => {
  const m = meta(['2024年四川省某某县财政局部门预算'], [titled('部门收支总表')]);
  expect([m.department_name, m.fiscal_year, m.metadata_sources.department, m.metadata_sources.fiscal_year]).toEqual(['四川省某某县财政局', 2024, 'title', 'title']);
  expect(meta(['2024年度西安市雁塔区住房和城乡建设局部门预算'], []).department_name).toBe('西安市雁塔区住房和城乡建设局');
  // no organization between the year and 预算: the year only
  const plain = meta(['2024年市级部门预算'], []);
  expect([plain.department_name, plain.fiscal_year]).toEqual([null, 2024]);
});

test('a cover\'s name line under its year line, and a year in Chinese numerals (二〇二四年部门预算)', () => {
  const m = meta(['2024年部门预算', '某某县财政局', '二〇二四年三月'], [titled('部门收支总表')]);
  expect([m.department_name, m.fiscal_year, m.metadata_sources.department]).toEqual(['某某县财政局', 2024, 'cover']);
  const n = meta(['某某县财政局', '二〇二四年部门预算'], []);
  expect([n.department_name, n.fiscal_year]).toEqual(['某某县财政局', 2024]);
  expect(meta(['二零二五年度部门预算'], []).fiscal_year).toBe(2025);
  // a date is no year of the budget
  expect(meta(['二〇二四年三月'], []).fiscal_year).toBeNull();
});

test('陕西\'s 部门综合预算: the year and department of its titles; a cover whose lines run together with no break between its fields', () => {
  // 西安市发展和改革委员会 2019 (filed in the collection as a 2026 部门预算): the file name's year is not the document's
  const m = meta(['西安市发展和改革委员会2019年部门综合预算说明'], [], 'x-西安-33b3226e-发展和改革局_2026年部门预算.pdf');
  expect([m.department_name, m.fiscal_year, m.metadata_sources.fiscal_year]).toEqual(['西安市发展和改革委员会', 2019, 'title']);
  // 西安市安全生产监督管理局 2019's cover: 部门名称：…, 保密审查情况：…, 部门主要负责人审签情况：… read as one line
  const c = meta(['附件2', '2019年部门综合预算公开报表', '部门名称：西安市安全生产监督管理局保密审查情况：不设密黄会强部门主要负责人审签情况：黄会强'], [], 'x-应急管理局_2026年部门预算.pdf');
  expect([c.department_name, c.fiscal_year, c.metadata_sources.department]).toEqual(['西安市安全生产监督管理局', 2019, 'cover']);
});

test('a unit\'s own budget is the unit\'s: the 主管部门 its 绩效目标表s name is the department above it (福州, outside the corpus)', () => {
  const targets = { ...section('project_performance', [['项目名称', '城市交通设施'], ['主管部门', '福州市公安局', '实施单位', '福州市公安局交通管理支队']]), title: '城市交通设施项目绩效目标表' };
  const unit = meta(['2026年度福州市公安局治安管理支队单位预算'], [titled('2026年度收支预算总表'), targets]);
  expect([unit.department_name, unit.disclosure_kind, unit.metadata_sources.department]).toEqual(['福州市公安局治安管理支队', 'unit_budget', 'title']);
  // in a department's own budget the 主管部门 is the department itself, printed above its tables
  const department = meta(['2026年度福州市公安局部门预算'], [titled('2026年度收支预算总表'), targets]);
  expect([department.department_name, department.metadata_sources.department]).toEqual(['福州市公安局', 'table_preamble']);
});

test('a name printed without its place over every table is given it where the title prints it (湖州 退役军人事务局 2026: "511-退役军人事务局  单位：万元", pdftotext p. 17)', () => {
  const preamble = (text: string) => ({ ...titled('2026年市级部门收支预算总表'), preamble: [text] });
  const m = meta(['2026年湖州市退役军人事务局部门预算'], [preamble('511-退役军人事务局 单位：万元'), preamble('511-退役军人事务局 单位：万元')]);
  expect([m.department_code, m.department_name, m.region_code, m.metadata_sources['department']]).toEqual(['511', '湖州市退役军人事务局', '330500', 'table_preamble+title']);
  expect(m.warnings).toEqual([]);
  // a longer name that goes on after it is another organization (a unit of the department), not its full name
  const unit = meta(['2026年湖州市财政局国库支付中心单位预算'], [preamble('341-财政局 单位：万元')]);
  expect(unit.department_name).toBe('财政局');
});

test('a 说明 naming its department nowhere but in its text: the first sentence opening on an organization (北京市气象局 2026 情况说明, pdftotext p. 3; 西安市气象局 2022 p. 6)', () => {
  const contents = ['第一部分 2026 年度部门预算情况说明', '一、部门情况说明', '二、收入预算情况说明', '一、部门情况说明', '（一）本部门职责情况'];
  const beijing = meta([...contents, '北京市气象局属于公益性事业单位，职责是制定地方气象事业发展规划；依法保护气象探测环境'], []);
  expect([beijing.department_name, beijing.region_code, beijing.metadata_sources['department']]).toEqual(['北京市气象局', '110000', 'text']);
  const xian = meta(['（二）机构设置', '西安市气象局属于双管部门，实行双重计划财务体制，由中央财政与地方财政共同负担。'], []);
  expect(xian.department_name).toBe('西安市气象局');
  // where another place names it, a sentence on another organization (a unit) is no candidate nor a disagreement
  const titled = meta(['2026年上海市医疗保障局部门预算', '上海市医疗保险事业管理中心是本部门所属事业单位'], []);
  expect([titled.department_name, titled.warnings]).toEqual(['上海市医疗保障局', []]);
  // 系统 (the bureau's system) is no verb
  expect(meta(['深圳市审计局系统包括：深圳市审计局（本级）共1家基层预算单位'], []).department_name).toBeNull();
});

test('a project\'s 绩效目标表 is prefixed by the project\'s name, never a department; a 部门整体 one by the department (西安 卫生健康委员会 2022, pdftotext p. 122)', () => {
  const coded = { ...titled('2026年市级部门收支预算总表'), preamble: ['单位名称：西安市卫生健康委员会 单位：元'] };
  const m = meta([], [coded, titled('西安市级市九院沿线卫生所补助项目绩效自评表')]);
  expect([m.department_name, m.warnings]).toEqual(['西安市卫生健康委员会', []]);
  expect(meta([], [titled('北京市审计局部门整体支出绩效目标表')]).department_name).toBe('北京市审计局');
});

test('region codes of city and district departments in provinces outside the corpus; a district is not the city of its name', () => {
  const region = (name: string) => regionCodeByName(name);
  expect(region('成都市武侯区教育局')).toBe('510107');
  expect(region('中共成都市委宣传部')).toBe('510100');
  expect(region('昆明市五华区财政局')).toBe('530102');
  expect(region('云南省教育厅')).toBe('530000');
  // 朝阳区 is a district of 北京 and of 长春, and no part of 辽宁's 朝阳市: without its city, no region
  expect(region('北京市朝阳区教育委员会')).toBe('110105');
  expect(region('长春市朝阳区财政局')).toBe('220104');
  expect(region('朝阳区教育委员会')).toBeNull();
  expect(region('朝阳市教育局')).toBe('211300');
});
