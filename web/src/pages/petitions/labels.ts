// Vietnamese words for the codes of letters (the API speaks codes).
export const typeNames: Record<string, string> = { khieu_nai: 'Khiếu nại', to_cao: 'Tố cáo', kien_nghi: 'Kiến nghị', phan_anh: 'Phản ánh' };
export const channelNames: Record<string, string> = {
  direct: 'Tiếp công dân trực tiếp', post: 'Bưu chính', portal: 'Cổng thông tin điện tử', hotline: 'Đường dây nóng',
  transferred: 'Cơ quan khác chuyển đến',
};
export const fieldNames: Record<string, string> = {
  dat_dai: 'Đất đai', moi_truong: 'Môi trường', xay_dung: 'Xây dựng', tai_chinh: 'Tài chính', can_bo: 'Cán bộ, công chức',
  chinh_sach_xa_hoi: 'Chính sách xã hội', trat_tu_do_thi: 'Trật tự đô thị', khac: 'Khác',
};
export const stepNames: Record<string, string> = {
  accept: 'Thụ lý', forward: 'Chuyển đơn', guide: 'Hướng dẫn công dân', file: 'Lưu đơn', extend: 'Gia hạn',
  dialogue: 'Đối thoại', withdraw: 'Rút đơn', suspend: 'Tạm đình chỉ', resume: 'Tiếp tục giải quyết',
  decide: 'Quyết định, trả lời', follow_up: 'Theo dõi thi hành',
};
export const fileReasons: Record<string, string> = {
  anonymous: 'Đơn nặc danh', unclear: 'Không rõ nội dung', resolved: 'Đã được giải quyết, không có tình tiết mới',
  court: 'Tòa án đã thụ lý, giải quyết', copy: 'Đơn gửi nhiều nơi', withdrawn: 'Người gửi rút đơn', other: 'Trường hợp khác',
};
export const resultNames: Record<string, string> = { dung: 'Đúng', sai: 'Sai', dung_mot_phan: 'Đúng một phần' };

// Colour of a letter by its status and days left.
export function urgency(status: string, daysLeft: number | null): string {
  if (status.endsWith('overdue')) return 'red';
  if (daysLeft !== null && daysLeft <= 3) return 'orange';
  if (status === 'in_resolution' || status === 'awaiting_processing') return 'blue';
  if (status === 'suspended') return 'purple';
  return 'default';
}
