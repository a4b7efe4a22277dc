import { extractFigures } from '../../src/validate/narrative/figures.js';
import { SEED_NARRATIVE } from './seed-narrative.js';

const figures = (...paragraphs: string[]) => extractFigures(paragraphs).map(({ key, value }) => [key, value]);

describe('the seed 说明 paragraphs', () => {
  test('收入说明: total, each source and the carry-over', () => {
    expect(
      figures(
        '反映本部门当年全部收入。2024年预算收入1630.30万元，其中：一般公共预算收入1038.81万元，基金预算收入200.00万元，国有资本经营预算收入0.00万元，财政专户核拨收入0.00万元，单位资金收入0.00万元，上年结转结余391.49万元。',
      ),
    ).toEqual([
      ['income_total', 1630.3],
      ['general_public_budget_income', 1038.81],
      ['government_fund_income', 200],
      ['state_capital_income', 0],
      ['fiscal_special_account_income', 0],
      ['unit_funds_income', 0],
      ['prior_year_carryover', 391.49],
    ]);
  });

  test('支出说明: 基本支出 with 人员经费 and 日常公用经费, 项目支出', () => {
    expect(
      figures('2024年支出预算1630.30万元，其中基本支出1294.19万元，包括人员经费275.16万元和日常公用经费1019.03万元；项目支出336.11万元，主要为项目支出主要是后勤管理服务项目资金。'),
    ).toEqual([
      ['expenditure_total', 1630.3],
      ['basic_expenditure', 1294.19],
      ['personnel_expenses', 275.16],
      ['public_expenses', 1019.03],
      ['project_expenditure', 336.11],
    ]);
  });

  test('比上年增减: the year-on-year changes are not this year’s amounts', () => {
    expect(
      figures('2024年预算收支安排1630.30万元，较2023年预算增加15.99万元，其中：基本支出增加137.25万元，主要为物业费支出增加。项目支出减少121.26万元，主要为后勤管理服务项目资金预算减少。'),
    ).toEqual([['income_expenditure_total', 1630.3]]);
  });

  test('机关运行经费: the total, not the 公务用车运行维护费 listed inside it', () => {
    expect(
      figures('2024年，我部门机关运行经费共计安排1019.03万元，主要用于办公费2.52万元、邮电费1.4万元、公务用车运行维护费1.3万元、差旅费0.1万元。'),
    ).toEqual([['office_operation', 1019.03]]);
  });

  test('三公: total and items; 公务接待费 is 0.00, not the 同比减少0.2', () => {
    const text = SEED_NARRATIVE.find((p) => p.startsWith('2024年，我部门财政拨款“三公”经费'))!;
    expect(figures(text)).toEqual([
      ['three_public_total', 1.3],
      ['overseas_travel', 0],
      ['vehicle_total', 1.3],
      ['vehicle_purchase', 0],
      ['vehicle_operation', 1.3],
      ['reception', 0],
    ]);
  });

  test('the whole seed narrative: 20 figures, and none from 职责, 绩效, 资产 or 名词解释', () => {
    const all = extractFigures(SEED_NARRATIVE);
    expect(all).toHaveLength(20);
    expect(new Set(all.map((f) => f.paragraph)).size).toBe(5);
    expect(all.map((f) => f.value)).not.toContain(0.2);
    expect(all.map((f) => f.value)).not.toContain(15210.53);
  });

  test('a figure keeps its text and the text’s own rounding', () => {
    const [f] = extractFigures(['机关运行经费共计安排1019.03万元']);
    expect(f).toEqual({ key: 'office_operation', value: 1019.03, text: '机关运行经费共计安排1019.03万元', paragraph: 0, halfUnit: 0.005 });
    expect(extractFigures(['公务接待费4万元'])[0]!.halfUnit).toBe(0.5);
  });
});

