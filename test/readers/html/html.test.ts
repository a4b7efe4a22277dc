// The HTML reader: a portal's article page (GBK, layout tables, navigation) and tables a
// system saved as HTML under an .xls name, into the document model.
import { readHtml, readMhtml } from '../../../src/readers/html/index.js';
import type { Block } from '../../../src/model/document.js';
import { gbk } from '../../../scripts/gbk.js';

const view = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === 'table' ? b.rows.map((row) => row.map((c) => (c.origin ? '^' : c.text))) : `${b.kind}: ${b.text}`));

test('an article page in GBK: its text in order, the layout table walked, the data table read with its spans and lines (alignment spaces dropped, as cleanText does)', () => {
  const page = gbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>预算</title>
<script>var a = "<table>";</script><style>p { color: red }</style></head><body>
<ul><li><a href="/">首页</a></li></ul>
<table width="960"><tr><td>
<p align="center"><b>某某县财政局2024年部门预算</b></p>
<p>一、部门收支总表</p>
<table><tr><td colspan="2">收入</td><td>支出</td></tr>
<tr><td rowspan="2">一般公共<br>预算拨款</td><td>100.00</td><td>一般公共服务支出</td></tr>
<tr><td>&nbsp;</td><td>教育  支出</td></tr></table>
<p>注：本表无数据。</p>
</td></tr></table>
<div>版权所有</div></body></html>`);
  const model = readHtml(page);
  expect(model.format).toBe('html');
  // the menu's link (首页) is the portal's navigation, not the document's text
  expect(view(model.blocks)).toEqual([
    'paragraph: 某某县财政局2024年部门预算',
    'paragraph: 一、部门收支总表',
    [
      ['收入', '^', '支出'],
      ['一般公共\n预算拨款', '100.00', '一般公共服务支出'],
      ['^', '', '教育支出'],
    ],
    'paragraph: 注：本表无数据。',
    'paragraph: 版权所有',
  ]);
});

test('tables saved as HTML under an .xls name: the title and unit rows printed across the table are paragraphs, stacked tables come apart', () => {
  const html = `<html><body><table>
<tr><td colspan="3">部门收支总表</td></tr>
<tr><td colspan="3">单位：万元</td></tr>
<tr><td>项目</td><td>预算数</td><td>备注</td></tr>
<tr><td>一般公共服务支出</td><td>10.00</td><td></td></tr>
<tr><td colspan="3">“三公”经费支出表</td></tr>
<tr><td>项目</td><td>合计</td><td></td></tr>
<tr><td>公务接待费</td><td>1.00</td><td></td></tr>
</table></body></html>`;
  expect(view(readHtml(Buffer.from(html)).blocks)).toEqual([
    'paragraph: 部门收支总表',
    'paragraph: 单位：万元',
    [
      ['项目', '预算数', '备注'],
      ['一般公共服务支出', '10.00', ''],
    ],
    'paragraph: “三公”经费支出表',
    [
      ['项目', '合计'],
      ['公务接待费', '1.00'],
    ],
  ]);
});

test('a portal\'s article with no table of data (昆明市审计局\'s 编制说明, its tables attached): its text read, paragraphs of links only (menus, breadcrumb) left out', () => {
  const page = Buffer.from(`<html><body><div><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政府信息公开</a></li></ul></div>
<div>当前位置: <a href="/">首页</a>/<a href="/czyjs">财政预决算</a></div>
<table><tr><td><h3>昆明市审计局（汇总）2026年预算公开</h3>
<p>来源: 昆明市审计局 2026-02-12</p>
<p><a href="#_Toc1">四、预算单位支出情况</a></p>
<p><a name="_Toc1">四、预算单位支出情况</a></p>
<p>2026年单位预算总支出154,991,108.01元。</p>
<p><a href="/upload/4174854.xlsx">昆明市审计局（汇总）2026年部门预算公开表.xlsx</a></p></td></tr></table>
<div><a href="/about">关于我们</a> | <a href="/map">网站地图</a></div></body></html>`);
  expect(view(readHtml(page).blocks)).toEqual([
    'paragraph: 当前位置:首页/财政预决算',
    'heading: 昆明市审计局（汇总）2026年预算公开',
    'paragraph: 来源:昆明市审计局2026-02-12',
    // a contents entry pointing into the page and a bookmark (Word's HTML wraps its headings so) lead nowhere else: the document's text
    'paragraph: 四、预算单位支出情况',
    'paragraph: 四、预算单位支出情况',
    'paragraph: 2026年单位预算总支出154,991,108.01元。',
  ]);
});

test('MHTML (a page Excel or Word saved as one file): its HTML part found after other parts, base64 in its charset, read as a page', () => {
  const page = gbk('<html><body><p>部门收支总表</p><table><tr><td>收入</td><td>支出</td></tr><tr><td>100.00</td><td>200.00</td></tr></table></body></html>');
  const mht = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="----=_NextPart_A"',
    '',
    '------=_NextPart_A',
    'Content-Location: file:///C:/sheet001_files/image001.png',
    'Content-Transfer-Encoding: base64',
    'Content-Type: image/png',
    '',
    'iVBORw0KGgo=',
    '------=_NextPart_A',
    'Content-Location: file:///C:/sheet001.htm',
    'Content-Transfer-Encoding: base64',
    'Content-Type: text/html; charset="gb2312"',
    '',
    ...(page.toString('base64').match(/.{1,76}/g) ?? []),
    '------=_NextPart_A--',
    '',
  ].join('\r\n');
  const model = readMhtml(Buffer.from(mht, 'latin1'));
  expect(model.format).toBe('mhtml');
  expect(view(model.blocks)).toEqual(['paragraph: 部门收支总表', [['收入', '支出'], ['100.00', '200.00']]]);
  expect(() => readMhtml(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n', 'latin1'))).toThrow(
    /holds no HTML part/,
  );
});
