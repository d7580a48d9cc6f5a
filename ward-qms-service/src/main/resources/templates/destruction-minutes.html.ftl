<#ftl output_format="HTML" encoding="UTF-8">
<#-- Biên bản về việc hủy tài liệu: a form for the unit whose records were destroyed and the unit that destroyed them
     to sign and seal; what was destroyed, and when, comes from the audit register. -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>Biên bản về việc hủy tài liệu — Minutes of the destruction of records</title>
<#include "disposition-style.ftl">
<h1>BIÊN BẢN</h1>
<p class="sub"><strong>Về việc hủy tài liệu</strong><br><em>Minutes of the destruction of records</em></p>
<p>Căn cứ Quyết định số ${number} ngày ${date} của ${signerTitle} ${authority} về việc hủy tài liệu hết thời hạn lưu trữ, trùng lặp
(người ký: ${signerName}) — under decision ${number} of ${date}, signed by ${signerName}, ${signerTitle}.</p>
<p>Hội đồng xét hủy tài liệu lưu trữ / the records destruction council:</p>
<ul>
<#list members as member><li>${member}</li></#list>
</ul>
<p>Hôm nay, ngày <span class="blank">……/……/………</span>, tại <span class="blank">…………………………………………</span>, chúng tôi gồm:</p>
<p>1. Đại diện cơ quan, đơn vị có tài liệu hủy (${organisation}) — for the unit whose records are destroyed:<br>
Ông (Bà) <span class="blank">…………………………………………</span> Chức vụ <span class="blank">…………………………………</span></p>
<p>2. Đại diện cơ quan, đơn vị hủy tài liệu — for the unit that destroys them:<br>
Tên cơ quan, đơn vị <span class="blank">…………………………………………………………………</span><br>
Ông (Bà) <span class="blank">…………………………………………</span> Chức vụ <span class="blank">…………………………………</span></p>
<p>Đã tiến hành hủy ${done?size} hồ sơ (${records} văn bản) hết thời hạn lưu trữ, trùng lặp theo Danh mục kèm theo Quyết định;
hồ sơ điện tử do hệ thống quản lý hồ sơ xóa, từng hồ sơ có bản ghi trong Sổ theo dõi hồ sơ — ${done?size} files (${records} records)
destroyed; the electronic files were deleted by the records system, each with its entry in the records audit register.</p>
<p>Phương pháp hủy đối với tài liệu giấy (nếu có) / method for any paper: <span class="blank">…………………………………………………………</span></p>
<#if daysLate gt 0>
<p class="late"><strong>Thực hiện chậm:</strong> việc hủy phải hoàn thành chậm nhất ngày ${destroyBy} (15 ngày kể từ ngày quyết định);
hồ sơ cuối cùng được hủy ngày ${lastDestroyed}, chậm ${daysLate} ngày. — <strong>Late:</strong> the destruction was due by ${destroyBy},
15 days after the decision; the last file was destroyed on ${lastDestroyed}, ${daysLate} day(s) late.</p>
</#if>
<table>
<thead>
<tr><th>STT<br>No.</th><th>Số, ký hiệu hồ sơ<br>File code</th><th>Tiêu đề hồ sơ<br>Title</th><th>Năm<br>Year</th>
<th>Thời hạn lưu trữ<br>Retention</th><th>Số văn bản<br>Records</th><th>Kết quả<br>Outcome</th><th>Thời điểm<br>At</th><th>Ghi chú<br>Notes</th></tr>
</thead>
<tbody>
<#list done + left as row>
<tr><td>${row?counter}</td><td>${row.FileCode}</td><td>${row.Title}</td><td>${row.FileYear}</td><td>${row.Retention}</td>
<td>${row.RecordCount}</td><td><#if row.Event == "DESTROYED">Đã hủy / destroyed<#else>Không hủy / not destroyed</#if></td><td>${row.At}</td><td><#if row.Event == "CANCELLED">${row.Detail}</#if></td></tr>
</#list>
</tbody>
</table>
<p>Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản — made in two copies, one for each unit. Lập từ Sổ theo dõi hồ sơ ngày ${made}.</p>
<table class="signatures">
<tr><td><strong>ĐẠI DIỆN CƠ QUAN, ĐƠN VỊ CÓ TÀI LIỆU HỦY</strong><br><em>(Ký, ghi rõ họ tên, đóng dấu)</em><br><em>signature, full name, seal</em><br><br><br><br></td>
<td><strong>ĐẠI DIỆN CƠ QUAN, ĐƠN VỊ HỦY TÀI LIỆU</strong><br><em>(Ký, ghi rõ họ tên, đóng dấu)</em><br><em>signature, full name, seal</em><br><br><br><br></td></tr>
</table>
</body>
</html>