describe('other provinces’ wording', () => {
  test('Shanghai: 三公 items with 预算数为, 0万元 and 持平', () => {
    expect(
      figures(
        '2026年“三公”经费预算数为10.81万元，比2025年预算持平。其中：',
        '（一）因公出国（境）费0万元，与2025年预算持平，主要原因是因公出国（境）无变化。',
        '（二）公务用车购置及运行费9.98万元，与2025年预算持平。其中：公务用车购置费0万元，与2025年预算持平；公务用车运行费9.98万元，与2025年预算持平。',
        '（三）公务接待费0.83万元。与2025年预算持平，主要原因是公务接待无变化。',
      ),
    ).toEqual([
      ['three_public_total', 10.81],
      ['overseas_travel', 0],
      ['vehicle_total', 9.98],
      ['vehicle_purchase', 0],
      ['vehicle_operation', 9.98],
      ['reception', 0.83],
    ]);
  });

  test('Shanghai: 财政拨款支出预算 is not the department total; 比…增加 is not a figure', () => {
    expect(
      figures(
        '2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2026年预算增加793.14万元；事业收入0万元。',
        '支出预算9628.22万元，其中：财政拨款支出预算9628.22万元，比2026年预算增加793.14万元。',
      ),
    ).toEqual([
      ['income_total', 9628.22],
      ['expenditure_total', 9628.22],
    ]);
  });

  test('Jiangsu: spaced PDF text, thousands separators, 财政拨款基本支出, shares in %', () => {
    expect(
      figures(
        '此外，基本支出预算数为 13,994.31 万元。与上年相比增加 1,670.85 万元，增长 13.56 %。',
        '省检察院 2018 年度财政拨款基本支出预算 13,979.92 万元。其中：',
        '（一）人员经费 11,257.35 万元。主要包括：基本工资、津贴补贴。',
        '因公出国（境）费支出 100 万元，占“三公”经费的 20.65 %；公务接待费支出 116.5 万元，占“三公”经费的 24 %。',
      ),
    ).toEqual([
      ['basic_expenditure', 13994.31],
      ['fiscal_basic_expenditure', 13979.92],
      ['personnel_expenses', 11257.35],
      ['overseas_travel', 100],
      ['reception', 116.5],
    ]);
  });

  test('class-level figures are not department totals', () => {
    expect(figures('1、公共安全支出（204类）司法（06款）行政运行（01项）项目支出1672.67万元。')).toEqual([]);
    // 上海市工业和信息化局 2026: a 科目's clause names its own 人员经费 and 公用经费
    expect(figures('2.“农林水支出”科目83万元，主要用于主要用于人员经费18万元、公用经费58万元、项目支出7万元。')).toEqual([]);
    // a class named by its code in brackets (西南大学 2023: 1.小学教育（2050202），…; 西安市民政局 2026 below)
    expect(figures('1.小学教育（2050202）项目支出555.50万元，基本支出9,076.18万元。')).toEqual([]);
    // its parts listed with semicolons (西安市人力资源和社会保障局 2020 p. 13): each the class's
    expect(figures('对事业单位经常性补助（505）2945.22万元，其中：人员经费1903.54万元，较上年增加226.87万元，属正常变化；公用经费75.66万元，较上年减少0.78万元，属正常变化；专项业务经费966.02万元。')).toEqual([]);
    // a department's figures after a semicolon are still its own
    expect(figures('本部门2020年收入预算182066.56万元；支出预算182066.56万元。')).toEqual([
      ['income_total', 182066.56],
      ['expenditure_total', 182066.56],
    ]);
  });

  test('a sentence going on about the one before (具体为：…) has that sentence\'s subject', () => {
    // 西安市民政局 2026: the 人员经费 and 公用经费 of one 款, in the sentence after the one naming it
    expect(
      figures('（3）行政事业单位养老支出（20805）705.90万元，较上年减少7.45万元，主要原因是我局下属单位人员变动。具体为：人员经费675.90万元，较上年减少37.45万元；公用经费0.00万元，较上年无变化；专项业务经费30.00万元。'),
    ).toEqual([]);
    // the department's own total, broken down the same way, is still read
    expect(figures('2026年部门支出预算15184.81万元。具体为：基本支出5915.38万元、项目支出9269.43万元。')).toEqual([
      ['expenditure_total', 15184.81],
      ['basic_expenditure', 5915.38],
      ['project_expenditure', 9269.43],
    ]);
  });

  test('what an unlabelled item includes is its parts, not the department\'s figures; a year\'s 预算数 names no item', () => {
    // 深圳市信访局 2026 p. 6: a project's amount, then what it includes
    expect(figures('2.信访大厅运行603.84万元，主要包括：大厅保安和安检服务项目支出328.69万元，用于市信访大厅安检。')).toEqual([]);
    // 北京市审计局 2026: 2026年预算数 is the vehicle total the sentence before named; its parts are labelled
    expect(figures('2026年预算数65.33万元，包括公务用车购置费预算37.38万元、公务用车运行维护费预算27.95万元。')).toEqual([
      ['vehicle_purchase', 37.38],
      ['vehicle_operation', 27.95],
    ]);
    // a clause about one project (国家信访局 2026)
    expect(figures('2026年拟安排该项目一般公共预算2,134.87万元（含上年结转750.00万元）。')).toEqual([]);
    // a labelled total's breakdown is the department's
    expect(figures('2026年部门支出预算15184.81万元，主要包括：基本支出5915.38万元、项目支出9269.43万元。')).toEqual([
      ['expenditure_total', 15184.81],
      ['basic_expenditure', 5915.38],
      ['project_expenditure', 9269.43],
    ]);
  });

  test('the organization a clause names before its label is kept as the figure\'s subject (本局 is the department: none)', () => {
    const subjects = (p: string) => extractFigures([p]).map(({ key, subject }) => [key, subject ?? null]);
    expect(subjects('深圳市社会保险基金管理局龙华分局部门预算收入5,127.91万元。')).toEqual([['income_total', '深圳市社会保险基金管理局龙华分局']]);
    expect(subjects('本局2026年预算收入1,000.00万元。')).toEqual([['income_total', null]]);
  });

  test('amounts in 元 and 亿元 are converted to 万元', () => {
    expect(figures('收入总计96,282,213.44元', '支出总额1.2亿元')).toEqual([
      ['income_total', 9628.221344],
      ['expenditure_total', 12000],
    ]);
  });

  test('Jiangsu: a label right after a change verb is a change (人大 2017 p23), the plain figure still counts', () => {
    expect(
      figures(
        '江苏省人大常委会办公厅2017年度收入、支出预算总计13649.07万元，与上年相比收、支预算总计各增加844.15万元，增长6.59%。主要原因是政策性增资、住房公积金和提租补贴调整等原因，增加基本支出844.15万元。其中：',
        '此外，基本支出预算数为7666.68万元。与上年相比增加844.15万元，增长12.37%。',
      ),
    ).toEqual([
      ['expenditure_total', 13649.07],
      ['basic_expenditure', 7666.68],
    ]);
    expect(figures('减少了项目支出120万元，调减公用经费3万元；新增人员经费5万元')).toEqual([]);
  });

  test('Jiangsu: X预算支出 is X’s budget, not the total (机关运行经费 in 人大 2017 p28 and 检察院 2018 p29)', () => {
    expect(
      figures(
        '2017年本部门一般公共预算机关运行经费预算支出5619.31万元，比2016年增加4032.99万元，增加254.23%。',
        '2018年本部门一般公共预算机关运行经费预算支出 2,722.57 万元，比上年相比减少 3,309.98 万元，降幅 54.9%。',
      ),
    ).toEqual([
      ['office_operation', 5619.31],
      ['office_operation', 2722.57],
    ]);
  });

  test('Jiangsu: 三公 items, 会议费 and 培训费 with 预算支出 (检察院 2018 p28-29, 人大 2017 p28-29)', () => {
    expect(
      figures(
        '1．因公出国（境）费预算支出 100 万元，与上年预算数相等。',
        '2．公务用车购置及运行费预算支出 267.8 万元。其中：',
        '（2）公务用车运行维护费预算支出 267.8 万元，与上年预算数一致。',
        '3．公务接待费预算支出 116.5 万元，本年数小于上年预算数 40.05 万元，主要是严格贯彻落实中央八项规定作出的选择。',
        '省检察院2018年度一般公共预算拨款安排的会议费预算支出 200.44 万元，比上年预算数增加 32.44 万元。',
        '江苏省人大常委会办公厅2017年度一般公共预算拨款安排的培训费预算支出403.75万元，比上年预算增加403.75万元，原因是从会议费预算中调减403.75万元用于培训费开支。',
      ),
    ).toEqual([
      ['overseas_travel', 100],
      ['vehicle_total', 267.8],
      ['vehicle_operation', 267.8],
      ['reception', 116.5],
      ['meeting', 200.44],
      ['training', 403.75],
    ]);
  });

  test('Jiangsu: a fund’s 收入预算 is the fund’s income, not the total (检察院 2018 p23)', () => {
    expect(
      figures(
        '（一）收入预算总计 21,955.35 万元。包括：',
        '1．财政拨款收入预算总计 21,940.96 万元。其中',
        '（1）一般公共预算收入预算 21,940.96 万元，与上年相比增加 3,959.28 万元，增长 22%。',
        '2．其他资金收入预算总计 14.39 万元。与上年相比减少 0.61 万元。',
      ),
    ).toEqual([
      ['income_total', 21955.35],
      ['general_public_budget_income', 21940.96],
    ]);
  });

  test('Jiangsu: the budget of a kind of spending is not the total (政府性基金, 政府采购; 检察院 2018 p29-30)', () => {
    expect(
      figures(
        '省检察院 2018 年政府性基金支出预算支出 0 万元。',
        '2018 年度政府采购支出预算总额 3,096.24 万元。其中：拟采购货物支出 268 万元、拟购买服务支出 2,828.24 万元。',
        '（二）支出预算总计 21,955.35 万元。包括：',
      ),
    ).toEqual([['expenditure_total', 21955.35]]);
  });
});

