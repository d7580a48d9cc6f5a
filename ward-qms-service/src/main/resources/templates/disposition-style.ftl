<#ftl output_format="HTML" encoding="UTF-8">
<#-- Shared by the disposition papers: page style and the national heading (quốc hiệu, tiêu ngữ) beside the body's name. -->
<style>
  body { font-family: "DejaVu Serif", "Times New Roman", serif; font-size: 12pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
  th { background: #e8e8e8; }
  table.heading td, table.signatures td { border: none; text-align: center; width: 50%; }
  .blank { color: #666; }
  .late { border: 2px solid #a00; padding: 6px; }
  h1 { text-align: center; font-size: 14pt; margin-bottom: 0; }
  h1 + p.sub { text-align: center; margin-top: 2px; }
</style>
</head>
<body>
<table class="heading">
<tr><td><strong>${organisation}</strong></td><td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
</table>
