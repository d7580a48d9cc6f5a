<#ftl output_format="HTML" encoding="UTF-8">
<#-- Biên bản hủy tài liệu hết giá trị / Mục lục hồ sơ nộp lưu, written from the audit register's entries of one decision. -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<#if action == "DESTROY">
<title>Biên bản hủy tài liệu hết giá trị — Certificate of destruction</title>
<#else>
<title>Mục lục hồ sơ nộp lưu — Transfer list</title>
</#if>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
  th { background: #e8e8e8; }
</style>
</head>
<body>
<#if action == "DESTROY">
<h1>Biên bản hủy tài liệu hết giá trị</h1>
<p><em>Certificate of destruction of records past retention</em></p>
<#else>
<h1>Mục lục hồ sơ nộp lưu</h1>
<p><em>List of files transferred to the historical archive</em></p>
</#if>
<p>Căn cứ Quyết định số ${number} ngày ${date} của Hội đồng xác định giá trị tài liệu — under decision ${number} of ${date} of the appraisal council.</p>
<p>Thành phần Hội đồng / Council members:</p>
<ul>
<#list members as member><li>${member}</li></#list>
</ul>
<table>
<thead>
<tr><th>STT<br>No.</th><th>Số và ký hiệu hồ sơ<br>File code</th><th>Tiêu đề hồ sơ<br>Title</th><th>Năm<br>Year</th>
<th>Thời hạn bảo quản<br>Retention</th><th>Số văn bản<br>Records</th><th>Kết quả<br>Outcome</th><th>Thời điểm<br>At</th><th>Ghi chú<br>Notes</th></tr>
</thead>
<tbody>
<#list rows as row>
<tr><td>${row?counter}</td><td>${row.FileCode}</td><td>${row.Title}</td><td>${row.FileYear}</td><td>${row.Retention}</td>
<td>${row.RecordCount}</td><td><#if row.Event == "DESTROYED">Đã hủy / destroyed<#elseif row.Event == "TRANSFERRED">Đã nộp lưu / transferred<#else>Không hủy (tạm giữ) / not destroyed (legal hold)</#if></td><td>${row.At}</td><td><#if row.Event == "CANCELLED">${row.Detail}</#if></td></tr>
</#list>
</tbody>
</table>
<p>Lập ngày / made on ${made}.</p>
</body>
</html>
