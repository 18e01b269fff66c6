/**
 * The page's only stylesheet, inlined: no font, image or script is fetched. System fonts; text
 * colours at least 7:1 on their backgrounds (WCAG AAA for body text), state colours doubled by a
 * symbol and a word; tables shrink and wrap to fit a 375 px phone without sideways scrolling.
 */
export const STATUS_PAGE_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:960px;margin:0 auto;padding:12px 14px}
h1{font-size:1.5rem;margin:.4rem 0}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #d0d0d0;padding-bottom:.2rem}
p{margin:.4rem 0}
a{color:#0b4fa8}
a:focus-visible{outline:3px solid #0b4fa8;outline-offset:2px}
.overall{font-weight:600;padding:.5rem .7rem;border-radius:6px;border:1px solid}
.overall.operational{color:#0f5323;background:#eaf6ec;border-color:#0f5323}
.overall.degraded{color:#8a0f1f;background:#fdecee;border-color:#8a0f1f}
.overall.unknown{color:#3d3d3d;background:#f2f2f2;border-color:#3d3d3d}
.muted{color:#4a4a4a}
.table-wrap{max-width:100%;overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;color:#4a4a4a;padding:.2rem 0;font-size:.85rem}
th,td{padding:.35rem .4rem;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:top}
th{font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
.nowrap{white-space:nowrap}
.name{overflow-wrap:anywhere}
.kind{display:block;color:#4a4a4a;font-size:.8rem}
.up{color:#0f5323;font-weight:600;white-space:nowrap}
.down{color:#8a0f1f;font-weight:600;white-space:nowrap}
.unknown,.ok{color:#3d3d3d;white-space:nowrap}
.soon{color:#6b3a00;font-weight:600}
.expired{color:#8a0f1f;font-weight:600}
.spark{display:block;fill:none;stroke:#0b4fa8;stroke-width:1.6}
.spark circle{fill:#0b4fa8;stroke:none}
ul.incidents{padding-left:1.1rem}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem}
@media (max-width:480px){body{font-size:14px}table{font-size:.82rem}th,td{padding:.3rem .25rem}}
`;