// Sentences of ../shared/corpus as pdftotext prints them: labels qualified in their clause
// are other money, and are not compared with the department's totals.
describe('labels qualified by their clause (无锡, 西南大学, 重庆)', () => {
  test('a department total needs the clause subject: 公务用车购置预算支出 and 上年结转结余的…收入 are other money', () => {
    expect(figures('2．公务用车购置及运行维护费预算支出36.58万元。其中：（1）公务用车购置预算支出17.98万元，比上年预算增加17.98万元。')).toEqual([
      ['vehicle_total', 36.58],
    ]);
    expect(figures('本年其他收入0万元，占0%；上年结转结余的一般公共预算收入0万元，占0%；上年结转结余的政府性基金预算收入0万元，占0%。')).toEqual([]);
    expect(figures('我校2021年财政拨款支出预算216,552.53万元，其中教育支出预算数为207,796.18万元，占本年财政拨款的95.96%。')).toEqual([]);
    // the department's name and the year are a subject
    expect(figures('无锡市统计局2026年度收入预算3,210.10万元。')).toEqual([['income_total', 3210.1]]);
    // labels listed with 、 share the first one's subject (西安市卫生健康委员会 2022 决算): 财政拨款's totals, then the department's
    expect(figures('2022年度财政拨款收入总计、支出总计均为864,177.93万元，与上年相比收入总计、支出总计均增加337,874.84万元。')).toEqual([]);
    expect(figures('2022年度收入总计、支出总计均为2,480,372.7万元。')).toEqual([['expenditure_total', 2480372.7]]);
  });

  test('本年收入预算 is this year\'s income, not the total with carry-overs (西南大学 2021)', () => {
    expect(figures('我校2021年收支总预算490,808.40万元，其中本年收入预算390,140.45万元，使用非财政拨款结余19,000.00万元。')).toEqual([
      ['income_expenditure_total', 490808.4],
      ['current_year_income', 390140.45],
    ]);
  });

  test('基本支出 in a section about the appropriation is the appropriation\'s (重庆: 三、财政拨款情况说明)', () => {
    const text = '2026年一般公共预算财政拨款收入12,672.73万元,一般公共预算财政拨款支出12,672.73万元,比2025年增加552.5万元。其中:基本支出5,445.39万元,主要用于保障在职人员工资福利。';
    expect(figures('三、财政拨款情况说明', text)).toContainEqual(['fiscal_basic_expenditure', 5445.39]);
    expect(figures('二、支出预算情况说明', text)).toContainEqual(['basic_expenditure', 5445.39]);
  });

  test('a label after 比/较 and a year is what a figure is compared with, and 执行数 is no budget (北京 国资委 2026)', () => {
    expect(
      figures('国有资本经营预算收入495,836.20万元比2025年初预算数56,831.85增加较多,主要原因是2026年初批复率提高,比2025年预算收入执行数483,923.17万元增加11,913.03万元,增长2.46%。'),
    ).toEqual([['state_capital_income', 495836.2]]);
    expect(figures('2026年收入预算1,000.00万元，较上年预算收入900.00万元增加100.00万元。')).toEqual([['income_total', 1000]]);
  });

  test('a named project\'s 项目支出, 在职人员经费 and what is 非公用经费 are not the department\'s figures (深圳 2026)', () => {
    // 交通运输局 p15: a project's spending, named before the label
    expect(figures('其中,深圳机场T2项目非民航专业工程初步设计评审项目支出304.16万元,民航业领域工作经费5.00万元。')).toEqual([]);
    expect(figures('2026年本部门项目支出304.16万元。')).toEqual([['project_expenditure', 304.16]]);
    // 人力资源和社会保障局 p10: the serving staff's part of 人员经费
    expect(figures('(一)在职人员经费7,557.83万元,主要是在职人员工资福利和社保缴费等相关支出。')).toEqual([]);
    // 生态环境局 p15: property management not paid from 公用经费
    expect(figures('2.物业管理(非公用经费部分)项目预算203.68万元,主要包括租赁费203.68万元。')).toEqual([]);
    expect(figures('(二)公用经费2,665.51万元,主要包括公用综合定额经费、水电费、物业管理费。')).toEqual([['public_expenses', 2665.51]]);
  });

  test('人员经费 in a section on the projects is a project\'s (长春 2026: 八、项目支出情况说明)', () => {
    const text = '2026年长春市信访局项目支出预算474.56万元，2026信访接待中心运行费116万元，信访局临聘人员经费15.56万元。';
    expect(figures('八、项目支出情况说明', text)).toEqual([['project_expenditure', 474.56]]);
    expect(figures('三、支出总表情况说明', '基本支出1208.20万元，其中人员经费997.20万元。')).toEqual([
      ['basic_expenditure', 1208.2],
      ['personnel_expenses', 997.2],
    ]);
  });

  test('a change\'s reasons and a class\'s paragraph state no department figure (西安 2022, pdftotext of 商务局 p. 15 and 科技创新局 p. 17)', () => {
    // 商务局: the training of one 下属 college, inside the reason for the change; the department's own 21.39 still counts
    const training =
      '2022年本部门一般公共预算培训费预算支出21.39万元,较上年增加了1.91万元(9.80%),增加的主要原因是一是市商务局下属全额拨款事业单位西安商贸旅游技师学院2022年新增了各系部青年教师专业培训,以及预备技师班开班后的师资培训费今年预算10.19万元,较上年增加了1.71万元。';
    expect(figures(training)).toEqual([['training', 21.39]]);
    // 科技创新局: a clause starting with its change verb, the unit named between it and the label
    expect(figures('2022年专项业务费增加273.10万元,交通补贴减少16.56万元,日常公用经费增加21.79万元,减少西安市社会科学院日常公用经费65.56万元。')).toEqual([]);
    // a paragraph opening on one class (502): its later sentences are the class's too
    const economic = '②机关商品和服务支出(502)996.33万元,较上年增加212.77万元。2022年专项业务费806.10万元,交通补贴81.08万元,日常公用经费109.15万元。';
    expect(figures(economic)).toEqual([]);
    expect(figures('2022年本部门公用经费109.15万元。')).toEqual([['public_expenses', 109.15]]);
  });

  test('a label in brackets glossing the name before it is that name\'s figure (西安 交通运输局 2022, pdftotext p. 16–17); brackets breaking a figure down still count (广州 司法局 2026 p. 48)', () => {
    expect(figures('(1)行政运行(行政及参公单位基本支出)2678.58万元,较上年减少了176.59万元。')).toEqual([]);
    expect(figures('2022年本部门机关运行经费(公用经费)预算总额为1703.46万元,较上年增加314.25万元。')).toEqual([['office_operation', 1703.46]]);
    expect(figures('公务用车购置及运行维护费346.67万元(公务用车购置费36万元,比上年增加36万元;公务用车运行维护费310.67万元,比上年减少2.56万元。)比上年增加33.44万元,增长10.7%。')).toEqual([
      ['vehicle_total', 346.67],
      ['vehicle_purchase', 36],
      ['vehicle_operation', 310.67],
    ]);
  });

  test('totals named 总收入 / 总支出: 云南\'s 财务总收入 and 预算总支出 (昆明市审计局 2026, the portal\'s article), 广东 决算\'s 年度总收入 (佛山市轨道交通局 2019, pdftotext p. 24); a fund\'s 预算总支出 is not the total', () => {
    expect(figures('佛山市轨道交通局2019年度总收入1668.14万元，其中本年收入1668.14万元。', '佛山市轨道交通局2019年度总支出1668.14万元，其中本年支出1668.14万元。')).toEqual([
      ['income_total', 1668.14],
      ['expenditure_total', 1668.14],
    ]);
    expect(
      figures(
        '2026年单位财务总收入154,991,108.01元，其中：一般公共预算121,884,997.75元，政府性基金0.00元。',
        '2026年单位预算总支出154,991,108.01元。',
        '2026年一般公共预算总支出121,884,997.75元。',
      ),
    ).toEqual([
      ['income_total', 15499.110801],
      ['expenditure_total', 15499.110801],
    ]);
  });

  test('the parts (其中) of a fund\'s figure its sentence opens on are the fund\'s, listed on after a semicolon too (昆明市审计局 2026; 长春市信访局 2026, pdftotext p. 4)', () => {
    expect(
      figures(
        '财政拨款安排支出121,884,997.75元，其中：基本支出101,126,495.75元，与上年对比增加6,221,138.61元，增长6.56%；项目支出20,758,502.00元，与上年对比增加178,046.00元，增长0.87%。',
      ),
    ).toEqual([
      ['fiscal_basic_expenditure', 10112.649575],
      ['fiscal_project_expenditure', 2075.8502],
    ]);
    expect(figures('2026年财政拨款支出1682.76万元，其中基本支出预算1208.20万元，占部门预算总支出的71.80%；项目支出预算474.56万元，占部门预算总支出的28.20%。')).toEqual([
      ['fiscal_basic_expenditure', 1208.2],
      ['fiscal_project_expenditure', 474.56],
    ]);
    // the department's own parts, its sentence naming no fund, stay the department's
    expect(figures('2026年部门预算总支出80,778,193.86元，其中：基本支出56,283,463.64元。')).toEqual([
      ['expenditure_total', 8077.819386],
      ['basic_expenditure', 5628.346364],
    ]);
  });

  test('a sentence opening on a total after a sentence about a fund, or under a 财政拨款 heading, is the fund\'s (西安 人力资源和社会保障局 2020, pdftotext p. 8)', () => {
    expect(figures('本部门财政拨款收入预算总计181807.13万元,全部为一般公共预算拨款。支出预算总计181807.13万元,全部为一般公共预算拨款。')).toEqual([]);
    // a bare total under a 财政拨款 heading likewise, the sentence before it aside
    expect(figures('(二)财政拨款收支情况', '支出预算总计181807.13万元,全部为一般公共预算拨款。')).toEqual([]);
    expect(figures('本部门收入预算总计182157.13万元,支出预算总计182157.13万元。')).toEqual([
      ['income_total', 182157.13],
      ['expenditure_total', 182157.13],
    ]);
  });
});
