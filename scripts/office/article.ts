// A document model written as the article page of a county portal, as old portals serve it:
// GBK, the site's navigation and breadcrumb around a one-column layout table holding the
// article, paragraphs as <p> (titles centred, no heading tags), the tables as <table> with
// rowspan/colspan and <br> between a cell's lines, a footer.
import type { Block, DocumentModel, TableBlock } from '../../src/model/document.js';
import { gbk } from '../gbk.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function table(t: TableBlock): string {
  const rows = t.rows.map((row) => {
    const cells = row.filter((c) => c.origin === null).map((c) => {
      const spans = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '') + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '');
      return `<td${spans} style="border:1px solid #000">${c.text.split('\n').map(esc).join('<br>')}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table cellspacing="0" cellpadding="2" style="border-collapse:collapse">\n${rows.join('\n')}\n</table>`;
}

const block = (b: Block): string =>
  b.kind === 'table' ? table(b) : b.kind === 'heading' ? `<p align="center"><strong>${esc(b.text)}</strong></p>` : `<p style="text-indent:2em">${esc(b.text)}</p>`;

export function articleHtml(model: DocumentModel, title: string): Buffer {
  const page = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(title)}</title>
<script type="text/javascript">var siteId = 12;</script>
<style>td { font-size: 12px; }</style>
</head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/yjsgk/">预决算公开</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/yjsgk/">预决算公开</a></div>
<table width="960" align="center"><tr><td class="article">
<p align="center"><font size="4"><b>${esc(title)}</b></font></p>
<div class="info">发布时间：2024-02-01&nbsp;&nbsp;来源：县财政局</div>
${model.blocks.map(block).join('\n')}
</td></tr></table>
<div class="footer">版权所有：青龙满族自治县人民政府&nbsp;&nbsp;冀ICP备00000000号</div>
</body>
</html>
`;
  return gbk(page);
}
