<#ftl output_format="HTML" encoding="UTF-8">
<#-- Danh mục tài liệu hết thời hạn lưu trữ, trùng lặp: the files destroyed under one decision, from the audit register. -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>Danh mục tài liệu hết thời hạn lưu trữ, trùng lặp — List of records destroyed</title>
<#include "disposition-style.ftl">
<h1>DANH MỤC TÀI LIỆU HẾT THỜI HẠN LƯU TRỮ, TRÙNG LẶP</h1>
<p class="sub"><em>List of records past their retention period or duplicated, destroyed</em></p>
<p>Kèm theo Quyết định số ${number} ngày ${date} của ${signerTitle} ${authority} về việc hủy tài liệu hết thời hạn lưu trữ, trùng lặp
— annex to decision ${number} of ${date}.</p>
<table>
<thead>
<tr><th>STT<br>No.</th><th>Số, ký hiệu hồ sơ<br>File code</th><th>Tiêu đề hồ sơ<br>Title</th><th>Thời gian<br>Year</th>
<th>Số lượng văn bản<br>Records</th><th>Thời hạn lưu trữ<br>Retention</th><th>Lý do hủy<br>Reason</th><th>Ghi chú<br>Notes</th></tr>
</thead>
<tbody>
<#list done as row>
<tr><td>${row?counter}</td><td>${row.FileCode}</td><td>${row.Title}</td><td>${row.FileYear}</td><td>${row.RecordCount}</td>
<td>${row.Retention}</td><td>Hết thời hạn lưu trữ / past its retention</td><td>Đã hủy ngày ${row.At?substring(0, 10)} / destroyed</td></tr>
</#list>
</tbody>
</table>
<p>Tổng số: ${done?size} hồ sơ, ${records} văn bản — in all ${done?size} files, ${records} records.</p>
<#if left?has_content>
<h2>Hồ sơ có trong quyết định nhưng không hủy — files of the decision not destroyed</h2>
<table>
<thead><tr><th>STT<br>No.</th><th>Số, ký hiệu hồ sơ<br>File code</th><th>Tiêu đề hồ sơ<br>Title</th><th>Lý do<br>Why</th></tr></thead>
<tbody>
<#list left as row>
<tr><td>${row?counter}</td><td>${row.FileCode}</td><td>${row.Title}</td><td>${row.Detail}</td></tr>
</#list>
</tbody>
</table>
</#if>
<p>Lập từ Sổ theo dõi hồ sơ ngày ${made} — made from the records audit register on ${made}.</p>
</body>
</html>
