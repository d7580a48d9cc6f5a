<#ftl output_format="HTML" encoding="UTF-8">
<#-- Mục lục hồ sơ nộp lưu: the files transferred to the historical archive under one decision, from the audit register. -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>Mục lục hồ sơ nộp lưu — Transfer list</title>
<#include "disposition-style.ftl">
<h1>MỤC LỤC HỒ SƠ NỘP LƯU</h1>
<p class="sub"><em>List of files transferred to the historical archive</em></p>
<p>Căn cứ Quyết định số ${number} ngày ${date} của ${signerTitle} ${authority} — under decision ${number} of ${date}.</p>
<table>
<thead>
<tr><th>STT<br>No.</th><th>Số, ký hiệu hồ sơ<br>File code</th><th>Tiêu đề hồ sơ<br>Title</th><th>Thời gian tài liệu<br>Year</th>
<th>Thời hạn lưu trữ<br>Retention</th><th>Số lượng văn bản<br>Records</th><th>Kết quả<br>Outcome</th><th>Ghi chú<br>Notes</th></tr>
</thead>
<tbody>
<#list done + left as row>
<tr><td>${row?counter}</td><td>${row.FileCode}</td><td>${row.Title}</td><td>${row.FileYear}</td><td>${row.Retention}</td>
<td>${row.RecordCount}</td><td><#if row.Event == "TRANSFERRED">Đã nộp lưu / transferred<#else>Không nộp lưu / not transferred</#if></td><td><#if row.Event == "CANCELLED">${row.Detail}</#if></td></tr>
</#list>
</tbody>
</table>
<p>Mục lục này có ${done?size} hồ sơ — ${done?size} files. Lập từ Sổ theo dõi hồ sơ ngày ${made}.</p>
<table class="signatures">
<tr><td><strong>NGƯỜI GIAO</strong><br><em>(Ký, ghi rõ họ tên)</em><br><em>handed over by</em><br><br><br></td>
<td><strong>NGƯỜI NHẬN</strong><br><em>(Ký, ghi rõ họ tên)</em><br><em>received by</em><br><br><br></td></tr>
</table>
</body>
</html>
